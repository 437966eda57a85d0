import { createEditingHost } from "../host/word/editing";
import { defaultProfile } from "../profiles";
import { langOf } from "../taskpane/i18n";
import { themeKindOf } from "../taskpane/office-theme";
import { mountLitePane } from "./pane";
import { installStyles } from "./styles";

/*
 * The light pane's start, for Word 2013, 2016 and 2019 in Internet Explorer 11 or the old Edge (taskpane.html
 * chooses it) and for anyone who opens taskpane.html?pane=lite. Office.js first, then the pane in the page's
 * #lite-root (the playground's) or #root (taskpane.html's).
 */
Office.onReady(() => {
  const root = document.getElementById("lite-root") || document.getElementById("root");
  if (!root) return;
  const query = window.location.search;
  const lang = /[?&]lang=en(&|$)/.test(query) ? "en" : langOf(Office.context.displayLanguage);
  const matches = (media: string) => typeof window.matchMedia === "function" && window.matchMedia(media).matches;
  const theme = Office.context.officeTheme;
  const themeKind = themeKindOf(theme, matches("(forced-colors: active)") || matches("(-ms-high-contrast: active)"));
  const wordApi = Office.context.requirements.isSetSupported("WordApi", "1.1");
  const host = createEditingHost();
  document.documentElement.lang = lang;
  installStyles();
  mountLitePane(root, {
    host,
    profile: defaultProfile,
    lang,
    themeKind,
    colors: theme ? { background: theme.bodyBackgroundColor, foreground: theme.bodyForegroundColor } : undefined,
    wordApi,
    // Word 2013 alone reads the file (and unzips it): that code comes only there, when first needed.
    read: wordApi
      ? () => host.readDocument()
      : () => import(/* webpackChunkName: "word2013" */ "../host/file/read-file").then(({ readOpenDocument }) => readOpenDocument()),
    initialView: /[?&]view=check(&|$)/.test(query) ? "check" : "compose",
  });
});
