import { DocModel } from "../core/model";
import { EditingHost } from "../host/types";
import { ReportProfile } from "../profiles/schema";
import { Lang, strings } from "../taskpane/i18n";
import { ThemeKind } from "../taskpane/office-theme";
import { CheckContext, checkView } from "./check";
import { ComposeContext, composeUnavailable, composeView } from "./compose";
import { fill, h } from "./dom";
import { liteStrings } from "./strings";

export interface LitePaneOptions {
  host: EditingHost;
  profile: ReportProfile;
  lang: Lang;
  themeKind: ThemeKind;
  /** Office's own colours for the light and dark themes; absent in high contrast, where the system's apply. */
  colors?: { background: string; foreground: string };
  /** Word API 1.1 is there (Word 2016 and later): insert, read the body, select. Word 2013 only checks. */
  wordApi: boolean;
  /** How the document is read for checking. */
  read: () => Promise<DocModel>;
  initialView?: "compose" | "check";
  /** The choice of profile, while the document names none (see ComposeContext). */
  choice: ComposeContext["choice"];
  stored: () => void;
  openingFound: ComposeContext["openingFound"];
  /** While nothing named a profile: the one the opening cites, and what to do when it is another (CheckContext). */
  detect: CheckContext["detect"];
  detected: CheckContext["detected"];
  fromLetter: boolean;
  /** The document just read, to check at once: the pane opened again with the profile its opening cites. */
  checkFirst?: DocModel;
}

type View = { element: HTMLElement; show: () => void };

/**
 * The light pane: two tabs, Soạn and Kiểm tra, as ARIA tabs that arrow keys move between. Mounted again, in place
 * of what `root` held, when the profile changes.
 */
export function mountLitePane(root: HTMLElement, options: LitePaneOptions): void {
  const { host, profile, lang, wordApi } = options;
  const t = strings[lang];
  const lt = liteStrings[lang];

  const check = checkView({
    profile,
    lang,
    t,
    lt,
    read: options.read,
    loadChecklist: () => host.loadChecklist(),
    select: wordApi ? (target) => host.select(target) : null,
    province: () => {
      try {
        return host.loadFields()?.province ?? "";
      } catch {
        // Nothing lost: the e-mail's subject goes without the province, which the drafter sees and can type in.
        return "";
      }
    },
    detect: options.detect,
    detected: options.detected,
    fromLetter: options.fromLetter,
  });
  const compose = wordApi
    ? composeView({
        host,
        profile,
        lang,
        t,
        lt,
        openCheck: () => choose(1, true),
        choice: options.choice,
        stored: options.stored,
        openingFound: options.openingFound,
      })
    : composeUnavailable(lt);

  const views: { label: string; view: View }[] = [
    { label: t.tabCompose, view: compose },
    { label: t.tabCheck, view: check },
  ];
  const tabs = views.map(({ label }, i) =>
    h(
      "button",
      { id: `rdl-tab-${i}`, className: "rdl-tab", attrs: { type: "button", role: "tab", "aria-controls": `rdl-panel-${i}` } },
      label,
    ),
  );
  const panels = views.map(({ view }, i) =>
    h(
      "div",
      { id: `rdl-panel-${i}`, className: "rdl-panel", attrs: { role: "tabpanel", "aria-labelledby": `rdl-tab-${i}` } },
      view.element,
    ),
  );

  function choose(index: number, focus: boolean) {
    for (let i = 0; i < tabs.length; i++) {
      const selected = i === index;
      tabs[i].setAttribute("aria-selected", selected ? "true" : "false");
      tabs[i].tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    }
    if (focus) tabs[index].focus();
    views[index].view.show();
  }

  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => choose(i, false));
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" || event.key === "Right" ? 1 : event.key === "ArrowLeft" || event.key === "Left" ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      choose((i + step + tabs.length) % tabs.length, true);
    });
  });

  const pane = h(
    "main",
    { className: `rdl rdl-${options.themeKind}`, attrs: { lang } },
    h("div", { className: "rdl-tabs", attrs: { role: "tablist", "aria-label": lt.tabs } }, ...tabs),
    ...panels,
  );
  if (options.colors && options.themeKind !== "high-contrast") {
    pane.style.backgroundColor = options.colors.background;
    pane.style.color = options.colors.foreground;
  }
  fill(root, pane);
  choose(options.initialView === "check" ? 1 : 0, false);
  if (options.checkFirst) void check.check(options.checkFirst);
}
