import { FluentProvider, teamsHighContrastTheme, Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ReportHost } from "../host/types";
import { IndicatorHost } from "../host/word/indicators";
import { builtinCatalog, ProfileEntry } from "../profiles/catalog";
import { App } from "./App";
import { Lang } from "./i18n";
import { ThemeKind } from "./office-theme";

const themes: Record<ThemeKind, Theme> = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme };

export interface PaneProps {
  host: ReportHost;
  indicators?: IndicatorHost;
  lang: Lang;
  themeKind: ThemeKind;
  /** The profiles a document may answer, newest first: the built-in ones unless a test gives others. */
  catalog?: readonly ProfileEntry[];
  /** The view to open on: "check" when the pane's URL has `view=check`. */
  initialView?: string;
}

/** The whole task pane with its theme: what Word shows, and what the playground puts beside its document. */
export function Pane({ host, indicators, lang, themeKind, catalog = builtinCatalog, initialView }: PaneProps) {
  return (
    <FluentProvider theme={themes[themeKind]} lang={lang} style={{ minHeight: "100vh" }}>
      <App host={host} indicators={indicators} lang={lang} catalog={catalog} initialView={initialView} />
    </FluentProvider>
  );
}
