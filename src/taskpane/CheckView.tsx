import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { CSSProperties, useEffect, useMemo, useRef, useState } from "react";
import { allParagraphs, CheckResult, checkReport } from "../core/check";
import { countdown } from "../core/deadline";
import { Paragraph } from "../core/model";
import { chooseProfile } from "../core/profile-choice";
import { Finding, Severity, Target } from "../core/rules/types";
import { errorDetail } from "../host/error-detail";
import { ReportHost } from "../host/types";
import { ReportProfile, sectionsOf } from "../profiles/schema";
import { ChangeWatch } from "./change-watch";
import { groupFindings, mailtoHref } from "./check-helpers";
import { countdownText, verdictOf } from "./result-text";
import { ErrorDetails } from "./ErrorDetails";
import { Lang, Strings } from "./i18n";
import { ProfileChoiceState } from "./profile-choice";
import { viewStyles } from "./view-styles";

/* Inline styles with tokens, as in App.tsx. */
const styles: Record<"check" | "group" | "evidence" | "heading" | "mail" | "severity", CSSProperties> = {
  check: { width: "100%" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  severity: { fontWeight: tokens.fontWeightSemibold },
  evidence: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  mail: { overflowWrap: "anywhere" },
};

const severityColor: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorNeutralForeground1,
  info: tokens.colorNeutralForeground2,
};

export interface CheckViewProps {
  host: ReportHost;
  profile: ReportProfile;
  /** The pane's choice of profile: while nobody named one, the document's opening decides at each check. */
  profileChoice?: ProfileChoiceState;
  lang: Lang;
  t: Strings;
  /** The day the countdown starts from; today unless a test says otherwise. */
  today?: Date;
  /** Shown; true unless the pane keeps the view hidden behind another tab. */
  active?: boolean;
}

type Busy = "reading" | "checking" | null;

function provinceOf(host: ReportHost): string {
  try {
    return host.loadFields()?.province ?? "";
  } catch {
    // Nothing lost: the e-mail's subject goes without the province, which the drafter sees and can type in.
    return "";
  }
}

/** Lets React paint the spinner's new label before the checker runs on the main thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** "Kiểm tra": reads the document, runs the same checker as the command line, and shows what to fix. */
export default function CheckView({ host, profile, profileChoice, lang, t, today, active = true }: CheckViewProps) {
  const [busy, setBusy] = useState<Busy>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  /** The paragraphs the last check read, to tell when the document has changed since. */
  const [checkedParagraphs, setCheckedParagraphs] = useState<Paragraph[] | null>(null);
  const [stale, setStale] = useState(false);
  /** Why the last check could not read the document, for "Chi tiết"; null when it could. */
  const [failed, setFailed] = useState<string | null>(null);
  /** The finding whose place could not be found, by its key, and Word's error when selecting it failed. */
  const [gone, setGone] = useState<string | null>(null);
  const [goneError, setGoneError] = useState("");
  /** Why Word will not tell this view of edits after the check, for "Chi tiết"; null while it does (or nothing watches). */
  const [watchFailed, setWatchFailed] = useState<string | null>(null);
  const run = useRef(0);

  const due = useMemo(() => countdown(profile.deadline, today ?? new Date()), [profile, today]);
  const deadline = countdownText(due, t);
  const mailto = useMemo(() => mailtoHref(profile, provinceOf(host)), [profile, host]);
  const groups = useMemo(() => (result ? groupFindings(result.findings, profile, lang, t.documentGroup) : []), [result, profile, lang, t]);

  const check = async () => {
    if (busy !== null) return;
    const id = ++run.current;
    setBusy("reading");
    setGone(null);
    setGoneError("");
    try {
      const model = await host.readDocument();
      setBusy("checking");
      await nextFrame();
      // Neither the document nor the drafter named a profile: the letter the opening cites decides, pane-wide.
      let used = profile;
      if (profileChoice?.choice.source === "newest") {
        const found = chooseProfile(profileChoice.entries, model);
        if (found.reason !== "newest" && found.profile.id !== profile.id) used = await found.profile.load();
        profileChoice.detected(found, used);
      }
      const checked = checkReport(used, model, host.loadChecklist());
      if (id !== run.current) return;
      setResult(checked);
      setCheckedParagraphs(allParagraphs(model));
      setStale(false);
      setFailed(null);
    } catch (error) {
      setResult(null);
      setFailed(errorDetail(error));
    } finally {
      setBusy(null);
    }
  };

  // While shown, the results say so when the document changes after the check.
  useEffect(() => {
    if (!active || stale || !checkedParagraphs) return;
    const watch = new ChangeWatch(
      host,
      sectionsOf(profile).map((s) => s.id),
      checkedParagraphs,
      {
        changed: () => setStale(true),
        started: setWatchFailed,
      },
    );
    void watch.start();
    return () => watch.stop();
  }, [host, profile, active, stale, checkedParagraphs]);

  const goTo = async (key: string, target: Target) => {
    setGone(null);
    setGoneError("");
    let found = false;
    try {
      found = await host.select(target);
    } catch (error) {
      setGoneError(errorDetail(error));
    }
    if (!found) setGone(key);
  };

  /** The results no longer match the document (a place gone, an edit since): say so, and offer to check again. */
  const checkAgainBar = (text: string, role: "alert" | "status", detail = "") => (
    <MessageBar intent="warning" role={role} layout="multiline">
      <MessageBarBody>
        {text}
        <ErrorDetails label={t.details} detail={detail} />
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void check()}>
          {t.checkAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );

  const severityLabel = (s: Severity) => (s === "error" ? t.severityError : s === "warning" ? t.severityWarning : t.severityInfo);
  const verdict = result ? verdictOf(result, due, t) : null;

  const renderFinding = (f: Finding, key: string) => {
    const messageId = `finding-${key}`;
    return (
      <li
        key={key}
        style={{ ...viewStyles.item, borderLeftColor: f.severity === "error" ? tokens.colorPaletteRedBorder2 : tokens.colorNeutralStroke1 }}
      >
        <Text id={messageId}>
          <span style={{ ...styles.severity, color: severityColor[f.severity] }}>{severityLabel(f.severity)}:</span>{" "}
          {lang === "en" ? f.messageEn : f.message}
        </Text>
        {f.evidence && (
          <Text size={200} style={styles.evidence}>
            {t.evidence(f.evidence)}
          </Text>
        )}
        {f.target && (
          <Link as="button" aria-describedby={messageId} onClick={() => void goTo(key, f.target as Target)}>
            {t.goTo}
          </Link>
        )}
        {gone === key && checkAgainBar(t.targetGone, "alert", goneError)}
      </li>
    );
  };

  return (
    <div style={viewStyles.root}>
      <Text>{t.checkIntro}</Text>
      <Button style={styles.check} appearance="primary" disabledFocusable={busy !== null} onClick={() => void check()}>
        {t.checkButton}
      </Button>
      {busy !== null && <Spinner size="tiny" labelPosition="after" label={busy === "reading" ? t.reading : t.checking} />}
      {failed !== null && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t.checkFailed}
            <ErrorDetails label={t.details} detail={failed} />
          </MessageBarBody>
        </MessageBar>
      )}
      {result && stale && checkAgainBar(t.checkStale, "status")}
      {result && !stale && result.profile !== profile.id && checkAgainBar(t.checkOtherProfile, "status")}
      {result && !stale && watchFailed !== null && checkAgainBar(t.checkNotFollowing, "status", watchFailed)}
      {verdict && (
        <MessageBar intent={verdict.intent} role="status" layout="multiline">
          <MessageBarBody>{verdict.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && profileChoice && (
        <Text size={200}>
          {profileChoice.choice.source === "letter" ? t.profileFromLetter(profile.letter.number) : t.profileInUse(profile.name[lang])}
        </Text>
      )}
      {groups.length > 0 && (
        <Text as="h2" size={400} weight="semibold" style={styles.heading}>
          {t.findingsHeading}
        </Text>
      )}
      {groups.map((group) => (
        <section key={group.id} style={styles.group} aria-labelledby={`group-${group.id}`}>
          <Text as="h3" id={`group-${group.id}`} weight="semibold" style={styles.heading}>
            {group.title}
          </Text>
          <ul style={viewStyles.list}>{group.findings.map((f, i) => renderFinding(f, `${group.id}-${i}`))}</ul>
        </section>
      ))}
      {deadline !== null && <Text>{deadline}</Text>}
      {mailto !== null && (
        <Text style={styles.mail}>
          {t.sendTo}{" "}
          <Link href={mailto} inline>
            {profile.email}
          </Link>
        </Text>
      )}
    </div>
  );
}
