import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { CSSProperties, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { chooseProfile } from "../core/profile-choice";
import { skeletonPartInfo, SkeletonFields } from "../core/skeleton/parts";
import { parseIsoDate, vietnameseDate } from "../core/skeleton/writer";
import { errorDetail } from "../host/error-detail";
import { InsertOutcome, ReportHost, SkeletonState } from "../host/types";
import { provincesOf } from "../profiles/provinces";
import { ReportProfile } from "../profiles/schema";
import { Lang, Strings } from "./i18n";
import { ProfileChoiceState } from "./profile-choice";
import { initialFields, insertActionOf } from "./insert-action";
import { ErrorDetails } from "./ErrorDetails";
import { Feedback, feedbackFor, undoKeys } from "./outcome-message";
import { partLabel } from "./part-labels";
import { ProvinceField } from "./ProvinceField";

/* Inline styles with tokens, as in App.tsx. */
const styles: Record<"form" | "actions" | "insert" | "missing" | "refresh" | "fold" | "more", CSSProperties> = {
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  insert: { width: "100%" },
  missing: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  refresh: { alignSelf: "flex-start" },
  fold: { alignSelf: "flex-start", paddingLeft: 0, textAlign: "left" },
  more: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
};

export interface ComposeViewProps {
  host: ReportHost;
  profile: ReportProfile;
  /** The profile in use and its choice; without it the view works with `profile` alone and offers no choice. */
  profileChoice?: ProfileChoiceState;
  lang: Lang;
  t: Strings;
  /** Shown; true unless the pane keeps the view hidden behind another tab. */
  active?: boolean;
  /** Opens another view of the pane (the next step, Danh mục). */
  open?: (view: string) => void;
}

type Busy = "reading" | "inserting" | null;

/**
 * The browser shows the date in its own order (mm/dd/yyyy in an English browser): the hint says the date as the
 * document will write it, day first, with the leading zeros Decree 30 asks for.
 */
function dateHint(iso: string, profile: ReportProfile, t: Strings): string {
  const date = parseIsoDate(iso);
  return date ? t.dateWritten(vietnameseDate(date, profile.year)) : t.dateHint;
}

/** Whether any field that may be left empty holds something other than its default. */
function optionalFieldsFilled(fields: SkeletonFields, profile: ReportProfile): boolean {
  return (
    fields.number !== "" ||
    fields.date !== "" ||
    fields.signer !== "" ||
    fields.deputy ||
    fields.agencyShort !== profile.document.agencyShortDefault
  );
}

/**
 * "Soạn": the province and the button that inserts the skeleton (or the parts still missing), the fields that may
 * be left empty folded under them; once the skeleton is whole, what to do next.
 */
/** "2019-11-25" as Vietnamese documents write a date: "25/11/2019". */
const dayMonthYear = (iso: string) => iso.split("-").reverse().join("/");

/**
 * The letter the report answers: a choice among the built-in profiles, newest first, while the document names none;
 * once it does (the skeleton went in with one), which one it is.
 */
function ProfilePicker({ choice, lang, t }: { choice: ProfileChoiceState; lang: Lang; t: Strings }) {
  const { entry, source, unknownStored } = choice.choice;
  if (source === "stored") return <Text size={200}>{t.profileInUse(entry.name[lang])}</Text>;
  // The letter just picked could not be loaded: nothing goes in with it, and the drafter is told why.
  const failed = choice.loading && choice.loadError !== null;
  return (
    <Field
      label={t.profileLabel}
      hint={t.profileLetter(entry.letter.number, dayMonthYear(entry.letter.date))}
      validationState={failed ? "error" : unknownStored ? "warning" : "none"}
      validationMessage={
        failed ? (
          <>
            {t.profileLoadFailed}
            <ErrorDetails label={t.details} detail={choice.loadError ?? ""} />
          </>
        ) : unknownStored ? (
          t.profileUnknown(unknownStored)
        ) : undefined
      }
    >
      <RadioGroup value={entry.id} onChange={(_, d) => choice.pick(d.value)}>
        {choice.entries.map((p) => (
          <Radio key={p.id} value={p.id} label={p.name[lang]} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function ComposeView({ host, profile, profileChoice, lang, t, active = true, open }: ComposeViewProps) {
  const provinces = useMemo(() => provincesOf(profile).map((p) => p.name), [profile]);
  const totalParts = useMemo(() => skeletonPartInfo(profile).length, [profile]);

  const [fields, setFields] = useState(() => initialFields(host, profile));
  const [provinceText, setProvinceText] = useState(fields.province);
  const [provinceError, setProvinceError] = useState(false);
  const [docState, setDocState] = useState<SkeletonState | null>(null);
  /** Why the document could not be read ("" when it could), for "Chi tiết". */
  const [readFailed, setReadFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>("reading");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  // Folded unless the document remembers values for them: the main action stays on the first screen.
  const [moreOpen, setMoreOpen] = useState(() => optionalFieldsFilled(fields, profile));

  // Another profile picked: its own default short name and province list replace the last one's.
  const shownProfile = useRef(profile);
  useEffect(() => {
    const before = shownProfile.current;
    shownProfile.current = profile;
    if (before === profile) return;
    setFields((f) => ({
      ...f,
      agencyShort: f.agencyShort === before.document.agencyShortDefault ? profile.document.agencyShortDefault : f.agencyShort,
      province: provinces.includes(f.province) ? f.province : "",
    }));
    if (fields.province !== "" && !provinces.includes(fields.province)) setProvinceText("");
  }, [profile, provinces, fields.province]);

  const set = <K extends keyof SkeletonFields>(key: K, value: SkeletonFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  /** The profile the document was last read with: until it is read with the current one, nothing goes in. */
  const [readWith, setReadWith] = useState<ReportProfile | null>(null);
  /** Counts reads: one answered after a later one began is out of date, and dropped. */
  const readSeq = useRef(0);

  const readState = useCallback(async () => {
    const seq = ++readSeq.current;
    // The view shown again during an insertion reads too, but the insertion stays what the pane is busy with.
    setBusy((b) => (b === "inserting" ? b : "reading"));
    try {
      const state = await host.readSkeletonState(profile);
      if (seq !== readSeq.current) return;
      setDocState(state);
      setReadFailed(null);
    } catch (error) {
      if (seq !== readSeq.current) return;
      setDocState(null);
      setReadFailed(errorDetail(error));
    } finally {
      if (seq === readSeq.current) {
        setReadWith(profile);
        setBusy((b) => (b === "inserting" ? b : null));
      }
    }
  }, [host, profile]);

  // Read again each time the view is shown: the drafter may have changed the document meanwhile.
  useEffect(() => {
    if (active) void readState();
  }, [readState, active]);

  // A document begun before the profile was stored names none, but its opening cites the letter: that decides
  // which profile any missing part goes in with, before the drafter adds one.
  const source = profileChoice?.choice.source;
  const entries = profileChoice?.entries;
  const detected = profileChoice?.detected;
  useEffect(() => {
    if (source !== "newest" || !entries || !detected || !docState?.presentTags.includes("doc.opening")) return;
    let current = true;
    void (async () => {
      try {
        const opening = await host.readTagged("doc.opening");
        const found = opening && chooseProfile(entries, opening);
        if (current && found && found.reason === "letter") detected(found, await found.profile.load());
      } catch {
        // Nothing lost: the letters stay offered, the newest chosen, for the drafter to pick.
      }
    })();
    return () => {
      current = false;
    };
  }, [host, docState, source, entries, detected]);

  const action = insertActionOf(docState, t);
  // Another profile just loaded, its read not yet begun: the parts shown are the last profile's.
  const waiting = busy !== null || readWith !== profile || profileChoice?.loading === true;

  const insert = async () => {
    // A read, or the loading of a profile just picked, is under way: the skeleton waits for it.
    if (waiting || !action.enabled) return;
    // Typed text that names no province would silently become "…" in the document: ask for a choice instead.
    if (provinceText.trim() !== "" && fields.province === "") {
      setProvinceError(true);
      return;
    }
    setBusy("inserting");
    setFeedback(null);
    let outcome: InsertOutcome;
    try {
      outcome = await host.insertSkeleton(profile, fields);
    } catch (error) {
      outcome = { kind: "failed", reason: "unknown", detail: errorDetail(error) };
    }
    setFeedback(feedbackFor(outcome, totalParts, t, undoKeys(navigator.platform)));
    if (outcome.kind === "inserted") {
      try {
        await host.saveProfileId(profile.id);
        profileChoice?.stored();
        await host.saveFields(fields);
      } catch {
        // Remembering is a convenience: the skeleton is in, its opening cites the letter the profile is found by
        // again, and the fields are in the document to change there, so the drafter is not bothered.
      }
    }
    setBusy(null);
    await readState();
  };

  const refresh = () => {
    setFeedback(null);
    void readState();
  };

  const message: Feedback | null =
    feedback ??
    (action.complete
      ? { intent: "info", text: t.alreadyPresent }
      : readFailed !== null
        ? { intent: "warning", text: t.readFailed, detail: readFailed }
        : null);

  const messageBar = message && (
    <MessageBar key={message.text} intent={message.intent} role={message.intent === "error" ? "alert" : "status"} layout="multiline">
      <MessageBarBody>
        {message.text}
        <ErrorDetails label={t.details} detail={message.detail} />
      </MessageBarBody>
    </MessageBar>
  );
  const refreshButton = (
    <Button
      style={styles.refresh}
      appearance="subtle"
      size="small"
      icon={<ArrowClockwiseRegular />}
      disabledFocusable={busy !== null}
      onClick={refresh}
    >
      {t.refresh}
    </Button>
  );

  if (action.complete) {
    return (
      <div style={styles.form}>
        {messageBar}
        <Text>{t.nextStep}</Text>
        {open && (
          <Button appearance="primary" onClick={() => open("checklist")}>
            {t.openChecklist}
          </Button>
        )}
        <Text size={200}>{t.fieldsInDocument}</Text>
        {profileChoice && <ProfilePicker choice={profileChoice} lang={lang} t={t} />}
        {refreshButton}
      </div>
    );
  }

  return (
    <div style={styles.form}>
      {profileChoice && <ProfilePicker choice={profileChoice} lang={lang} t={t} />}
      <ProvinceField
        names={provinces}
        text={provinceText}
        selected={fields.province}
        error={provinceError}
        t={t}
        onChange={(text, province) => {
          setProvinceText(text);
          set("province", province);
          setProvinceError(false);
        }}
      />
      <Button
        style={styles.fold}
        appearance="transparent"
        icon={moreOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={moreOpen}
        aria-controls="optional-fields"
        onClick={() => setMoreOpen((o) => !o)}
      >
        {t.optionalFields}
      </Button>
      {moreOpen && (
        <div id="optional-fields" style={styles.more}>
          <Field label={t.agencyShortLabel} hint={t.agencyShortHint(profile.document.docTypeCode, fields.agencyShort.trim())}>
            <Input value={fields.agencyShort} onChange={(_, d) => set("agencyShort", d.value)} />
          </Field>
          <Field label={t.numberLabel} hint={t.numberHint}>
            <Input value={fields.number} inputMode="numeric" onChange={(_, d) => set("number", d.value)} />
          </Field>
          <Field label={t.dateLabel} hint={dateHint(fields.date, profile, t)}>
            <Input type="date" value={fields.date} onChange={(_, d) => set("date", d.value)} />
          </Field>
          <Field label={t.signerLabel} hint={t.signerHint}>
            <Input value={fields.signer} autoComplete="name" onChange={(_, d) => set("signer", d.value)} />
          </Field>
          <Field label={t.signAsLabel}>
            <RadioGroup value={fields.deputy ? "deputy" : "director"} onChange={(_, d) => set("deputy", d.value === "deputy")}>
              <Radio value="director" label={t.signAsDirector} />
              <Radio value="deputy" label={t.signAsDeputy} />
            </RadioGroup>
          </Field>
        </div>
      )}

      <div style={styles.actions}>
        {action.missing.length > 0 ? (
          <div>
            <Text as="p" block>
              {t.missingIntro}
            </Text>
            <ul style={styles.missing}>
              {action.missing.map((part) => (
                <li key={part}>{partLabel(part, profile, lang, t)}</li>
              ))}
            </ul>
          </div>
        ) : (
          !action.complete && <Text size={200}>{t.whereHint}</Text>
        )}
        <Button
          style={styles.insert}
          appearance="primary"
          // Focusable while disabled, so keyboard users keep their place while the pane works.
          disabledFocusable={waiting || !action.enabled}
          onClick={() => void insert()}
        >
          {action.label}
        </Button>
        {busy !== null && <Spinner size="tiny" labelPosition="after" label={busy === "reading" ? t.reading : t.inserting} />}
        {messageBar}
        {refreshButton}
      </div>
    </div>
  );
}
