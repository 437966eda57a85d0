/**
 * Cue patterns: how a profile says, as data, which words show a requirement. A pattern is a phrase matched as whole
 * words, accent- and case-insensitively, with a few marks:
 *
 *   {n}            a number as Vietnamese write it: "19.850", "104,5", "7"
 *   {year} {prevYear} {planYear}   the profile's years (2017, 2016, 2018 for letter 5121)
 *   [a|b|c]        one of the phrases;  [a|b]?  one of them or nothing
 *   …              a few more words of the same clause (up to 60 characters)
 *   $              (last) the phrase ends its clause: a full stop, semicolon, colon, bracket or the end follows
 *
 * "[đạt|vượt|bằng] {n}% [chỉ tiêu kế hoạch|kế hoạch|KH]" matches "đạt 104,5% kế hoạch" and "vượt 4% KH".
 * Patterns compile to regular expressions over folded text (text.ts: fold), where Vietnamese is plain ASCII.
 */
import { fold } from "./text";

export interface Years {
  year: number;
  planYear: number;
}

export interface CueMatch {
  /** Where the phrase starts and how long it is, in the folded text (and so in the normalized text). */
  at: number;
  length: number;
}

const NUMBER = "\\d+(?:[.,]\\d+)*";
/** Neither a letter nor a digit of folded text before and after a phrase: it matches whole words. */
const BEFORE = "(^|[^a-z0-9])";
const AFTER = "(?![a-z0-9])";
const CLAUSE_END = "(?=\\s?(?:[.;:!?)\\]\\n]|$))";
/**
 * "…" with the spaces around it: the words on either side stay whole, and whatever separates them within the
 * clause (spaces, "(", more words) may stand between: "Bộ LĐTBXH … Vụ KHTC" matches "Bộ LĐTBXH (Vụ KHTC)".
 */
const GAP = "(?![a-z0-9])[^.;:!?\\n]{0,60}?[^a-z0-9.;:!?\\n]";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A literal piece of a pattern, folded as the text it is looked for in. */
const literal = (text: string): string => escapeRegExp(fold(text));

/** The regular expression source of one pattern, without the word boundaries. */
function patternSource(pattern: string, years: Years): string {
  const values: Record<string, string> = {
    n: NUMBER,
    year: String(years.year),
    prevYear: String(years.year - 1),
    planYear: String(years.planYear),
  };
  // Tokens: {name}, [a|b] with an optional "?", "…", "$", spaces, and literal text between them.
  const tokens = pattern.trim().match(/\{\w+\}|\[[^\]]*\]\??|…|\$|\s+|[^{[…$\s]+/g) ?? [];
  let source = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (/^\s+$/.test(token)) {
      source += " ";
    } else if (token.startsWith("{")) {
      const value = values[token.slice(1, -1)];
      if (value === undefined) throw new Error(`unknown mark ${token} in cue "${pattern}"`);
      source += value;
      // "104,5 %" is written as often as "104,5%".
      if (token === "{n}" && next?.startsWith("%")) source += " ?";
    } else if (token.startsWith("[")) {
      const optional = token.endsWith("?");
      // Each choice is a pattern of its own: "[{prevYear}|năm trước]".
      const choices = token
        .slice(1, optional ? -2 : -1)
        .split("|")
        .map((choice) => patternSource(choice, years));
      const group = `(?:${choices.join("|")})`;
      if (!optional) source += group;
      else if (next !== undefined && /^\s+$/.test(next)) {
        // The optional phrase takes its following space with it: "[chỉ tiêu]? kế hoạch" matches "kế hoạch".
        source += `(?:${group} )?`;
        i++;
      } else source += `${group}?`;
    } else if (token === "…") {
      // The gap takes the spaces around it: it already holds what separates the words.
      if (source.endsWith(" ")) source = source.slice(0, -1);
      if (next !== undefined && /^\s+$/.test(next)) i++;
      source += GAP;
    } else if (token === "$") {
      source += CLAUSE_END;
    } else {
      source += literal(token);
    }
  }
  return source;
}

const STICKY = "sticky" in RegExp.prototype;

export class Cue {
  private readonly regex: RegExp;
  /**
   * The same pattern, for a cue that must follow something at once (a unit): sticky where the engine has the "y"
   * flag; Internet Explorer 11 has not, and takes the next match from there, which counts only if it starts there.
   */
  private readonly anchored: RegExp;

  /** One pattern, or several: then the cue matches wherever any of them does. */
  constructor(patterns: string | readonly string[], years: Years) {
    const source = (typeof patterns === "string" ? [patterns] : patterns).map((p) => patternSource(p, years)).join("|");
    this.regex = new RegExp(`${BEFORE}(?:${source})${AFTER}`, "g");
    this.anchored = new RegExp(`(?:${source})${AFTER}`, STICKY ? "y" : "g");
  }

  /** The length of a match starting exactly at `position`, or 0. */
  lengthAt(folded: string, position: number): number {
    this.anchored.lastIndex = position;
    const m = this.anchored.exec(folded);
    return m && m.index === position ? m[0].length : 0;
  }

  /**
   * Every match in folded text, in order, from `from` to `to` (a paragraph or a sentence: callers bound it). No
   * generator: the light pane's IE11 would need regenerator's runtime for one. Re-entrant: the position is kept
   * here, not in the shared expression.
   */
  matches(folded: string, from = 0, to = folded.length): CueMatch[] {
    const found: CueMatch[] = [];
    for (let position = from, match = this.next(folded, position, to); match; match = this.next(folded, position, to)) {
      found.push(match);
      position = match.at + Math.max(1, match.length);
    }
    return found;
  }

  first(folded: string, from = 0, to = folded.length): CueMatch | null {
    return this.next(folded, from, to);
  }

  /** The first match starting at or after `position` and before `to`, or null. */
  private next(folded: string, position: number, to: number): CueMatch | null {
    if (position >= to) return null;
    const regex = this.regex;
    regex.lastIndex = position;
    const m = regex.exec(folded);
    if (m === null) return null;
    const at = m.index + m[1].length;
    return at < to ? { at, length: m[0].length - m[1].length } : null;
  }
}

/** Compiled cues, once per pattern list and years: profiles are data read once, patterns are looked for often. */
const combined = new Map<string, Cue>();

/** One cue that matches wherever any of the patterns does: one pass over the text instead of one per pattern. */
export function anyCue(patterns: readonly string[], years: Years): Cue {
  const key = `${years.year}/${years.planYear}\u0000${patterns.join("\u0000")}`;
  let cue = combined.get(key);
  if (!cue) {
    cue = new Cue(patterns, years);
    combined.set(key, cue);
  }
  return cue;
}
