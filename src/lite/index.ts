import { createEditingHost } from "../host/word/editing";
import { chooseProfile } from "../core/profile-choice";
import { builtinProfiles, ReportProfile } from "../profiles";
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

  // The profile: the one the document names; else the newest, offered with the others, until the drafter picks
  // one or a check finds the letter the opening cites.
  const profiles = builtinProfiles;
  const storedId = host.loadProfileId();
  const named = profiles.find((p) => p.id === storedId);
  let stored = named !== undefined;
  const unknownStored = !named && storedId !== null ? { unknownStored: storedId } : {};
  const mount = (
    profile: ReportProfile,
    source: "stored" | "letter" | "picked" | "newest",
    view: "compose" | "check",
    autoCheck = false,
  ): void =>
    mountLitePane(root, {
      host,
      profile,
      lang,
      choice: stored
        ? null
        : { profiles, pick: (id: string) => mount(profiles.find((p) => p.id === id) ?? profile, "picked", "compose"), ...unknownStored },
      stored: () => (stored = true),
      detect:
        source === "newest"
          ? (model) => {
              const found = chooseProfile(profiles, model);
              return found.reason === "newest" ? null : found.profile;
            }
          : null,
      detected: (cited) => mount(cited, "letter", "check", true),
      fromLetter: source === "letter",
      autoCheck,
      themeKind,
      colors: theme ? { background: theme.bodyBackgroundColor, foreground: theme.bodyForegroundColor } : undefined,
      wordApi,
      // Word 2013 alone reads the file (and unzips it): that code comes only there, when first needed.
      read: wordApi
        ? () => host.readDocument()
        : () => import(/* webpackChunkName: "word2013" */ "../host/file/read-file").then(({ readOpenDocument }) => readOpenDocument()),
      initialView: view,
    });
  mount(named ?? profiles[0], named ? "stored" : "newest", /[?&]view=check(&|$)/.test(query) ? "check" : "compose");
});
