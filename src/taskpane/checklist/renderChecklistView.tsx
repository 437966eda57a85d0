import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ItemResult } from "../../core/checklist";
import { ChecklistItem, Section, sectionNumber } from "../../profiles/schema";
import { ChecklistState, ChecklistTracker } from "../checklist-tracker";
import { ErrorDetails } from "../ErrorDetails";
import { itemStatusText } from "../result-text";
import { viewStyles } from "../view-styles";
import { ChecklistViewStyles } from "./ChecklistView.styles";
import { isDone, ChecklistViewState } from "./useChecklistView";
import { WaiverDialog } from "./WaiverDialog";

/** The state once the tracker has started. */
type Ready = ChecklistViewState & { checklist: ChecklistState; tracker: ChecklistTracker };

const now = () => new Date().toISOString();

/** A warning the drafter must hear at once, with the error behind it under "Chi tiết" (nothing when there is none). */
const failure = (message: string, detailsLabel: string, detail: string) => (
  <MessageBar intent="warning" role="alert" layout="multiline">
    <MessageBarBody>
      {message}
      <ErrorDetails label={detailsLabel} detail={detail} />
    </MessageBarBody>
  </MessageBar>
);

function renderItem(state: Ready, styles: ChecklistViewStyles, item: ChecklistItem, result: ItemResult) {
  const { t, ct, label, mark } = state;
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
          onChange={(_, data) => mark(item.id, data.checked === true ? { state: "met", at: now() } : null)}
        />
      ) : (
        <Text>{label(item)}</Text>
      )}
      <Text id={statusId} size={200} style={{ ...styles.status, color: isDone(result) ? tokens.colorPaletteGreenForeground1 : undefined }}>
        {itemStatusText(result, t)}
      </Text>
      {result.evidence && !result.confirmed && (
        <Link as="button" style={styles.evidence} onClick={() => void state.showEvidence(result)}>
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
      {state.gone === item.id && failure(ct.evidenceGone, t.details, state.goneError)}
      <div style={styles.actions}>
        {waived && (
          <Button size="small" aria-label={ct.unwaiveFor(label(item))} onClick={() => mark(item.id, null)}>
            {ct.unwaive}
          </Button>
        )}
        {result.confirmed && (
          <Button size="small" aria-label={ct.unconfirmFor(label(item))} onClick={() => mark(item.id, null)}>
            {ct.unconfirm}
          </Button>
        )}
        {denial && result.status === "unmet" && (
          <Button
            size="small"
            aria-label={ct.waiveAsDeniedFor(label(item))}
            onClick={() => mark(item.id, { state: "waived", reason: denial.quote.slice(0, 200), at: now() })}
          >
            {ct.waiveAsDenied}
          </Button>
        )}
        {result.status === "unmet" && (
          <Button
            size="small"
            aria-label={ct.confirmFor(label(item))}
            onClick={() => mark(item.id, { state: "met", by: "drafter", at: now() })}
          >
            {ct.confirm}
          </Button>
        )}
        {!waived && result.status !== "met" && (
          <Button size="small" aria-label={ct.waiveFor(label(item))} onClick={() => state.startWaiver(item)}>
            {ct.waive}
          </Button>
        )}
      </div>
    </li>
  );
}

function renderSection(state: Ready, styles: ChecklistViewStyles, section: Section) {
  const { checklist, ct, lang, profile } = state;
  const results = checklist.items.get(section.id) ?? [];
  const match = checklist.sections.find((s) => s.id === section.id);
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
        {checklist.current === section.id && (
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
            renderItem(
              state,
              styles,
              item,
              results.find((r) => r.id === item.id) ?? { id: item.id, section: section.id, status: "manual" },
            ),
          )}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** As Fluent v9's `renderX_unstable`: the Danh mục view's JSX, from its state and styles alone. */
export function renderChecklistView(state: ChecklistViewState, styles: ChecklistViewStyles) {
  const { checklist, tracker, t, ct, lang, done, total, waiving } = state;
  if (!checklist || !tracker) return <Spinner size="tiny" labelPosition="after" label={t.reading} />;
  const ready: Ready = { ...state, checklist, tracker };
  return (
    <div style={viewStyles.root} ref={state.root}>
      <Text>{ct.checklistIntro}</Text>
      <Button disabledFocusable={checklist.phase === "reading"} onClick={() => void tracker.refresh()}>
        {t.refresh}
      </Button>
      {checklist.phase === "reading" && <Spinner size="tiny" labelPosition="after" label={t.reading} />}
      {checklist.phase === "failed" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t.checkFailed}
            <ErrorDetails label={t.details} detail={checklist.readError ?? undefined} />
          </MessageBarBody>
        </MessageBar>
      )}
      {checklist.storedWarning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{lang === "en" ? checklist.storedWarning.en : checklist.storedWarning.vi}</MessageBarBody>
        </MessageBar>
      )}
      {checklist.saveError !== null && failure(ct.saveFailed, t.details, checklist.saveError)}
      {checklist.followError !== null && failure(ct.followFailed, t.details, checklist.followError)}
      <Field label={ct.checklistProgress(done, total)} validationState="none">
        <ProgressBar value={total === 0 ? 0 : done / total} thickness="large" />
      </Field>
      <Accordion multiple collapsible openItems={state.opened} onToggle={(_, data) => state.setOpened(data.openItems.map(String))}>
        {state.sections.map((section) => renderSection(ready, styles, section))}
      </Accordion>
      <WaiverDialog
        itemLabel={waiving ? state.label(waiving) : null}
        reason={state.reason}
        onReasonChange={state.setReason}
        onConfirm={state.confirmWaiver}
        onCancel={state.cancelWaiver}
        ct={ct}
      />
    </div>
  );
}
