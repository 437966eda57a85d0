import { CHECKLIST_SETTING, readStoredChecklist } from "../src/core/checklist-store";
import { CONFIRMED_EVIDENCE } from "../src/core/checklist";
import { findSections, sectionOfPlace } from "../src/core/sections";
import { allParagraphs } from "../src/core/check";
import { installSimulatedOffice, SimDocument, SimulatedOffice } from "../src/host/sim";
import { createWordHost } from "../src/host/word/word-host";
import { defaultProfile } from "../src/profiles";
import { ChecklistState, ChecklistTracker } from "../src/taskpane/checklist-tracker";
import { docOf, GOOD_REPORT } from "./helpers/model";
import { FIELDS as fields } from "./helpers/fields";

let sim: SimulatedOffice | undefined;
afterEach(() => sim?.uninstall());

/** A document with the skeleton inserted by the add-in itself, in the simulated Word. */
async function skeletonDocument(api = "1.9"): Promise<{ doc: SimDocument; sim: SimulatedOffice }> {
  const doc = SimDocument.fromBody("<w:p/>");
  doc.placeCursor(0, "end");
  sim = installSimulatedOffice(doc, { requirementSets: { WordApi: api } });
  const outcome = await createWordHost().insertSkeleton(defaultProfile, fields);
  expect(outcome.kind).toBe("inserted");
  return { doc, sim };
}

/** Starts a tracker without waiting between events, and resolves once its state satisfies `until`. */
function track(): { tracker: ChecklistTracker; next: (until: (s: ChecklistState) => boolean) => Promise<ChecklistState> } {
  let waiters: { until: (s: ChecklistState) => boolean; resolve: (s: ChecklistState) => void }[] = [];
  const tracker = new ChecklistTracker(
    createWordHost(),
    defaultProfile,
    (state) => {
      const met = waiters.filter((w) => w.until(state));
      waiters = waiters.filter((w) => !met.includes(w));
      met.forEach((w) => w.resolve(state));
    },
    0,
  );
  const next = (until: (s: ChecklistState) => boolean) =>
    until(tracker.current) ? Promise.resolve(tracker.current) : new Promise<ChecklistState>((resolve) => waiters.push({ until, resolve }));
  return { tracker, next };
}

const status = (state: ChecklistState, id: string) => state.items.get(id.split(".")[0])?.find((i) => i.id === id)?.status;

describe("the section the cursor is in", () => {
  const doc = docOf(GOOD_REPORT);
  const sections = findSections(defaultProfile, doc);
  const paragraphs = allParagraphs(doc);

  test("is told by the tag of the section control around the cursor", () => {
    expect(sectionOfPlace({ tags: ["1a"], text: "" }, sections, paragraphs)).toBe("1a");
  });

  test("is none in the skeleton's other tagged parts", () => {
    expect(sectionOfPlace({ tags: ["doc.header"], text: "SỞ LAO ĐỘNG" }, sections, paragraphs)).toBeNull();
  });

  test("in a report typed without the skeleton, is found by the cursor paragraph's text", () => {
    const paragraph = paragraphs.find((p) => p.text.startsWith("Còn khó khăn"));
    expect(paragraph).toBeDefined();
    expect(sectionOfPlace({ tags: [], text: paragraph!.text }, sections, paragraphs)).toBe("1c");
    // The heading belongs to its section too, and the match ignores accents' form and spacing.
    const heading = sections.find((s) => s.id === "2b")!.heading!;
    expect(sectionOfPlace({ tags: [], text: `  ${heading.normalize("NFD")} ` }, sections, paragraphs)).toBe("2b");
  });

  test("cannot be told from an empty paragraph or text typed since the last read", () => {
    expect(sectionOfPlace({ tags: [], text: "" }, sections, paragraphs)).toBeUndefined();
    expect(sectionOfPlace({ tags: [], text: "Một câu mới gõ sau lần đọc trước." }, sections, paragraphs)).toBeUndefined();
  });
});

describe.each(["1.9", "1.1"])("the checklist in the simulated Word, WordApi %s", (api) => {
  test("opens the cursor's section and re-judges it as the drafter writes", async () => {
    const { doc } = await skeletonDocument(api);
    const { tracker, next } = track();
    await tracker.start();
    expect(tracker.current.phase).toBe("ready");
    await tracker.resume();

    doc.typeText({ tag: "1c" }, "Còn khó khăn trong giải quyết việc làm ở nông thôn.");
    let state = await next((s) => s.current === "1c" && status(s, "1c.difficulties") === "met");
    expect(status(state, "1c.causes")).toBe("unmet");

    doc.typeText(" Nguyên nhân là do kinh tế tăng trưởng chậm.");
    state = await next((s) => status(s, "1c.causes") === "met");
    const causes = state.items.get("1c")!.find((i) => i.id === "1c.causes")!;
    expect(causes.evidence).toContain("Nguyên nhân");

    doc.placeCursor({ tag: "2b" }, "end");
    state = await next((s) => s.current === "2b");
    expect(status(state, "2b.national-assembly")).toBe("unmet");

    // Paused (its view hidden), it leaves the cursor alone; resumed, it reads what was written meanwhile and
    // catches up with where the cursor went.
    tracker.pause();
    doc.typeText({ tag: "2a" }, "Giải pháp đột phá là phát triển thị trường lao động.");
    doc.placeCursor({ tag: "1a" }, "end");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tracker.current.current).toBe("2b");
    expect(status(tracker.current, "2a.breakthrough")).toBe("unmet");
    await tracker.resume();
    expect(tracker.current.current).toBe("1a");
    expect(status(tracker.current, "2a.breakthrough")).toBe("met");
    tracker.stop();
  });

  test("a selection change costs at most two syncs", async () => {
    const { doc, sim } = await skeletonDocument(api);
    const { tracker } = track();
    await tracker.start();
    doc.placeCursor({ tag: "1b" }, "end");
    const before = sim.stats.syncs;
    await tracker.follow();
    expect(tracker.current.current).toBe("1b");
    expect(sim.stats.syncs - before).toBeLessThanOrEqual(api === "1.1" ? 3 : 2);
  });
});

describe.each([
  ["1.9", [{ kind: "selection" }, { kind: "content", tag: "1c" }]],
  ["1.1", [{ kind: "selection" }]],
])("watching the document on WordApi %s", (api, expected) => {
  test("tells selection changes, and edits of a section's control once the cursor leaves it, where content-control events exist", async () => {
    const { doc } = await skeletonDocument(api);
    const changes: unknown[] = [];
    const stop = await createWordHost().watch(["1c"], (change) => changes.push(change));
    doc.typeText({ tag: "1c" }, "Còn khó khăn.");
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Word raises onDataChanged when the cursor leaves the edited control, not per keystroke.
    expect(changes).not.toContainEqual(expect.objectContaining({ kind: "content" }));
    doc.placeCursor({ tag: "2a" }, "end");
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(changes).toEqual(expect.arrayContaining(expected));
    if (api === "1.1") expect(changes).not.toContainEqual(expect.objectContaining({ kind: "content" }));
    // Stopped (the handlers' removal travels with a sync of its own): the drafter's next edits reach no one.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = changes.length;
    doc.typeText({ tag: "1c" }, " Nguyên nhân là do thiếu vốn.");
    doc.placeCursor({ tag: "2a" }, "end");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toHaveLength(seen);
  });
});

describe("ticks and waivers", () => {
  test("are stored in the document's settings and read back when the pane opens again", async () => {
    const { doc } = await skeletonDocument();
    const first = track();
    await first.tracker.start();
    await first.tracker.mark("1b.assessment", { state: "met", at: "2017-12-15T08:00:00.000Z" });
    await first.tracker.mark("2a.breakthrough", {
      state: "waived",
      reason: "Tỉnh chưa xác định giải pháp đột phá",
      at: "2017-12-15T08:01:00.000Z",
    });
    first.tracker.stop();

    // settings.saveAsync puts them into the document; the file keeps them once the drafter saves.
    expect(doc.settings[CHECKLIST_SETTING]).toEqual({
      profile: defaultProfile.id,
      items: {
        "1b.assessment": { state: "met", at: "2017-12-15T08:00:00.000Z" },
        "2a.breakthrough": { state: "waived", reason: "Tỉnh chưa xác định giải pháp đột phá", at: "2017-12-15T08:01:00.000Z" },
      },
    });

    const again = track();
    await again.tracker.start();
    expect(status(again.tracker.current, "1b.assessment")).toBe("met");
    expect(status(again.tracker.current, "2a.breakthrough")).toBe("waived");
    await again.tracker.mark("1b.assessment", null);
    expect(status(again.tracker.current, "1b.assessment")).toBe("manual");
    again.tracker.stop();
  });

  test("an automatic item the drafter confirms (Đã có) is met as the drafter's word, apart from what the text proves", async () => {
    const { doc } = await skeletonDocument();
    doc.typeText({ tag: "1c" }, "Còn khó khăn trong giải quyết việc làm, vì doanh nghiệp trên địa bàn chủ yếu là nhỏ và vừa.");
    const { tracker } = track();
    await tracker.start();
    expect(status(tracker.current, "1c.causes")).toBe("unmet");
    await tracker.mark("1c.causes", { state: "met", by: "drafter", at: "2017-12-15T08:00:00.000Z" });
    const causes = tracker.current.items.get("1c")!.find((i) => i.id === "1c.causes")!;
    expect(causes).toMatchObject({ status: "met", confirmed: true, evidence: CONFIRMED_EVIDENCE });
    expect((doc.settings[CHECKLIST_SETTING] as { items: Record<string, unknown> }).items["1c.causes"]).toMatchObject({
      state: "met",
      by: "drafter",
    });
    // What the text proves carries no such mark.
    expect(tracker.current.items.get("1c")!.find((i) => i.id === "1c.difficulties")).not.toHaveProperty("confirmed");
    tracker.stop();
  });

  test("malformed stored data is ignored with a warning, and the first tick replaces it", async () => {
    const { doc } = await skeletonDocument();
    Office.context.document.settings.set(CHECKLIST_SETTING, "{not json");
    await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
    const { tracker } = track();
    await tracker.start();
    expect(tracker.current.storedWarning?.vi).toMatch(/bị hỏng/);
    expect(tracker.current.phase).toBe("ready");
    await tracker.mark("2a.feasible", { state: "met", at: "2017-12-15T08:00:00.000Z" });
    expect(tracker.current.storedWarning).toBeUndefined();
    expect(readStoredChecklist(doc.settings[CHECKLIST_SETTING], defaultProfile).marks).toEqual({
      "2a.feasible": { state: "met", at: "2017-12-15T08:00:00.000Z" },
    });
    tracker.stop();
  });
});

describe("reading stored marks", () => {
  test.each([
    ["JSON that is not an object", "[1,2]"],
    ["items that are not an object", '{"profile":"x","items":3}'],
    ["a state that is not met or waived", { profile: defaultProfile.id, items: { "1b.assessment": { state: "done" } } }],
    ["a reason that is not text", { profile: defaultProfile.id, items: { "2a.feasible": { state: "waived", reason: 7 } } }],
    ["text that is not JSON", "{"],
  ])("warns and keeps nothing wrong for %s", (_, value) => {
    const { marks, warning } = readStoredChecklist(value, defaultProfile);
    expect(warning?.en).toMatch(/malformed/);
    expect(Object.values(marks).every((m) => m.state === "met" || m.state === "waived")).toBe(true);
  });

  test("ignores marks stored for another profile or for items the profile does not have", () => {
    expect(readStoredChecklist({ profile: "other-2019", items: { "1b.assessment": { state: "met" } } }, defaultProfile)).toMatchObject({
      marks: {},
      warning: { en: expect.stringMatching(/another report profile/) },
    });
    expect(readStoredChecklist({ profile: defaultProfile.id, items: { "9z.unknown": { state: "met" } } }, defaultProfile)).toEqual({
      marks: {},
    });
  });
});

test("text the drafter deleted with Track Changes on is never counted, in the whole document or in one section", async () => {
  // Word on Windows leaves tracked deletions out of the text; the reader leaves w:del out of the model.
  const { doc } = await skeletonDocument();
  doc.typeText({ tag: "1c" }, "Còn nhiều khó khăn; nguyên nhân là do thiếu vốn.");
  doc.trackChanges = true;
  const at = doc.paragraphs().find((p) => p.tags.includes("1c") && p.text.startsWith("Còn nhiều"))!.index;
  doc.setParagraphText(at, "Đang cập nhật.");
  const { tracker } = track();
  await tracker.start();
  expect(tracker.current.sections.find((s) => s.id === "1c")?.status).toBe("empty");
  expect(status(tracker.current, "1c.difficulties")).toBe("unmet");
  await tracker.rejudge("1c");
  expect(status(tracker.current, "1c.difficulties")).toBe("unmet");
  const model = await createWordHost().readDocument();
  expect(model.trackedChanges.deletions).toBeGreaterThan(0);
  tracker.stop();
});

test("a section whose control Word cannot read alone is judged from the whole document read again", async () => {
  // Issue 10: ContentControl.getOoxml "fails or drops child controls on some hosts".
  const { doc } = await skeletonDocument();
  const host = createWordHost();
  const tracker = new ChecklistTracker(
    { ...host, readTagged: () => Promise.reject(new Error("GeneralException")) },
    defaultProfile,
    () => undefined,
    0,
  );
  await tracker.start();
  expect(status(tracker.current, "1c.difficulties")).toBe("unmet");
  doc.typeText({ tag: "1c" }, "Còn nhiều khó khăn trong giải quyết việc làm.");
  await tracker.rejudge("1c");
  expect(status(tracker.current, "1c.difficulties")).toBe("met");
  tracker.stop();
});

describe("Word's errors, kept for “Chi tiết”", () => {
  /** What Word's API rejects with: an OfficeExtension.Error-like object, its code apart from its message. */
  const generalException = () => ({ code: "GeneralException", message: "An internal error has occurred." });

  test("a whole-document read that fails keeps Word's code and message, until a read succeeds", async () => {
    await skeletonDocument();
    const host = createWordHost();
    let fail = true;
    const tracker = new ChecklistTracker(
      { ...host, readDocument: () => (fail ? Promise.reject(generalException()) : host.readDocument()) },
      defaultProfile,
      () => undefined,
      0,
    );
    await tracker.start();
    expect(tracker.current.phase).toBe("failed");
    expect(tracker.current.readError).toBe("GeneralException: An internal error has occurred.");
    fail = false;
    await tracker.refresh();
    expect(tracker.current.phase).toBe("ready");
    expect(tracker.current.readError).toBeNull();
    tracker.stop();
  });

  test("a watch Word refuses keeps why the checklist no longer follows, until a watch succeeds", async () => {
    await skeletonDocument();
    const host = createWordHost();
    let fail = true;
    const tracker = new ChecklistTracker(
      { ...host, watch: (tags, handler) => (fail ? Promise.reject(generalException()) : host.watch(tags, handler)) },
      defaultProfile,
      () => undefined,
      0,
    );
    await tracker.start();
    await tracker.resume();
    expect(tracker.current.phase).toBe("ready");
    expect(tracker.current.followError).toBe("GeneralException: An internal error has occurred.");
    tracker.pause();
    fail = false;
    await tracker.resume();
    expect(tracker.current.followError).toBeNull();
    tracker.stop();
  });
});
