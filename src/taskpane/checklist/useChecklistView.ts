import { RefObject, useEffect, useMemo, useRef, useState } from "react";
import { ItemResult, StoredMark } from "../../core/checklist";
import { errorDetail } from "../../host/error-detail";
import { ReportHost } from "../../host/types";
import { ChecklistItem, ReportProfile, Section, sectionsOf } from "../../profiles/schema";
import { checklistStrings, ChecklistStrings } from "../checklist-strings";
import { ChecklistState, ChecklistTracker } from "../checklist-tracker";
import { Lang, Strings } from "../i18n";

export interface ChecklistViewProps {
  host: ReportHost;
  profile: ReportProfile;
  lang: Lang;
  t: Strings;
  /** Shown; true unless the pane keeps the view hidden behind another tab. */
  active?: boolean;
}

/** Everything the render needs: the tracker's state, the view's own, and what the drafter's actions do. */
export interface ChecklistViewState {
  lang: Lang;
  t: Strings;
  ct: ChecklistStrings;
  profile: ReportProfile;
  /** The tracker and its state; null until it has started. */
  tracker: ChecklistTracker | null;
  checklist: ChecklistState | null;
  sections: Section[];
  /** Requirements done, and all of them. */
  done: number;
  total: number;
  /** Sections opened by the drafter; the cursor's section opens by itself. */
  opened: string[];
  setOpened: (opened: string[]) => void;
  /** The item whose quoted evidence was not found in the document, and why when selecting it failed. */
  gone: string | null;
  goneError: string;
  /** The item being waived, and the reason typed so far. */
  waiving: ChecklistItem | null;
  reason: string;
  setReason: (reason: string) => void;
  startWaiver: (item: ChecklistItem) => void;
  cancelWaiver: () => void;
  confirmWaiver: () => void;
  label: (item: ChecklistItem) => string;
  mark: (itemId: string, mark: StoredMark | null) => void;
  showEvidence: (result: ItemResult) => Promise<void>;
  root: RefObject<HTMLDivElement>;
}

/** An item counts as done when met or waived. */
export const isDone = (r: ItemResult) => r.status === "met" || r.status === "waived";

/** What a quote is found by in Word: the words themselves, without the ellipses that cut it. */
const quoteText = (evidence: string) => evidence.replace(/^…|…$/g, "").trim();

/** As Fluent v9's `useX_unstable`: the Danh mục view's state, from its props. */
export function useChecklistView({ host, profile, lang, t, active = true }: ChecklistViewProps): ChecklistViewState {
  const ct = checklistStrings[lang];
  const [checklist, setChecklist] = useState<ChecklistState | null>(null);
  const [tracker, setTracker] = useState<ChecklistTracker | null>(null);
  const [opened, setOpened] = useState<string[]>([]);
  const [waiving, setWaiving] = useState<ChecklistItem | null>(null);
  const [reason, setReason] = useState("");
  const [gone, setGone] = useState<string | null>(null);
  const [goneError, setGoneError] = useState("");
  /** The item whose waiver was just confirmed: focus goes back to it, not to the page, once it has re-rendered. */
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const started = new ChecklistTracker(host, profile, setChecklist);
    setTracker(started);
    void started.start();
    return () => started.stop();
  }, [host, profile]);

  // Hidden behind another tab, the view stops following the cursor, which costs Word a read per move.
  useEffect(() => {
    if (!tracker || !active) return;
    void tracker.resume();
    return () => tracker.pause();
  }, [tracker, active]);

  const current = checklist?.current ?? null;
  useEffect(() => {
    if (current !== null) setOpened([current]);
  }, [current]);

  useEffect(() => {
    if (focusItem === null) return;
    // After the dialog has closed and given focus back to the trigger it remembers, which is gone by now.
    const timer = setTimeout(() => {
      root.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(focusItem)}"] button`)?.focus();
      setFocusItem(null);
    }, 0);
    return () => clearTimeout(timer);
  }, [focusItem, checklist]);

  const sections = useMemo(() => sectionsOf(profile), [profile]);
  const all = useMemo(() => [...(checklist?.items.values() ?? [])].flat(), [checklist]);

  const label = (item: ChecklistItem) => (lang === "en" ? item.label.en : item.label.vi);

  const mark = (itemId: string, stored: StoredMark | null) => void tracker?.mark(itemId, stored);

  const showEvidence = async (result: ItemResult) => {
    setGone(null);
    setGoneError("");
    const text = result.find ?? (result.evidence ? quoteText(result.evidence) : "");
    const found = text
      ? await host.select({ text }).catch((error: unknown) => {
          setGoneError(errorDetail(error));
          return false;
        })
      : false;
    if (!found) setGone(result.id);
  };

  const confirmWaiver = () => {
    if (!waiving || reason.trim() === "") return;
    mark(waiving.id, { state: "waived", reason: reason.trim(), at: new Date().toISOString() });
    setFocusItem(waiving.id);
    setWaiving(null);
  };

  return {
    lang,
    t,
    ct,
    profile,
    tracker,
    checklist,
    sections,
    done: all.filter(isDone).length,
    total: all.length,
    opened,
    setOpened,
    gone,
    goneError,
    waiving,
    reason,
    setReason,
    startWaiver: (item) => {
      setReason("");
      setWaiving(item);
    },
    cancelWaiver: () => setWaiving(null),
    confirmWaiver,
    label,
    mark,
    showEvidence,
    root,
  };
}
