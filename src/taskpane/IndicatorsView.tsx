import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { CSSProperties, useEffect, useRef, useState } from "react";
import { ComparisonCell, Recomputed, recompute } from "../core/indicators/recompute";
import { columnLabel } from "../core/indicators/findings";
import { TableRowChoice } from "../core/indicators/writer";
import { errorDetail } from "../host/error-detail";
import { CellWrite, IndicatorHost, WordTable } from "../host/word/indicators";
import { ReportProfile } from "../profiles/schema";
import { Lang, Strings } from "./i18n";
import { ErrorDetails } from "./ErrorDetails";
import { indicatorStrings } from "./indicator-strings";
import { undoKeys } from "./outcome-message";
import { viewStyles } from "./view-styles";

const styles: Record<"fieldset" | "custom" | "list" | "heading", CSSProperties> = {
  fieldset: { border: 0, margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  custom: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: 0 },
};

export interface IndicatorsViewProps {
  indicators: IndicatorHost;
  profile: ReportProfile;
  lang: Lang;
  t: Strings;
  /** The section the table goes into: the one whose items an indicator table meets (1a). */
  sectionTag?: string;
}

type Message = { intent: "success" | "info" | "warning" | "error"; text: string; detail?: string };

/** A conflict's key: where its cell is. */
const keyOf = (cell: ComparisonCell) => `${cell.table}:${cell.row.index}:${cell.column}`;

/** The Word table that holds a found table: the one whose cells read the same. */
function wordTableOf(tables: readonly WordTable[], rows: string[][]): WordTable | undefined {
  const same = (a: string[][]) =>
    a.length === rows.length && a.every((row, r) => row.length === rows[r].length && row.every((c, i) => c.trim() === rows[r][i].trim()));
  return tables.find((table) => same(table.values));
}

/**
 * "Số liệu": the indicator table of section 1a put in from the profile's catalogue (and the drafter's own rows), and
 * "Tính lại", which fills the comparison columns from the figures. A filled cell that says otherwise is shown beside
 * the computed figure, and only the drafter's choice replaces it.
 */
export default function IndicatorsView({ indicators, profile, lang, t, sectionTag = "1a" }: IndicatorsViewProps) {
  const it = indicatorStrings[lang];
  const undo = undoKeys(navigator.platform);
  const [chosen, setChosen] = useState(() => new Set(profile.indicators.map((i) => i.id)));
  const [custom, setCustom] = useState<TableRowChoice[]>([]);
  const [customName, setCustomName] = useState("");
  const [customUnit, setCustomUnit] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<{ result: Recomputed; tables: WordTable[] | null } | null>(null);
  const [choices, setChoices] = useState<Record<string, "keep" | "computed">>({});

  // Tables read stay tracked in Word until written or let go of: once, on writing, on reading again, or on leaving.
  const held = useRef<WordTable[] | null>(null);
  const letGo = async () => {
    const tables = held.current;
    held.current = null;
    if (tables) await indicators.release(tables).catch(() => undefined);
  };
  useEffect(() => () => void letGo(), [indicators]);

  const rows: TableRowChoice[] = [
    ...profile.indicators.filter((i) => chosen.has(i.id)).map((i) => ({ name: i.name, unit: i.unit })),
    ...custom,
  ];

  const insert = async () => {
    setBusy(true);
    setMessage(null);
    const outcome = await indicators.insertTable(profile, sectionTag, rows);
    setBusy(false);
    if (outcome.kind === "inserted") setMessage({ intent: "success", text: it.inserted(undo) });
    else if (outcome.kind === "no-section") setMessage({ intent: "warning", text: it.noSection });
    else setMessage({ intent: "error", text: it.insertFailed, detail: outcome.detail });
  };

  /** Writes the cells to fill and the conflicts the drafter resolved for the computed figure. */
  const write = async (state: { result: Recomputed; tables: WordTable[] | null }, decided: Record<string, "keep" | "computed">) => {
    const writes: CellWrite[] = [];
    for (const cell of state.result.cells) {
      const wanted = cell.state === "fill" || (cell.state === "differs" && decided[keyOf(cell)] === "computed");
      if (!wanted) continue;
      const table = wordTableOf(state.tables ?? [], state.result.tables[cell.table].table.rows);
      if (!table) {
        setMessage({ intent: "warning", text: it.tableNotFound });
        await letGo();
        return;
      }
      writes.push({ table, row: cell.row.index, cell: cell.cellIndex, text: cell.computed.text });
    }
    try {
      if (writes.length === 0) {
        setMessage({ intent: "info", text: it.nothingToWrite });
        await letGo();
      } else {
        // The write lets go of the tables itself.
        held.current = null;
        await indicators.writeCells(writes);
        setMessage({ intent: "success", text: it.written(writes.length, undo) });
      }
    } catch (error) {
      setMessage({ intent: "error", text: it.failed, detail: errorDetail(error) });
    }
    setPending(null);
  };

  const recomputeNow = async () => {
    setBusy(true);
    setMessage(null);
    await letGo();
    setPending(null);
    try {
      const { doc, tables } = await indicators.readTables();
      held.current = tables;
      const result = recompute(profile, doc);
      const state = { result, tables };
      if (result.tables.length === 0) {
        setMessage({ intent: "info", text: it.noTable });
        await letGo();
      } else if (tables && !result.cells.some((c) => c.state === "differs")) {
        // Nothing to choose: the empty comparison cells are filled at once, in one round trip.
        await write(state, {});
        if (result.problems.length > 0) setPending({ result, tables: null });
      } else {
        setChoices({});
        setPending(state);
      }
    } catch (error) {
      setMessage({ intent: "error", text: it.failed, detail: errorDetail(error) });
    } finally {
      setBusy(false);
    }
  };

  const conflicts = pending?.result.cells.filter((c) => c.state === "differs") ?? [];
  const toWrite = pending
    ? pending.result.cells.filter((c) => c.state === "fill").length + conflicts.filter((c) => choices[keyOf(c)] === "computed").length
    : 0;

  return (
    <div style={viewStyles.root}>
      <Text>{it.intro}</Text>
      <fieldset style={styles.fieldset}>
        <legend>
          <Text weight="semibold">{it.catalogueLegend}</Text>
        </legend>
        {profile.indicators.map((indicator) => (
          <Checkbox
            key={indicator.id}
            label={`${indicator.name} (${indicator.unit})`}
            checked={chosen.has(indicator.id)}
            onChange={(_, data) =>
              setChosen((before) => {
                const next = new Set(before);
                if (data.checked) next.add(indicator.id);
                else next.delete(indicator.id);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      <fieldset style={styles.fieldset}>
        <legend>
          <Text weight="semibold">{it.customLegend}</Text>
        </legend>
        {custom.length > 0 && (
          <ul style={styles.list}>
            {custom.map((row, i) => (
              <li key={`${row.name}-${i}`}>
                {row.name} ({row.unit}){" "}
                <Button size="small" appearance="subtle" onClick={() => setCustom((before) => before.filter((_, j) => j !== i))}>
                  {it.removeCustom(row.name)}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div style={styles.custom}>
          <Field label={it.customName} style={{ flex: "1 1 10em", minWidth: 0 }}>
            <Input value={customName} onChange={(_, data) => setCustomName(data.value)} />
          </Field>
          <Field label={it.customUnit} style={{ flex: "0 1 6em", minWidth: 0 }}>
            <Input value={customUnit} onChange={(_, data) => setCustomUnit(data.value)} />
          </Field>
          <Button
            disabled={customName.trim() === ""}
            onClick={() => {
              setCustom((before) => [...before, { name: customName.trim(), unit: customUnit.trim() }]);
              setCustomName("");
              setCustomUnit("");
            }}
          >
            {it.addCustom}
          </Button>
        </div>
      </fieldset>
      <Button appearance="primary" disabledFocusable={busy || rows.length === 0} onClick={() => void insert()}>
        {it.insert(rows.length)}
      </Button>

      <Text as="h2" size={400} weight="semibold" style={styles.heading}>
        {it.recomputeHeading}
      </Text>
      <Text>{it.recomputeIntro}</Text>
      <Button disabledFocusable={busy} onClick={() => void recomputeNow()}>
        {it.recompute}
      </Button>
      {busy && <Spinner size="tiny" labelPosition="after" label={it.reading} />}
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>
            {message.text}
            <ErrorDetails label={t.details} detail={message.detail} />
          </MessageBarBody>
        </MessageBar>
      )}
      {pending && pending.result.problems.length > 0 && (
        <section aria-label={it.problemsIntro}>
          <Text>{it.problemsIntro}</Text>
          <ul style={styles.list}>
            {pending.result.problems.map((p, i) => (
              <li key={i}>{it.problem(columnLabel(profile, p.column), p.row.cells.name ?? "", p.text, p.reason)}</li>
            ))}
          </ul>
        </section>
      )}
      {pending && pending.tables === null && pending.result.rows.length > 0 && pending.result.cells.length > 0 && (
        <section aria-label={it.cannotWrite}>
          <Text>{it.cannotWrite}</Text>
          <ul style={styles.list}>
            {pending.result.rows.map((r, i) => (
              <li key={i}>{it.computedRow(r.row.cells.name ?? "", r.vsPlan?.text ?? "—", r.vsPrev?.text ?? "—")}</li>
            ))}
          </ul>
        </section>
      )}
      {pending && pending.tables && conflicts.length > 0 && (
        <section aria-label={it.conflictsIntro}>
          <Text>{it.conflictsIntro}</Text>
          {conflicts.map((cell) => (
            <Field key={keyOf(cell)} label={it.conflict(columnLabel(profile, cell.column), cell.row.cells.name ?? "")}>
              <RadioGroup
                value={choices[keyOf(cell)] ?? "keep"}
                onChange={(_, data) => setChoices((before) => ({ ...before, [keyOf(cell)]: data.value as "keep" | "computed" }))}
              >
                <Radio value="keep" label={it.keep(cell.written)} />
                <Radio value="computed" label={it.useComputed(cell.computed.text)} />
              </RadioGroup>
            </Field>
          ))}
          <Button appearance="primary" disabledFocusable={busy || toWrite === 0} onClick={() => void write(pending, choices)}>
            {it.write(toWrite)}
          </Button>
        </section>
      )}
    </div>
  );
}
