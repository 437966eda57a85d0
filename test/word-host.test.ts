import { serializeXml } from "../src/core/ooxml/xml";
import { skeletonPartInfo } from "../src/core/skeleton/parts";
import { installSimulatedOffice, SimDocument, SimulatedOffice } from "../src/host/sim";
import { createWordHost, FIELDS_SETTING } from "../src/host/word/word-host";
import { defaultProfile, sectionsOf } from "../src/profiles";
import { FIELDS as fields } from "./helpers/fields";

const allTags = skeletonPartInfo(defaultProfile).flatMap((p) => p.tags);
const DRAFT = ["Ghi chú của người soạn: số liệu lấy từ phòng Việc làm.", "Đoạn thứ hai <giữ nguyên> & không được mất."];

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`;
const draftDocument = () => SimDocument.fromBody(DRAFT.map(para).join(""));

let sim: SimulatedOffice | undefined;
function install(doc: SimDocument, options: Parameters<typeof installSimulatedOffice>[1] = {}) {
  sim = installSimulatedOffice(doc, options);
  return sim;
}
afterEach(() => sim?.uninstall());

const texts = (doc: SimDocument) => doc.paragraphs().map((p) => p.text);
const tagsOf = (doc: SimDocument) => doc.contentControls().map((c) => c.tag);

describe.each(["1.9", "1.1"])("inserting the skeleton on WordApi %s", (api) => {
  test("puts every part in once, flat, at the cursor, and keeps the drafter's paragraphs in order", async () => {
    const doc = draftDocument();
    doc.placeCursor(0, "end");
    const { stats } = install(doc, { requirementSets: { WordApi: api } });
    const outcome = await createWordHost().insertSkeleton(defaultProfile, fields);

    expect(outcome).toEqual({ kind: "inserted", parts: skeletonPartInfo(defaultProfile).map((p) => p.id), where: "cursor" });
    expect(tagsOf(doc).sort()).toEqual([...allTags].sort());
    expect(doc.contentControls().every((c) => c.depth === 0)).toBe(true);
    const all = texts(doc);
    expect(all[0]).toBe(DRAFT[0]);
    expect(all[all.length - 1]).toBe(DRAFT[1]);
    const headings = sectionsOf(defaultProfile).map((s) => all.indexOf(s.heading));
    expect(headings.every((i, k) => i > 0 && (k === 0 || i > headings[k - 1]))).toBe(true);
    // One explicit sync reads the document; Word.run's closing sync carries the insertion. Word 2016 cannot ask
    // for the cursor's control without failing the batch, so it spends one small read first.
    expect(stats.syncs).toBe(api === "1.1" ? 2 : 1);
    expect(stats.roundTrips).toBe(api === "1.1" ? 3 : 2);
  });

  test("with the cursor inside a content control, inserts after that control, never inside it", async () => {
    const doc = SimDocument.fromBody(
      para(DRAFT[0]) +
        `<w:sdt><w:sdtPr><w:tag w:val="ghi-chu"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${para("Nội dung trong ô của người soạn.")}</w:sdtContent></w:sdt>` +
        para(DRAFT[1]),
    );
    doc.placeCursor({ tag: "ghi-chu" }, 5);
    install(doc, { requirementSets: { WordApi: api } });
    const outcome = await createWordHost().insertSkeleton(defaultProfile, fields);

    expect(outcome).toMatchObject({ kind: "inserted", where: "after-control" });
    const controls = doc.contentControls();
    expect(controls.every((c) => c.depth === 0)).toBe(true);
    expect(controls.find((c) => c.tag === "ghi-chu")?.text).toBe("Nội dung trong ô của người soạn.");
    const all = texts(doc);
    expect(all.indexOf("Nội dung trong ô của người soạn.")).toBeLessThan(all.indexOf(defaultProfile.document.title));
    expect(all[all.length - 1]).toBe(DRAFT[1]);
  });

  test("a second insertion adds only the missing parts, in their places", async () => {
    const doc = draftDocument();
    install(doc, { requirementSets: { WordApi: api } });
    const host = createWordHost();
    await host.insertSkeleton(defaultProfile, fields);
    // The drafter deletes section 1c's control and the closing table's controls.
    const control1c = doc.controlElements().find((el) => serializeXml(el).includes('<w:tag w:val="1c"/>'));
    if (!control1c) throw new Error("no control 1c");
    doc.deleteControl(control1c, false);
    doc.typeText({ tag: "1a" }, "Giải quyết việc làm cho 19.850 người.");
    const before = await host.readSkeletonState(defaultProfile);
    expect(before.missingParts).toEqual(["1c"]);

    const outcome = await host.insertSkeleton(defaultProfile, fields);
    expect(outcome).toMatchObject({ kind: "inserted", parts: ["1c"], where: "in-place" });
    const order = doc
      .contentControls()
      .map((c) => c.tag)
      .filter((t) => ["1a", "1b", "1c", "2"].includes(t));
    expect(order).toEqual(["1a", "1b", "1c", "2"]);
    expect(doc.contentControls().find((c) => c.tag === "1a")?.text).toContain("19.850 người");
    expect((await host.readSkeletonState(defaultProfile)).complete).toBe(true);
    // The heading the drafter left stands once, right above its control again.
    const heading1c = sectionsOf(defaultProfile).find((s) => s.id === "1c")!.heading;
    const paragraphs = doc.paragraphs();
    expect(paragraphs.filter((p) => p.text === heading1c)).toHaveLength(1);
    const at = paragraphs.findIndex((p) => p.text === heading1c);
    expect(paragraphs[at + 1].tags).toContain("1c");
  });

  test("a section's control and the part after it deleted, the heading kept: both come back under it, in order", async () => {
    const doc = draftDocument();
    install(doc, { requirementSets: { WordApi: api } });
    const host = createWordHost();
    await host.insertSkeleton(defaultProfile, fields);
    for (const tag of ["1c", "2"]) {
      const control = doc.controlElements().find((el) => serializeXml(el).includes(`<w:tag w:val="${tag}"/>`));
      if (!control) throw new Error(`no control ${tag}`);
      doc.deleteControl(control, false);
    }
    const outcome = await host.insertSkeleton(defaultProfile, fields);
    expect(outcome).toMatchObject({ kind: "inserted", parts: ["1c", "2"] });
    const all = texts(doc);
    const heading1c = sectionsOf(defaultProfile).find((s) => s.id === "1c")!.heading;
    expect(all.filter((t) => t === heading1c)).toHaveLength(1);
    expect(tagsOf(doc).filter((t) => ["1b", "1c", "2", "2a"].includes(t))).toEqual(["1b", "1c", "2", "2a"]);
    const headings = sectionsOf(defaultProfile).map((s) => all.indexOf(s.heading));
    expect(headings.every((i, k) => i > 0 && (k === 0 || i > headings[k - 1]))).toBe(true);
  });

  test("a complete skeleton is not inserted twice", async () => {
    const doc = draftDocument();
    install(doc, { requirementSets: { WordApi: api } });
    const host = createWordHost();
    await host.insertSkeleton(defaultProfile, fields);
    const xml = doc.toDocumentXml();
    expect(await host.insertSkeleton(defaultProfile, fields)).toEqual({ kind: "already-present" });
    expect(doc.toDocumentXml()).toBe(xml);
  });
});

test("a selection over the drafter's text is kept whole: the skeleton goes after its paragraph", async () => {
  const doc = draftDocument();
  doc.selectText(0, 5, 20);
  install(doc);
  await createWordHost().insertSkeleton(defaultProfile, fields);
  const all = texts(doc);
  expect(all[0]).toBe(DRAFT[0]);
  expect(all[1]).toBe("UBND TỈNH THANH HÓA");
  expect(all[all.length - 1]).toBe(DRAFT[1]);
});

test("in an empty paragraph the skeleton takes its place", async () => {
  const doc = SimDocument.fromBody(para(DRAFT[0]) + "<w:p/>" + para(DRAFT[1]));
  doc.placeCursor(1);
  install(doc);
  await createWordHost().insertSkeleton(defaultProfile, fields);
  const all = texts(doc);
  expect(all.slice(0, 2)).toEqual([DRAFT[0], "UBND TỈNH THANH HÓA"]);
  expect(all[all.length - 1]).toBe(DRAFT[1]);
});

test("a read-only document is left alone with a reason the pane can explain", async () => {
  const doc = draftDocument();
  const xml = doc.toDocumentXml();
  install(doc, { readOnly: true });
  // The support desk reads Word's own words under "Chi tiết".
  expect(await createWordHost().insertSkeleton(defaultProfile, fields)).toEqual({
    kind: "failed",
    reason: "document-read-only",
    detail: "AccessDenied: You cannot perform the requested operation.",
  });
  expect(doc.toDocumentXml()).toBe(xml);
});

test("reading the state of an empty document says nothing is there", async () => {
  install(new SimDocument());
  const state = await createWordHost().readSkeletonState(defaultProfile);
  expect(state).toMatchObject({ none: true, complete: false, presentTags: [] });
  expect(state.missingParts).toHaveLength(skeletonPartInfo(defaultProfile).length);
});

test("the fields are kept in the document's settings, and foreign values are ignored", async () => {
  const doc = new SimDocument();
  const { Office: office } = install(doc);
  const host = createWordHost();
  expect(host.loadFields()).toBeNull();
  await host.saveFields(fields);
  expect(host.loadFields()).toEqual(fields);
  expect(doc.settings[FIELDS_SETTING]).toEqual(fields);
  office.context.document.settings.set(FIELDS_SETTING, { province: 42 });
  expect(host.loadFields()).toBeNull();
});

/* Issue 10: what real Word does that the adapter must be right about ------------------------------------------------ */

const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;
/** The drafter's notes with a two-by-two table between them. */
const draftWithTable = () =>
  SimDocument.fromBody(
    para(DRAFT[0]) +
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
      `<w:tr>${cell("Chỉ tiêu")}${cell("TH 2017")}</w:tr><w:tr>${cell("Việc làm")}${cell("19.850")}</w:tr></w:tbl>` +
      para(DRAFT[1]),
  );

describe.each([
  ["1.9", "after-control"],
  ["1.1", "end"],
])("with the cursor in a table cell on WordApi %s", (api, where) => {
  test("the skeleton never goes inside the cell, and the drafter is told where it went", async () => {
    const doc = draftWithTable();
    doc.placeCursor(3, "end");
    expect(doc.paragraphs()[3]).toMatchObject({ text: "Việc làm", inTable: true });
    install(doc, { requirementSets: { WordApi: api } });
    const outcome = await createWordHost().insertSkeleton(defaultProfile, fields);

    expect(outcome).toMatchObject({ kind: "inserted", where });
    expect(
      doc
        .paragraphs()
        .filter((p) => p.inTable && p.tags.length > 0 && p.tags.every((t) => !t.startsWith("doc.")))
        .map((p) => p.text),
    ).toEqual([]);
    // The table holds only the drafter's four cells, and the skeleton's own header table comes after it.
    expect(
      doc
        .paragraphs()
        .slice(1, 5)
        .map((p) => p.text),
    ).toEqual(["Chỉ tiêu", "TH 2017", "Việc làm", "19.850"]);
    expect(texts(doc).indexOf(defaultProfile.document.title)).toBeGreaterThan(4);
  });
});

test("Word 2016 builds that throw GeneralException for parentContentControl: the skeleton goes to the end, not nowhere", async () => {
  // Issue 10: "Word 2016 desktop builds have been reported to throw GeneralException there" (where the reference says
  // ItemNotFound).
  const doc = draftDocument();
  doc.placeCursor(0, "end");
  install(doc, { requirementSets: { WordApi: "1.1" }, missingObjectError: "GeneralException" });
  const host = createWordHost();
  expect(await host.readPlace()).toEqual({ tags: [], text: DRAFT[0] });
  const outcome = await host.insertSkeleton(defaultProfile, fields);
  expect(outcome).toMatchObject({ kind: "inserted", where: "end" });
  expect(texts(doc).slice(0, 2)).toEqual(DRAFT);
  expect(tagsOf(doc).sort()).toEqual([...allTags].sort());
});

test("a footer's control tagged like a section is never taken for it", async () => {
  // Document.contentControls "includes content controls in the body of the document, headers, footers, textboxes":
  // the adapter asks the body.
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sdt = (tag: string, text: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="9"/></w:sdtPr><w:sdtContent>${para(text)}</w:sdtContent></w:sdt>`;
  const doc = SimDocument.fromPackageParts({
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="${R}/footer" Target="footer1.xml"/></Relationships>`,
    "word/document.xml": `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${DRAFT.map(para).join("")}<w:sectPr><w:footerReference w:type="default" r:id="rId8"/></w:sectPr></w:body></w:document>`,
    "word/footer1.xml": `<w:ftr xmlns:w="${W}">${sdt("1a", "Trang chân")}</w:ftr>`,
  });
  doc.placeCursor(0, "end");
  install(doc);
  const host = createWordHost();
  expect((await host.readSkeletonState(defaultProfile)).presentTags).toEqual([]);
  await host.insertSkeleton(defaultProfile, fields);
  expect((await host.readSkeletonState(defaultProfile)).complete).toBe(true);
  // Going to section 1a goes to the body's control, not the footer's.
  expect(await host.select({ tag: "1a" })).toBe(true);
  const selected = doc.paragraphs()[doc.selectionInfo().start.paragraph];
  expect(selected.tags).toContain("1a");
  expect((await host.readTagged("1a"))?.blocks.length).toBeGreaterThan(0);
});
