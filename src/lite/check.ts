import { CheckResult, checkReport } from "../core/check";
import { countdown } from "../core/deadline";
import { DocModel } from "../core/model";
import { Finding, Target } from "../core/rules/types";
import { ProfileEntry } from "../profiles/catalog";
import { ReportProfile, sectionNumber, sectionsOf } from "../profiles/schema";
import { groupFindings, mailtoHref } from "../taskpane/check-helpers";
import { countdownText, itemStatusText, verdictOf } from "../taskpane/result-text";
import { Lang, Strings } from "../taskpane/i18n";
import { button, fill, h, uniqueId } from "./dom";
import { message } from "./message";
import { LiteStrings } from "./strings";

export interface CheckContext {
  profile: ReportProfile;
  lang: Lang;
  t: Strings;
  lt: LiteStrings;
  /** The whole document as the model: Body.getOoxml on WordApi 1.1, the compressed file on Word 2013. */
  read: () => Promise<DocModel>;
  /** The drafter's ticks and waivers as stored in the document. */
  loadChecklist: () => unknown;
  /** Selects a finding's place; null where Word cannot (Word 2013). */
  select: ((target: Target) => Promise<boolean>) | null;
  province: () => string;
  /**
   * While neither the document nor the drafter named a profile: the one the document's opening cites, when it is
   * another than `profile` (the pane then opens again with it, and checks the document already read); null to check
   * with `profile`.
   */
  detect: ((model: DocModel) => ProfileEntry | null) | null;
  detected: (entry: ProfileEntry, model: DocModel) => void;
  /** The opening's letter chose `profile`: the results say so. */
  fromLetter: boolean;
  today?: Date;
}

/** Lets the browser paint "Đang kiểm tra…" before the checker runs on the one thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** "Kiểm tra" in the light pane: the same reading and the same checker as the main pane and the command line. */
export function checkView(context: CheckContext): {
  element: HTMLElement;
  show: () => void;
  /** Checks `alreadyRead` when given (the pane opened again for the letter it cites), else reads the document. */
  check: (alreadyRead?: DocModel) => Promise<void>;
} {
  const { profile, lang, t, lt } = context;
  const due = countdown(profile.deadline, context.today ?? new Date());
  const dueText = countdownText(due, t);
  const mailto = mailtoHref(profile, context.province());
  const status = h("div", { className: "rdl-messages", attrs: { "aria-live": "polite" } });
  const results = h("div", { className: "rdl-stack" });
  let busy = false;
  let run = 0;

  const start = button(t.checkButton, () => void check(), "rdl-button rdl-primary");
  const element = h(
    "div",
    { className: "rdl-stack" },
    h("p", {}, t.checkIntro),
    start,
    status,
    results,
    dueText !== null && h("p", {}, dueText),
    mailto !== null && h("p", { className: "rdl-mail" }, `${t.sendTo} `, h("a", { attrs: { href: mailto } }, profile.email)),
  );

  const check = async (alreadyRead?: DocModel) => {
    if (busy) return;
    const id = ++run;
    busy = true;
    start.disabled = true;
    fill(status, h("p", { className: "rdl-busy" }, t.reading));
    try {
      // One await, not one inside a conditional: the promise-chain transform for IE11 loses the conditional's value.
      const model = await (alreadyRead ?? context.read());
      const cited = context.detect?.(model) ?? null;
      if (cited) return context.detected(cited, model);
      fill(status, h("p", { className: "rdl-busy" }, t.checking));
      await nextFrame();
      const result = checkReport(profile, model, context.loadChecklist());
      if (id !== run) return;
      const verdict = verdictOf(result, due, t);
      fill(
        status,
        message(verdict.intent, verdict.text, lt, null),
        h(
          "p",
          { className: "rdl-hint" },
          context.fromLetter ? t.profileFromLetter(profile.letter.number) : t.profileInUse(profile.name[lang]),
        ),
      );
      fill(results, ...findingGroups(result), checklist(result));
    } catch (error) {
      fill(status, message("error", t.checkFailed, lt, error));
      fill(results);
    } finally {
      busy = false;
      start.disabled = false;
    }
  };

  const severityLabel = (f: Finding) =>
    f.severity === "error" ? t.severityError : f.severity === "warning" ? t.severityWarning : t.severityInfo;

  const findingItem = (f: Finding) => {
    const messageId = uniqueId("finding");
    const item = h(
      "li",
      { className: `rdl-finding rdl-${f.severity}` },
      h("p", { id: messageId }, h("strong", {}, `${severityLabel(f)}:`), ` ${lang === "en" ? f.messageEn : f.message}`),
      f.evidence ? h("p", { className: "rdl-evidence" }, t.evidence(f.evidence)) : null,
    );
    const target = f.target;
    const select = context.select;
    if (target && select) {
      const gone = h("div", {});
      item.appendChild(
        button(
          t.goTo,
          () => {
            fill(gone);
            void select(target)
              .catch(() => false)
              .then((found) => {
                if (!found)
                  fill(
                    gone,
                    message("warning", t.targetGone, lt, null),
                    button(t.checkAgain, () => void check()),
                  );
              });
          },
          "rdl-link",
          { "aria-describedby": messageId },
        ),
      );
      item.appendChild(gone);
    } else if (target) {
      item.appendChild(h("p", { className: "rdl-hint" }, lt.noJump));
    }
    return item;
  };

  const findingGroups = (result: CheckResult): HTMLElement[] => {
    const groups = groupFindings(result.findings, profile, lang, t.documentGroup);
    if (groups.length === 0) return [];
    return [
      h("h2", {}, t.findingsHeading),
      ...groups.map((group) => {
        const headingId = uniqueId("group");
        return h(
          "section",
          { attrs: { "aria-labelledby": headingId } },
          h("h3", { id: headingId }, group.title),
          h("ul", { className: "rdl-list-plain" }, ...group.findings.map(findingItem)),
        );
      }),
    ];
  };

  /** Every required element and how it stands, ticks and waivers included, read-only. */
  const checklist = (result: CheckResult): HTMLElement => {
    const byId: Record<string, CheckResult["checklist"][number]> = {};
    for (const item of result.checklist) byId[item.id] = item;
    const state = (id: string): string => (byId[id] ? itemStatusText(byId[id], t) : "");
    return h(
      "section",
      { attrs: { "aria-label": lt.checklistHeading } },
      h("h2", {}, lt.checklistHeading),
      h("p", { className: "rdl-hint" }, lt.checklistReadOnly),
      ...sectionsOf(profile)
        .filter((section) => section.items.length > 0)
        .map((section) =>
          h(
            "div",
            {},
            h("h3", {}, `${section.id} (${sectionNumber(profile, section.id)}). ${section.title[lang]}`),
            h(
              "ul",
              { className: "rdl-list-plain" },
              ...section.items.map((item) =>
                h(
                  "li",
                  { className: `rdl-item rdl-${byId[item.id]?.status ?? "unmet"}` },
                  `${item.label[lang]}: `,
                  h("strong", {}, state(item.id)),
                ),
              ),
            ),
          ),
        ),
    );
  };

  return { element, show: () => undefined, check };
}
