/*
 * The checker's expressions over Unicode's character classes, in one place. The light pane's build replaces this
 * module with src/lite/unicode.ts: Internet Explorer 11 has no "u" flag, and Babel's rewriting of these classes
 * costs 13 KB gzip, so there they are rebuilt from tables of the Basic Multilingual Plane (same code units, no
 * astral letters: test/lite-unicode.test.ts).
 */

/** One letter or digit of any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Text that ends in a letter, a digit or a closing parenthesis: "…" after it ends a word, not a blank. */
export const ENDS_IN_WORD = /[\p{L}\p{N})]$/u;
/** Text that starts with a lower-case letter or a digit: a sentence going on, not a heading. */
export const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;
/** A combining mark. */
export const MARK = /\p{M}/u;
/** A person's name as a signature writes it: two to six words, each capitalised ("Nguyễn Văn An"). */
export const PERSON_NAME = /^(\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;
