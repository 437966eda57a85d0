import { fold } from "../core/text";

/*
 * Finding a province by a few typed letters. Drafters often type without accents ("thanh hoa") or with the
 * other tone placement ("Thanh Hoá"), so names and queries are compared folded.
 */

/**
 * The names matching a query, best first: names starting with it, then names with a word starting with it,
 * then names containing it. An empty query matches every name, in the given order.
 */
export function filterProvinces(names: readonly string[], query: string): string[] {
  const q = fold(query);
  if (q === "") return [...names];
  const ranked: { name: string; rank: number; index: number }[] = [];
  names.forEach((name, index) => {
    const folded = fold(name);
    const at = folded.indexOf(q);
    if (at < 0) return;
    const rank = at === 0 ? 0 : folded.includes(` ${q}`) ? 1 : 2;
    ranked.push({ name, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.name);
}

/** The name the text stands for when it is that name up to accents and case ("ha noi" → "Hà Nội"), else null. */
export function exactProvince(names: readonly string[], text: string): string | null {
  const q = fold(text);
  if (q === "") return null;
  return names.find((name) => fold(name) === q) ?? null;
}
