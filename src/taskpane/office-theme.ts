/** Which Fluent theme follows Office's: the pane should look like part of Word, light, dark or high contrast. */
export type ThemeKind = "light" | "dark" | "high-contrast";

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
}

/**
 * `forcedColors` is the browser's own high-contrast signal (`forced-colors: active`), the surest one. Office's
 * colours say high contrast only as white on pure black: a pure white background is also Office's ordinary
 * light theme, so black on white stays "light". Without Office's colours (some hosts leave officeTheme
 * undefined) the pane is light.
 */
export function themeKindOf(colors: OfficeThemeColors | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return "high-contrast";
  if (!colors) return "light";
  const background = parseHex(colors.bodyBackgroundColor);
  if (!background) return "light";
  const foreground = parseHex(colors.bodyForegroundColor);
  if (isPure(background, 0) && foreground && isPure(foreground, 255)) return "high-contrast";
  // Dark means light text on a darker background; without a foreground, a background darker than mid-grey.
  const dark = foreground ? luminance(background) < luminance(foreground) : luminance(background) < 0.18;
  return dark ? "dark" : "light";
}

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function isPure(rgb: Rgb, value: number): boolean {
  return rgb.every((c) => c === value);
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
