/*
 * Numbers in the indicator table, read and written the Vietnamese way (report-spec.md §5): "." groups thousands,
 * "," is the decimal mark ("19.850", "104,5", "1.234,56"). Reading says what is wrong with a cell in words the
 * drafter can act on; writing rounds half away from zero on the decimal digits, not on the binary fraction, so that
 * 1,005 to two decimals is "1,01" and 20,9 / 20 × 100 is "104,5". Everything here runs in Internet Explorer 11:
 * no Intl, no String#repeat/includes, no sticky or unicode expressions.
 */
import { ParsedNumber } from "./types";

/** Spaces a cell may hold around or inside a number: Word's no-break space (U+00A0), the figure and narrow ones. */
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/** A cell holding only a dash (hyphen, en or em dash, minus sign): "not reported". */
const LONE_DASH = /^[-\u2010-\u2015\u2212]$/;
/** A leading sign: "-", "+", or a dash Word's AutoFormat or a keyboard put in its place ("−2,5", "–2,5"). */
const SIGN = /^([-+\u2010-\u2015\u2212]) ?/;
/** Blanks left to fill: "…", "...", "x", "xx", "x.xxx", "xx,x" (with or without a percent sign). */
const BLANK_CHARS = /^[xX…., ]+$/;
const BLANK_MARK = /[xX…]|\.\./;
const TRAILING_PERCENT = / ?%$/;
const NUMBER_CHARS = /^[0-9., ]+$/;
/** "1,234,567", "1,234.5", "19,850.25": commas grouping thousands, a dot for the decimals. */
const ENGLISH = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const FIRST_GROUP = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const DIGITS = /^\d+$/;

const unreadable = (reason: string): ParsedNumber => ({ kind: "unreadable", reason });

const NOT_A_NUMBER = (shown: string) =>
  `«${shown}» không phải là số: chỉ ghi chữ số, dấu chấm phân nhóm hàng nghìn và dấu phẩy thập phân (ví dụ 1.234,5).`;
const BAD_GROUPS = (shown: string) =>
  `«${shown}»: phân nhóm hàng nghìn chưa đúng — nhóm đầu có 1 đến 3 chữ số, mỗi nhóm sau có đúng 3 chữ số (ví dụ 1.234.567); số thập phân dùng dấu phẩy.`;

/**
 * A cell's text as a number, read the Vietnamese way.
 *
 * - number: "19.850", "19 850" (a space or no-break space grouping), "104,5", "1.234,56", "05", "-2,5", "−2,5",
 *   "+3", "98,5%" and "98,5 %" (the percent sign is dropped: the unit column says what the number is).
 * - empty: "" or only spaces, or a lone dash "-", "–", "—", "−": the department has nothing to report.
 * - unreadable: a blank still to fill ("…", "...", "x", "xx", "x.xxx"), English-style "1,234,567", a dot followed
 *   by other than three digits ("1.5", "12.34", "0.850": the English decimal), "1.234,5.6", "1,2,3", "12a";
 *   the reason says, in Vietnamese, what to write instead.
 * - ambiguous: one comma followed by exactly three digits, with one to three digits before it and no other mark
 *   ("19,850"): 19,85 the Vietnamese way or 19.850 the English way. "0,850" and "1234,567" are not ambiguous.
 */
export function parseNumber(text: string): ParsedNumber {
  const shown = text.replace(SPACES, " ").trim();
  if (shown === "" || LONE_DASH.test(shown)) return { kind: "empty" };
  if (BLANK_CHARS.test(shown.replace(TRAILING_PERCENT, "")) && BLANK_MARK.test(shown)) {
    return unreadable(`«${shown}» là chỗ còn để trống: ghi số liệu vào, hoặc ghi «-» nếu không có số liệu.`);
  }

  let body = shown.replace(TRAILING_PERCENT, "");
  if (body === "") return unreadable("Ô chỉ có dấu %: ghi số trước dấu % (ví dụ 98,5%), hoặc ghi «-» nếu không có số liệu.");
  let negative = false;
  const sign = SIGN.exec(body);
  if (sign !== null) {
    negative = sign[1] !== "+";
    body = body.slice(sign[0].length);
  }
  if (!NUMBER_CHARS.test(body) || !/^[0-9.,]/.test(body) || !/\d/.test(body)) return unreadable(NOT_A_NUMBER(shown));

  if (ENGLISH.test(body) && (body.split(",").length > 2 || body.indexOf(".") >= 0)) {
    const parts = body.split(".");
    const written = parts[0].replace(/,/g, ".") + (parts.length > 1 ? `,${parts[1]}` : "");
    return unreadable(
      `«${shown}» viết theo kiểu tiếng Anh: dấu chấm phân nhóm hàng nghìn, dấu phẩy là dấu thập phân — viết ${negative ? "-" : ""}${written}.`,
    );
  }
  const commaParts = body.split(",");
  if (commaParts.length > 2) {
    return unreadable(`«${shown}» có nhiều dấu phẩy: một số chỉ có một dấu phẩy thập phân (ví dụ 1.234,5).`);
  }
  const whole = commaParts[0];
  const fraction = commaParts.length === 2 ? commaParts[1] : undefined;
  if (fraction !== undefined && !DIGITS.test(fraction)) {
    if (fraction.indexOf(".") >= 0) {
      return unreadable(
        `«${shown}»: sau dấu phẩy thập phân chỉ có chữ số; dấu chấm phân nhóm hàng nghìn đứng trước dấu phẩy (ví dụ 1.234,56).`,
      );
    }
    return unreadable(`«${shown}»: sau dấu phẩy thập phân phải có chữ số (ví dụ 104,5), hoặc bỏ dấu phẩy.`);
  }
  if (whole === "") return unreadable(`«${shown}»: thiếu phần nguyên trước dấu phẩy — viết 0${body}.`);

  const hasDot = whole.indexOf(".") >= 0;
  const hasSpace = whole.indexOf(" ") >= 0;
  if (hasDot && hasSpace) return unreadable(BAD_GROUPS(shown));
  if (hasDot || hasSpace) {
    const groups = whole.split(hasDot ? "." : " ");
    let valid = FIRST_GROUP.test(groups[0]);
    for (let i = 1; i < groups.length; i++) valid = valid && GROUP.test(groups[i]);
    if (!valid) {
      // "1.5", "12.34", "0.850": the English decimal, which the Vietnamese write with a comma.
      if (hasDot && groups.length === 2 && fraction === undefined && /^(0|[1-9]\d*)$/.test(groups[0]) && DIGITS.test(groups[1])) {
        return unreadable(
          `«${shown}»: dấu chấm chỉ dùng để phân nhóm hàng nghìn, sau nó có đúng 3 chữ số; số thập phân dùng dấu phẩy — viết ${negative ? "-" : ""}${groups[0]},${groups[1]}.`,
        );
      }
      return unreadable(BAD_GROUPS(shown));
    }
  } else if (!DIGITS.test(whole)) {
    return unreadable(NOT_A_NUMBER(shown));
  }

  const digits = whole.replace(/[. ]/g, "");
  const value = signed(Number(fraction === undefined ? digits : `${digits}.${fraction}`), negative);
  if (fraction !== undefined && fraction.length === 3 && !hasDot && !hasSpace && FIRST_GROUP.test(whole)) {
    const english = signed(Number(digits + fraction), negative);
    const places = trimZeros(fraction).length;
    const decimal = formatNumber(value, Math.max(1, places));
    const thousands = formatNumber(english, 0);
    const decimalAdvice =
      places < 3 ? `${decimal} nếu là số thập phân` : `nếu là số thập phân thì làm tròn còn hai chữ số (${formatNumber(value, 2)})`;
    return {
      kind: "ambiguous",
      readings: [value, english],
      reason: `«${shown}» có thể là ${decimal} hoặc ${thousands} (dấu phẩy phân nhóm hàng nghìn kiểu tiếng Anh): viết ${thousands} nếu là số hàng nghìn, ${decimalAdvice}.`,
    };
  }
  return { kind: "number", value, decimals: fraction === undefined ? 0 : fraction.length };
}

/** The value with its sign; never -0. */
function signed(magnitude: number, negative: boolean): number {
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

function trimZeros(fraction: string): string {
  let end = fraction.length;
  while (end > 0 && fraction.charAt(end - 1) === "0") end--;
  return fraction.slice(0, end);
}

function zeros(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += "0";
  return out;
}

/**
 * A non-negative number as decimal digits: `digits` without leading zeros ("" for zero), of which the first `point`
 * are the whole part (`point` may be ≤ 0 or beyond the digits: 0,0012 is "12" at -2, 1e21 is "1" at 22).
 */
interface Decimal {
  digits: string;
  point: number;
}

/** Significant digits kept of a computed number: 104,49999999999999 (20,9 / 20 × 100) is 104,5. */
const SIGNIFICANT = 15;

/** The shortest decimal that reads back as the number (what String gives), cleared of arithmetic's last-digit noise. */
function decimalOf(magnitude: number): Decimal {
  const written = String(magnitude);
  const e = written.indexOf("e");
  const mantissa = e >= 0 ? written.slice(0, e) : written;
  const exponent = e >= 0 ? Number(written.slice(e + 1)) : 0;
  const dot = mantissa.indexOf(".");
  let digits = dot >= 0 ? mantissa.slice(0, dot) + mantissa.slice(dot + 1) : mantissa;
  let point = (dot >= 0 ? dot : mantissa.length) + exponent;
  while (digits.charAt(0) === "0") {
    digits = digits.slice(1);
    point--;
  }
  return roundDigits({ digits, point }, SIGNIFICANT);
}

/** The decimal rounded half away from zero to its first `keep` digits (none, when `keep` ≤ 0), trailing zeros dropped. */
function roundDigits(d: Decimal, keep: number): Decimal {
  if (d.digits.length <= keep) return { digits: trimZeros(d.digits), point: d.point };
  if (keep < 0) return { digits: "", point: 0 };
  let kept = d.digits.slice(0, keep);
  let point = d.point;
  if (d.digits.charCodeAt(keep) >= 0x35 /* "5" */) {
    let i = kept.length - 1;
    while (i >= 0 && kept.charAt(i) === "9") i--;
    if (i < 0) {
      kept = "1";
      point++;
    } else {
      kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    }
  }
  return { digits: trimZeros(kept), point: kept === "" ? 0 : point };
}

/** The whole and fractional digits of |value| rounded half away from zero to `decimals` places. */
function rounded(value: number, decimals: number): { whole: string; fraction: string; zero: boolean } {
  if (typeof value !== "number" || !isFinite(value)) throw new RangeError(`formatNumber: ${value} is not a finite number`);
  if (decimals !== Math.floor(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`formatNumber: ${decimals} decimals (0 to 20)`);
  }
  const exact = decimalOf(Math.abs(value));
  const r = roundDigits(exact, exact.point + decimals);
  if (r.digits === "") return { whole: "0", fraction: zeros(decimals), zero: true };
  const padded = r.point > 0 ? r.digits + zeros(Math.max(0, r.point - r.digits.length)) : zeros(-r.point) + r.digits;
  const wholeLength = Math.max(0, r.point);
  const whole = wholeLength > 0 ? padded.slice(0, wholeLength) : "0";
  const fraction = (wholeLength > 0 ? padded.slice(wholeLength) : padded) + zeros(decimals);
  return { whole, fraction: fraction.slice(0, decimals), zero: false };
}

/**
 * A number written the Vietnamese way: "." between thousands, "," before exactly `decimals` digits, rounded half away
 * from zero on its decimal digits (1,005 → "1,01"; 104,45 → "104,5"; -0,05 → "-0,1"), "-" before a negative
 * number and never "-0" (-0,04 to one decimal is "0,0"). Throws a RangeError for a value that is not finite or
 * `decimals` that is not a whole number from 0 to 20.
 */
export function formatNumber(value: number, decimals: number): string {
  const r = rounded(value, decimals);
  let grouped = "";
  for (let end = r.whole.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = r.whole.slice(start, end) + (grouped === "" ? "" : `.${grouped}`);
  }
  return (value < 0 && !r.zero ? "-" : "") + grouped + (decimals > 0 ? `,${r.fraction}` : "");
}

/** The number rounded half away from zero to `decimals` places, as formatNumber rounds it (never -0). */
export function roundHalfAway(value: number, decimals: number): number {
  const r = rounded(value, decimals);
  if (r.zero) return 0;
  const magnitude = Number(decimals > 0 ? `${r.whole}.${r.fraction}` : r.whole);
  return value < 0 ? -magnitude : magnitude;
}

/** How many decimals a number has as written shortest (3,5 → 1; 0,35 → 2; 19850 → 0), ignoring arithmetic's noise. */
export function decimalsOf(value: number): number {
  if (typeof value !== "number" || !isFinite(value) || value === 0) return 0;
  const d = decimalOf(Math.abs(value));
  return Math.max(0, d.digits.length - d.point);
}
