import { createEditingHost } from "../host/word/editing";
import { chooseProfile } from "../core/profile-choice";
import { builtinCatalog, ProfileEntry } from "../profiles/catalog";
import type { DocModel } from "../core/model";
import { themeKindOf } from "../taskpane/office-theme";
import { langOf, strings } from "../taskpane/i18n";
import { fill, h } from "./dom";
import { message } from "./message";
import { mountLitePane } from "./pane";
import { liteStrings } from "./strings";
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
  // one or a check finds the letter the opening cites. Each comes from a chunk of its own, loaded when chosen.
  const entries = builtinCatalog;
  const storedId = host.loadProfileId();
  const named = entries.find((e) => e.id === storedId);
  let stored = named !== undefined;
  const unknownStored = !named && storedId !== null ? { unknownStored: storedId } : {};
  const mount = (
    entry: ProfileEntry,
    source: "stored" | "letter" | "picked" | "newest",
    view: "compose" | "check",
    checkFirst?: DocModel,
  ): void =>
    void entry.load().then(
      (profile) =>
        mountLitePane(root, {
          host,
          profile,
          lang,
          choice: stored
            ? null
            : { entries, pick: (id: string) => mount(entries.find((e) => e.id === id) ?? entry, "picked", "compose"), ...unknownStored },
          stored: () => (stored = true),
          detect:
            source === "newest"
              ? (model) => {
                  const found = chooseProfile(entries, model);
                  return found.reason === "newest" || found.profile === entry ? null : found.profile;
                }
              : null,
          detected: (cited, model) => mount(cited, "letter", "check", model),
          // A document begun before the profile was stored: its opening's letter decides, before a part is added.
          openingFound:
            source === "newest"
              ? once(() =>
                  host.readDocument().then(
                    (model) => {
                      const found = chooseProfile(entries, model);
                      if (found.reason === "letter" && found.profile !== entry) mount(found.profile, "letter", "compose");
                    },
                    // Nothing lost: the letters stay offered, the newest chosen, for the drafter to pick.
                    () => undefined,
                  ),
                )
              : null,
          fromLetter: source === "letter",
          checkFirst,
          themeKind,
          colors: theme ? { background: theme.bodyBackgroundColor, foreground: theme.bodyForegroundColor } : undefined,
          wordApi,
          // Word 2013 alone reads the file (and unzips it): that code comes only there, when first needed.
          read: wordApi
            ? () => host.readDocument()
            : () => import(/* webpackChunkName: "word2013" */ "../host/file/read-file").then(({ readOpenDocument }) => readOpenDocument()),
          initialView: view,
        }),
      // Without its profile the pane has nothing to show but why.
      (error: unknown) =>
        fill(root, h("main", { className: "rdl" }, message("error", strings[lang].profileLoadFailed, liteStrings[lang], error))),
    );
  mount(named ?? entries[0], named ? "stored" : "newest", /[?&]view=check(&|$)/.test(query) ? "check" : "compose");
});

/** `run` the first time only: the opening is read once per pane, not at every look at Soạn. */
function once(run: () => unknown): () => void {
  let done = false;
  return () => {
    if (!done) run();
    done = true;
  };
}
