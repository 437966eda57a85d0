import { Lang, langOf } from "./i18n";
import { ThemeKind, themeKindOf } from "./office-theme";

/** The pane's language and theme as Office sets them; call after Office.onReady. */
export function paneSettingsFromOffice(): { lang: Lang; themeKind: ThemeKind } {
  return {
    lang: langOf(Office.context.displayLanguage),
    themeKind: themeKindOf(Office.context.officeTheme, window.matchMedia("(forced-colors: active)").matches),
  };
}

/** The view a pane URL asks for: `?view=check` (the ribbon's "Kiểm tra báo cáo") opens on the Kiểm tra view. */
export function viewFromSearch(search: string): "check" | undefined {
  return new URLSearchParams(search).get("view") === "check" ? "check" : undefined;
}
