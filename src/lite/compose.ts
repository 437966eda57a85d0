import { SkeletonFields, skeletonPartInfo } from "../core/skeleton/parts";
import { parseIsoDate, vietnameseDate } from "../core/skeleton/writer";
import { EditingHost, InsertOutcome, SkeletonState } from "../host/types";
import { ProfileEntry } from "../profiles/catalog";
import { provincesOf } from "../profiles/provinces";
import { ReportProfile } from "../profiles/schema";
import { errorDetail } from "../host/error-detail";
import { Lang, Strings } from "../taskpane/i18n";
import { initialFields, insertActionOf } from "../taskpane/insert-action";
import { Feedback, feedbackFor, undoKeys } from "../taskpane/outcome-message";
import { partLabel } from "../taskpane/part-labels";
import { exactProvince, filterProvinces } from "../taskpane/province-filter";
import { button, disclosure, fill, h, setOpen, uniqueId } from "./dom";
import { message } from "./message";
import { LiteStrings } from "./strings";

export interface ComposeContext {
  host: EditingHost;
  profile: ReportProfile;
  lang: Lang;
  t: Strings;
  lt: LiteStrings;
  /** Shows the Kiểm tra tab: the next step once the skeleton is whole. */
  openCheck: () => void;
  /**
   * The profiles to choose from, newest first, while the document names none (then `pick` opens the pane again
   * with the one picked); null once the document names its profile.
   */
  choice: { entries: readonly ProfileEntry[]; pick: (id: string) => void; unknownStored?: string } | null;
  /** The document now names the profile in use. */
  stored: () => void;
  /**
   * While nothing named a profile: the document has the skeleton's opening, whose letter may name one (the pane
   * then opens again with it). Null once a profile is named.
   */
  openingFound: (() => void) | null;
}

/** The letter the report answers: a native choice while the document names none; once it does, which one. */
function profileField({ profile, lang, t, choice }: ComposeContext): HTMLElement {
  if (!choice) return h("p", { className: "rdl-hint" }, t.profileInUse(profile.name[lang]));
  const id = uniqueId("profile");
  const select = h("select", { id, className: "rdl-input", attrs: { "aria-describedby": `${id}-hint` } });
  fill(select, ...choice.entries.map((e) => h("option", { attrs: { value: e.id } }, e.name[lang])));
  select.value = profile.id;
  select.addEventListener("change", () => choice.pick(select.value));
  return h(
    "div",
    { className: "rdl-field" },
    h("label", { attrs: { for: id } }, t.profileLabel),
    select,
    h("div", { id: `${id}-hint`, className: "rdl-hint" }, t.profileLetter(profile.letter.number, dayMonthYear(profile.letter.date))),
    choice.unknownStored !== undefined && h("div", { className: "rdl-field-error" }, t.profileUnknown(choice.unknownStored)),
  );
}

/** "15/12/2017" (or 15.12.2017, 15-12-2017) → "2017-12-15"; "" stays ""; anything else is null. */
export function isoFromDayMonthYear(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].length === 1 ? "0" : ""}${m[2]}-${m[1].length === 1 ? "0" : ""}${m[1]}`;
  return parseIsoDate(iso) ? iso : null;
}

function dayMonthYear(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? `${date.day}/${date.month}/${date.year}` : "";
}

function textField(label: string, hint: string, value: string): { field: HTMLElement; input: HTMLInputElement; hint: HTMLElement } {
  const id = uniqueId("field");
  const input = h("input", { id, className: "rdl-input", attrs: { type: "text", "aria-describedby": `${id}-hint` } });
  input.value = value;
  const hintElement = h("div", { id: `${id}-hint`, className: "rdl-hint" }, hint);
  return {
    field: h("div", { className: "rdl-field" }, h("label", { attrs: { for: id } }, label), input, hintElement),
    input,
    hint: hintElement,
  };
}

/**
 * "Soạn" in the light pane: the same fields and the same insertion as the main pane (host/word, WordApi 1.1), in
 * plain DOM. Built once; only the parts that change are redrawn, so typing never loses focus.
 */
export function composeView(context: ComposeContext): { element: HTMLElement; show: () => void } {
  const { host, profile, lang, t, lt, openCheck } = context;
  const names = provincesOf(profile).map((p) => p.name);
  const totalParts = skeletonPartInfo(profile).length;
  const fields: SkeletonFields = initialFields(host, profile);

  let state: SkeletonState | null = null;
  let busy = false;
  let feedback: Feedback | null = null;
  /** What went wrong, for "Chi tiết": the failed insertion's detail, or the error of the last read. */
  let failure: unknown = null;
  let readError: unknown = null;

  // The province: a text box and, while typing, the accent-insensitive matches as a native list box.
  const provinceId = uniqueId("province");
  const listId = uniqueId("provinces");
  const province = h("input", {
    id: provinceId,
    className: "rdl-input",
    attrs: {
      type: "text",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-controls": listId,
      "aria-expanded": "false",
      "aria-describedby": `${provinceId}-hint`,
      placeholder: t.provincePlaceholder,
      autocomplete: "off",
    },
  });
  province.value = fields.province;
  const provinceError = h("div", { className: "rdl-field-error", attrs: { role: "alert" } });
  const list = h("select", { id: listId, className: "rdl-list", hidden: true, attrs: { size: "6", "aria-label": lt.provinceMatches } });
  const showMatches = () => {
    const matches = filterProvinces(names, province.value);
    fill(
      list,
      ...(matches.length > 0 ? matches : [t.provinceNoMatch]).map((name) =>
        h("option", { attrs: { value: matches.length > 0 ? name : "" } }, name),
      ),
    );
    list.hidden = province.value.trim() === "";
    province.setAttribute("aria-expanded", list.hidden ? "false" : "true");
  };
  const pick = (name: string) => {
    if (!name) return;
    province.value = name;
    fields.province = name;
    list.hidden = true;
    province.setAttribute("aria-expanded", "false");
    fill(provinceError);
    province.focus();
  };
  province.addEventListener("input", () => {
    fields.province = exactProvince(names, province.value) ?? "";
    fill(provinceError);
    showMatches();
  });
  province.addEventListener("keydown", (event) => {
    if ((event.key === "ArrowDown" || event.key === "Down") && !list.hidden) {
      event.preventDefault();
      list.selectedIndex = 0;
      list.focus();
    } else if (event.key === "Escape" || event.key === "Esc") {
      list.hidden = true;
      province.setAttribute("aria-expanded", "false");
    }
  });
  list.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      pick(list.value);
    } else if (event.key === "Escape" || event.key === "Esc") {
      list.hidden = true;
      province.focus();
    }
  });
  list.addEventListener("click", () => pick(list.value));
  // "ha noi" picked Hà Nội: show the name as it will be written.
  province.addEventListener("blur", () => {
    if (fields.province && province.value !== fields.province) province.value = fields.province;
  });

  const agency = textField(t.agencyShortLabel, t.agencyShortHint(profile.document.docTypeCode, fields.agencyShort), fields.agencyShort);
  agency.input.addEventListener("input", () => {
    fields.agencyShort = agency.input.value.trim();
    fill(agency.hint, t.agencyShortHint(profile.document.docTypeCode, fields.agencyShort));
  });
  const number = textField(t.numberLabel, t.numberHint, fields.number);
  number.input.addEventListener("input", () => (fields.number = number.input.value.trim()));
  const date = textField(lt.dateLabel, t.dateHint, dayMonthYear(fields.date));
  let dateValid = true;
  const showDate = () => {
    const iso = isoFromDayMonthYear(date.input.value);
    dateValid = iso !== null;
    fields.date = iso ?? "";
    date.input.setAttribute("aria-invalid", dateValid ? "false" : "true");
    const parsed = iso ? parseIsoDate(iso) : null;
    fill(date.hint, !dateValid ? lt.dateInvalid : parsed ? t.dateWritten(vietnameseDate(parsed, profile.year)) : t.dateHint);
    date.hint.className = dateValid ? "rdl-hint" : "rdl-field-error";
  };
  date.input.addEventListener("input", showDate);
  const signer = textField(t.signerLabel, t.signerHint, fields.signer);
  signer.input.addEventListener("input", () => (fields.signer = signer.input.value.trim()));

  const signAsName = uniqueId("sign-as");
  const radio = (label: string, deputy: boolean) => {
    const input = h("input", { attrs: { type: "radio", name: signAsName } });
    input.checked = fields.deputy === deputy;
    input.addEventListener("click", () => (fields.deputy = deputy));
    return h("label", { className: "rdl-radio" }, input, ` ${label}`);
  };
  const signAs = h(
    "fieldset",
    { className: "rdl-fieldset" },
    h("legend", {}, t.signAsLabel),
    radio(t.signAsDirector, false),
    radio(t.signAsDeputy, true),
  );

  const more = h("div", { className: "rdl-more" }, agency.field, number.field, date.field, signer.field, signAs);
  const moreToggle = disclosure(t.optionalFields, more);

  const insert = button(t.insertAll, () => void run(), "rdl-button rdl-primary");
  const missing = h("div", {});
  const status = h("div", { className: "rdl-messages", attrs: { "aria-live": "polite" } });
  const refresh = button(
    t.refresh,
    () => {
      // Not disabled while busy, so the keyboard's place stays on it; a read under way is already the fresh one.
      if (busy) return;
      feedback = null;
      void readState();
    },
    "rdl-link",
  );
  const profileSlot = h("div", {}, profileField(context));
  const form = h(
    "div",
    { className: "rdl-stack" },
    profileSlot,
    h(
      "div",
      { className: "rdl-field" },
      h("label", { attrs: { for: provinceId } }, t.provinceLabel),
      province,
      h("div", { id: `${provinceId}-hint`, className: "rdl-hint" }, t.provinceHint),
      provinceError,
      list,
    ),
    moreToggle,
    more,
    insert,
    h("div", { className: "rdl-hint" }, t.whereHint),
    missing,
  );
  const next = h(
    "div",
    { className: "rdl-stack", hidden: true },
    h("p", {}, lt.nextStep),
    button(lt.openCheck, openCheck, "rdl-button rdl-primary"),
    h("p", { className: "rdl-hint" }, t.fieldsInDocument),
  );
  const element = h("div", { className: "rdl-stack" }, status, form, next, refresh);

  const draw = () => {
    const action = insertActionOf(state, t);
    insert.disabled = busy || !action.enabled;
    fill(insert, busy ? t.inserting : action.label);
    fill(
      missing,
      action.missing.length > 0 && h("p", {}, t.missingIntro),
      action.missing.length > 0 &&
        h("ul", { className: "rdl-list-plain" }, ...action.missing.map((part) => h("li", {}, partLabel(part, profile, lang, t)))),
    );
    form.hidden = action.complete;
    next.hidden = !action.complete;
    const shown =
      feedback ??
      (action.complete
        ? { intent: "info" as const, text: t.alreadyPresent }
        : readError !== null
          ? { intent: "warning" as const, text: t.readFailed }
          : null);
    fill(status, shown && message(shown.intent, shown.text, lt, feedback ? failure : readError));
  };

  // One read or insertion at a time (refresh, show() and the insertion wait): a read's end cannot free the pane
  // while the skeleton is still going in.
  const readState = async () => {
    busy = true;
    draw();
    try {
      state = await host.readSkeletonState(profile);
      readError = null;
      if (context.openingFound && state.presentTags.indexOf("doc.opening") >= 0) context.openingFound();
    } catch (error) {
      state = null;
      readError = error;
    }
    busy = false;
    draw();
  };

  const run = async () => {
    const action = insertActionOf(state, t);
    if (busy || !action.enabled) return;
    // Typed text that names no province would silently become "…" in the document: ask for a choice instead.
    if (province.value.trim() !== "" && fields.province === "") {
      fill(provinceError, t.provinceNotInList);
      province.focus();
      return;
    }
    if (!dateValid) {
      setOpen(moreToggle, more, true);
      date.input.focus();
      return;
    }
    busy = true;
    feedback = null;
    draw();
    let outcome: InsertOutcome;
    try {
      outcome = await host.insertSkeleton(profile, fields);
    } catch (error) {
      outcome = { kind: "failed", reason: "unknown", detail: errorDetail(error) };
    }
    feedback = feedbackFor(outcome, totalParts, t, undoKeys(navigator.platform));
    failure = outcome.kind === "failed" ? (outcome.detail ?? null) : null;
    if (outcome.kind === "inserted") {
      try {
        await host.saveProfileId(profile.id);
        context.stored();
        fill(profileSlot, profileField({ ...context, choice: null }));
        await host.saveFields(fields);
      } catch {
        // Remembering is a convenience: the skeleton is in, its opening cites the letter the profile is found by
        // again, and the fields are in the document to change there, so the drafter is not bothered.
      }
    }
    busy = false;
    await readState();
  };

  draw();
  // Shown again while inserting or reading: the read that follows, or the one under way, is the document's now.
  return { element, show: () => void (busy || readState()) };
}

/** What Soạn says on Word 2013, which has no Word API to insert with. */
export function composeUnavailable(lt: LiteStrings): { element: HTMLElement; show: () => void } {
  return { element: h("div", { className: "rdl-stack" }, message("info", lt.insertNeedsWordApi, lt, null)), show: () => undefined };
}
