/*
 * src/core/unicode.ts for Internet Explorer 11, which the light pane's build puts in its place: the same
 * expressions, their Unicode classes spelled as ranges of the Basic Multilingual Plane (src/lite/unicode-bmp-table.ts,
 * generated from Node's), since IE11 has no "u" flag. They match the same code units; a letter outside the BMP
 * (rare CJK, historic scripts) is not a letter here (test/lite-unicode.test.ts).
 */
import { BMP_CLASSES } from "./unicode-bmp-table";

const hex = (code: number) => "\\u" + ("000" + code.toString(16)).slice(-4);

/** A class's ranges as the inside of a regular expression's [...]. */
function classBody(encoded: string): string {
  let previous = 0;
  let body = "";
  const parts = encoded.split(",");
  for (let i = 0; i < parts.length; i++) {
    const [gap, length] = parts[i].split(".");
    const first = previous + parseInt(gap, 36);
    const last = first + (length ? parseInt(length, 36) : 0);
    body += last > first ? hex(first) + "-" + hex(last) : hex(first);
    previous = last;
  }
  return body;
}

const letterOrDigit = classBody(BMP_CLASSES.letterOrDigit);
const lowerOrMark = classBody(BMP_CLASSES.lowerOrMark);
const upper = classBody(BMP_CLASSES.upper);

export const LETTER_OR_DIGIT = new RegExp("[" + letterOrDigit + "]");
export const ENDS_IN_WORD = new RegExp("[" + letterOrDigit + ")]$");
export const STARTS_LOWER_OR_DIGIT = new RegExp("^[" + classBody(BMP_CLASSES.lower) + "\\d]");
export const MARK = new RegExp("[" + classBody(BMP_CLASSES.mark) + "]");
export const PERSON_NAME = new RegExp("^([" + upper + "][" + lowerOrMark + "]*\\s+){1,5}[" + upper + "][" + lowerOrMark + "]*$");
