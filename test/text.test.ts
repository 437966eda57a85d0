import { findPhrase, fold, foldNormalized, normalizeText, quoteAround } from "../src/core/text";

describe("Vietnamese text normalisation", () => {
  test("decomposed input, tone placement, đ and case fold together", () => {
    const nfd = "Vie\u0323\u0302t Nam";
    expect(normalizeText(nfd)).toBe("Việt Nam");
    expect(fold("CỘNG HOÀ")).toBe(fold("Cộng hòa"));
    expect(fold("Thuỷ lợi")).toBe(fold("thủy lợi"));
    expect(fold("Đắk Lắk")).toBe("dak lak");
  });

  test("invisible characters, no-break spaces and dash variants are unified", () => {
    expect(normalizeText("Độc lập \u2013 Tự\u00a0do\u00ad - Hạnh phúc")).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  test("phrases match whole words only", () => {
    const text = fold("Trợ giúp 1.200 hộ nghèo; đạt 104,5% kế hoạch");
    expect(findPhrase(text, "hộ")).toBeGreaterThan(0);
    expect(findPhrase(fold("chương trình cho vay"), "ho")).toBe(-1);
    expect(findPhrase(text, "kế hoạch")).toBeGreaterThan(0);
    expect(findPhrase(text, "%")).toBeGreaterThan(0);
    expect(findPhrase(fold("theo KH năm"), "KH")).toBe(5);
    expect(findPhrase(fold("khó khăn"), "KH")).toBe(-1);
  });

  test("a folded index quotes the original text", () => {
    const text = normalizeText("Năm 2017, tỉnh đã giải quyết việc làm cho 19.850 người, đạt 104,5% kế hoạch năm.");
    const at = findPhrase(fold(text), "kế hoạch");
    expect(text.slice(at, at + "kế hoạch".length)).toBe("kế hoạch");
    expect(quoteAround(text, at, 8, 12)).toBe("…đạt 104,5% kế hoạch năm.");
  });

  test("text whose letters decompose into several characters still folds one character per character", () => {
    // A Korean syllable decomposes into jamo under NFD; an index into the folded text must still quote the original.
    const text = normalizeText("Dự án hợp tác 한국 về đào tạo nghề, kế hoạch năm 2018");
    const folded = fold(text);
    expect(folded.length).toBe(text.length);
    const at = findPhrase(folded, "kế hoạch");
    expect(text.slice(at, at + "kế hoạch".length)).toBe("kế hoạch");
    expect(findPhrase(folded, "dao tao nghe")).toBeGreaterThan(0);
  });

  test("leading, trailing and repeated spaces are trimmed and collapsed; clean text is kept as it is", () => {
    expect(normalizeText("  Kết quả\t năm  2017 ")).toBe("Kết quả năm 2017");
    expect(normalizeText("Kết quả năm 2017")).toBe("Kết quả năm 2017");
  });

  test.each([
    ["decomposed tone marks", "Vie\u0323\u0302t Nam", "Việt Nam"],
    ["a mark after a precomposed letter", "Nguye\u0302\u0303n Ca\u0301c", "Nguyễn Các"],
    ["a mark after an ASCII letter at the very end", "ke\u0302", "kê"],
    ["Hangul jamo that compose", "\u1100\u1161\u11a8", "\uac01"],
    ["a singleton NFC replaces (Ohm sign)", "10 \u2126", "10 \u03a9"],
    ["a double space inside", "a  b", "a b"],
    ["a no-break space", "a\u00a0b", "a b"],
    ["a line break", "a\nb", "a b"],
    ["a soft hyphen", "lao\u00add\u00f4\u0323ng", "laodộng"],
    ["an en dash", "2017\u20132018", "2017-2018"],
    ["a leading space", " a", "a"],
    ["text already clean, with letters from many scripts", "Đạt 104,5% – Введение 한국 😀", "Đạt 104,5% - Введение 한국 😀"],
  ])("normalizes %s whether or not it takes the quick path", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(fold(input)).toBe(fold(expected));
  });

  test("long paragraphs, which are not remembered, fold the same, and the same from their normalized text", () => {
    const long = "Năm 2017, Sở Lao động \u2013 Thương binh và Xã hội  đã giải quyết việc làm cho 19.850 người. ".repeat(6);
    expect(long.length).toBeGreaterThan(250);
    const folded = fold(long);
    expect(folded).toBe(fold(long));
    expect(folded).toBe(foldNormalized(normalizeText(long)));
    expect(folded.startsWith("nam 2017, so lao dong - thuong binh va xa hoi da giai quyet")).toBe(true);
  });
});
