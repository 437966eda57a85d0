import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { CSSProperties, useEffect, useMemo, useRef, useState } from "react";
import { ItemResult } from "../core/checklist";
import { ReportHost } from "../host/types";
import { ChecklistItem, ReportProfile, Section, sectionNumber, sectionsOf } from "../profiles/schema";
import { checklistStrings } from "./checklist-strings";
import { itemStatusText } from "./result-text";
import { ChecklistState, ChecklistTracker } from "./checklist-tracker";
import { Lang, Strings } from "./i18n";
import { viewStyles } from "./view-styles";

/* Inline styles with tokens, as in App.tsx. */
const styles: Record<"status" | "evidence" | "note" | "guidance" | "header" | "actions", CSSProperties> = {
  status: { fontWeight: tokens.fontWeightSemibold },
  evidence: { fontStyle: "italic", textAlign: "left" },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
  guidance: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    background: tokens.colorNeutralBackground3,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  header: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
};

export interface ChecklistViewProps {
  host: ReportHost;
  profile: ReportProfile;
  lang: Lang;
  t: Strings;
  /** Shown; true unless the pane keeps the view hidden behind another tab. */
  active?: boolean;
}

/** An item counts as done when met or waived. */
const isDone = (r: ItemResult) => r.status === "met" || r.status === "waived";

/** What a quote is found by in Word: the words themselves, without the ellipses that cut it. */
const quoteText = (evidence: string) => evidence.replace(/^…|…$/g, "").trim();

/** "Danh mục": each section's requirements beside the text, following the cursor. */
export default function ChecklistView({ host, profile, lang, t, active = true }: ChecklistViewProps) {
  const ct = checklistStrings[lang];
  const [state, setState] = useState<ChecklistState | null>(null);
  const [tracker, setTracker] = useState<ChecklistTracker | null>(null);
  /** Sections opened by the drafter; the cursor's section opens by itself. */
  const [opened, setOpened] = useState<string[]>([]);
  const [waiving, setWaiving] = useState<ChecklistItem | null>(null);
  const [reason, setReason] = useState("");
  const [gone, setGone] = useState<string | null>(null);
  /** The item whose waiver was just confirmed: focus goes back to it, not to the page, once it has re-rendered. */
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const started = new ChecklistTracker(host, profile, setState);
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

  const current = state?.current ?? null;
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
  }, [focusItem, state]);

  const sections = useMemo(() => sectionsOf(profile), [profile]);
  const all = useMemo(() => [...(state?.items.values() ?? [])].flat(), [state]);
  const done = all.filter(isDone).length;

  if (!state || !tracker) return <Spinner size="tiny" labelPosition="after" label={t.reading} />;

  const label = (item: ChecklistItem) => (lang === "en" ? item.label.en : item.label.vi);

  const showEvidence = async (item: ItemResult) => {
    setGone(null);
    const text = item.find ?? (item.evidence ? quoteText(item.evidence) : "");
    const found = text ? await host.select({ text }).catch(() => false) : false;
    if (!found) setGone(item.id);
  };

  const statusText = (result: ItemResult) => itemStatusText(result, t);

  const now = () => new Date().toISOString();

  const renderItem = (item: ChecklistItem, result: ItemResult) => {
    const statusId = `status-${item.id}`;
    const waived = result.status === "waived";
    const { coverage, denial } = result;
    return (
      <li
        key={item.id}
        data-item={item.id}
        style={{ ...viewStyles.item, borderLeftColor: isDone(result) ? tokens.colorPaletteGreenBorder2 : undefined }}
      >
        {item.kind === "manual" && !waived ? (
          <Checkbox
            label={label(item)}
            checked={result.status === "met"}
            aria-describedby={statusId}
            onChange={(_, data) => void tracker.mark(item.id, data.checked === true ? { state: "met", at: now() } : null)}
          />
        ) : (
          <Text>{label(item)}</Text>
        )}
        <Text
          id={statusId}
          size={200}
          style={{ ...styles.status, color: isDone(result) ? tokens.colorPaletteGreenForeground1 : undefined }}
        >
          {statusText(result)}
        </Text>
        {result.evidence && !result.confirmed && (
          <Link as="button" style={styles.evidence} onClick={() => void showEvidence(result)}>
            {t.evidence(result.evidence)}
          </Link>
        )}
        {coverage && result.status === "unmet" && (
          <Text size={200}>
            {ct.coverage(coverage.covered.length, coverage.covered.length + coverage.missing.length, coverage.needed)}{" "}
            {ct.coverageMissing(coverage.missing.join("; "))}
          </Text>
        )}
        {denial && result.status === "unmet" && (
          <Text size={200} style={styles.note}>
            {ct.deniedInText(denial.quote)}
          </Text>
        )}
        {waived && item.kind === "auto" && (
          <Text size={200} style={styles.note}>
            {ct.waivedNotShown}
          </Text>
        )}
        {gone === item.id && (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>{ct.evidenceGone}</MessageBarBody>
          </MessageBar>
        )}
        <div style={styles.actions}>
          {waived && (
            <Button size="small" aria-label={ct.unwaiveFor(label(item))} onClick={() => void tracker.mark(item.id, null)}>
              {ct.unwaive}
            </Button>
          )}
          {result.confirmed && (
            <Button size="small" aria-label={ct.unconfirmFor(label(item))} onClick={() => void tracker.mark(item.id, null)}>
              {ct.unconfirm}
            </Button>
          )}
          {denial && result.status === "unmet" && (
            <Button
              size="small"
              aria-label={ct.waiveAsDeniedFor(label(item))}
              onClick={() => void tracker.mark(item.id, { state: "waived", reason: denial.quote.slice(0, 200), at: now() })}
            >
              {ct.waiveAsDenied}
            </Button>
          )}
          {result.status === "unmet" && (
            <Button
              size="small"
              aria-label={ct.confirmFor(label(item))}
              onClick={() => void tracker.mark(item.id, { state: "met", by: "drafter", at: now() })}
            >
              {ct.confirm}
            </Button>
          )}
          {!waived && result.status !== "met" && (
            <Button
              size="small"
              aria-label={ct.waiveFor(label(item))}
              onClick={() => {
                setReason("");
                setWaiving(item);
              }}
            >
              {ct.waive}
            </Button>
          )}
        </div>
      </li>
    );
  };

  const renderSection = (section: Section) => {
    const results = state.items.get(section.id) ?? [];
    const match = state.sections.find((s) => s.id === section.id);
    const title = lang === "en" ? section.title.en : section.title.vi;
    return (
      <AccordionItem key={section.id} value={section.id} data-section={section.id}>
        <AccordionHeader>
          <span style={styles.header}>
            <span>
              {section.id} ({sectionNumber(profile, section.id)}). {title}
            </span>
            <span>{ct.sectionProgress(results.filter(isDone).length, results.length)}</span>
          </span>
        </AccordionHeader>
        <AccordionPanel>
          {current === section.id && (
            <Text block size={200} weight="semibold">
              {ct.cursorHere}
            </Text>
          )}
          {match?.status === "missing" && (
            <Text block size={200}>
              {ct.sectionMissing}
            </Text>
          )}
          {match?.status === "empty" && (
            <Text block size={200}>
              {ct.sectionEmpty}
            </Text>
          )}
          <section style={styles.guidance} aria-label={ct.guidanceHeading}>
            <Text size={200} weight="semibold">
              {ct.guidanceHeading}
            </Text>
            {(lang === "en" && section.guidanceEn ? section.guidanceEn : section.guidance).map((line, i) => (
              <Text key={i} size={200}>
                {line}
              </Text>
            ))}
          </section>
          <ul style={viewStyles.list}>
            {section.items.map((item) =>
              renderItem(item, results.find((r) => r.id === item.id) ?? { id: item.id, section: section.id, status: "manual" }),
            )}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    );
  };

  const confirmWaiver = () => {
    if (!waiving || reason.trim() === "") return;
    void tracker.mark(waiving.id, { state: "waived", reason: reason.trim(), at: new Date().toISOString() });
    setFocusItem(waiving.id);
    setWaiving(null);
  };

  return (
    <div style={viewStyles.root} ref={root}>
      <Text>{ct.checklistIntro}</Text>
      <Button disabledFocusable={state.phase === "reading"} onClick={() => void tracker.refresh()}>
        {t.refresh}
      </Button>
      {state.phase === "reading" && <Spinner size="tiny" labelPosition="after" label={t.reading} />}
      {state.phase === "failed" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{t.checkFailed}</MessageBarBody>
        </MessageBar>
      )}
      {state.storedWarning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{lang === "en" ? state.storedWarning.en : state.storedWarning.vi}</MessageBarBody>
        </MessageBar>
      )}
      {state.saveFailed && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{ct.saveFailed}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={ct.checklistProgress(done, all.length)} validationState="none">
        <ProgressBar value={all.length === 0 ? 0 : done / all.length} thickness="large" />
      </Field>
      <Accordion multiple collapsible openItems={opened} onToggle={(_, data) => setOpened(data.openItems.map(String))}>
        {sections.map(renderSection)}
      </Accordion>
      <Dialog open={waiving !== null} onOpenChange={(_, data) => !data.open && setWaiving(null)}>
        <DialogSurface>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              confirmWaiver();
            }}
          >
            <DialogBody>
              <DialogTitle>{waiving ? ct.waiveTitle(label(waiving)) : ""}</DialogTitle>
              <DialogContent>
                <Field label={ct.waiveReason} hint={ct.waiveReasonHint} required>
                  <Textarea
                    value={reason}
                    maxLength={200}
                    onChange={(_, data) => setReason(data.value)}
                    onKeyDown={(event) => {
                      // Enter confirms, as in any one-line answer; Shift+Enter still breaks the line.
                      if (event.key === "Enter" && !event.shiftKey) {
                        event.preventDefault();
                        confirmWaiver();
                      }
                    }}
                  />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={reason.trim() === ""}>
                  {ct.waiveConfirm}
                </Button>
                <Button onClick={() => setWaiving(null)}>{ct.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
