import { strToU8, zipSync } from "fflate";
import { Paragraph, Table } from "../src/core/model";
import { WordprocessingMLParts, readFlatOpc, readWordprocessingML } from "../src/core/ooxml/read";
import { XmlError } from "../src/core/ooxml/xml";
import { nodeCodecs } from "../src/cli/node-codecs";
import { readDocx } from "../src/host/docx/read";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
const V = "urn:schemas-microsoft-com:vml";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

const document = (body: string, namespaces = `xmlns:w="${W}"`) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${body}</w:body></w:document>`;
const styles = (content: string) => `<w:styles xmlns:w="${W}">${content}</w:styles>`;
const p = (content: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
const r = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const sdt = (tag: string, content: string, extra = "") =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/>${extra}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const tc = (content: string) => `<w:tc>${content}</w:tc>`;
const tr = (content: string) => `<w:tr>${content}</w:tr>`;
const tbl = (content: string) => `<w:tbl><w:tblPr/><w:tblGrid/>${content}</w:tbl>`;

function paragraphs(parts: WordprocessingMLParts): Paragraph[] {
  return readWordprocessingML(parts).blocks.flatMap((block) => (block.kind === "paragraph" ? [block] : block.paragraphs));
}
const only = (parts: WordprocessingMLParts) => paragraphs(parts)[0];

describe("text", () => {
  test("runs, tabs and breaks; field instructions left out", () => {
    const body = p(`${r("Số:")}<w:r><w:tab/><w:t>1</w:t><w:br/><w:t>2</w:t><w:cr/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`);
    expect(only({ document: document(body) }).text).toBe("Số:\t1\n2\n");
  });

  test("deleted text is left out, inserted text kept, both counted with samples", () => {
    const body = p(
      `${r("Kết quả ")}<w:del w:id="1" w:author="A"><w:r><w:delText>cũ </w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="A">${r("mới")}</w:ins>`,
    );
    const model = readWordprocessingML({ document: document(body) });
    expect((model.blocks[0] as Paragraph).text).toBe("Kết quả mới");
    expect(model.trackedChanges).toEqual({ insertions: 1, deletions: 1, samples: ["-cũ", "+mới"] });
  });

  test("moved text reads at its destination and counts as one insertion and one deletion", () => {
    const body =
      p(`<w:moveFrom w:id="1" w:author="A">${r("dời ")}</w:moveFrom>${r("giữ")}`) +
      p(`<w:moveTo w:id="2" w:author="A">${r("dời")}</w:moveTo>`);
    const model = readWordprocessingML({ document: document(body) });
    expect(model.blocks.map((block) => (block as Paragraph).text)).toEqual(["giữ", "dời"]);
    expect(model.trackedChanges).toEqual({ insertions: 1, deletions: 1, samples: ["-dời", "+dời"] });
  });

  test("revision marks on paragraph marks and table rows are counted", () => {
    const body =
      p(r("a"), `<w:rPr><w:ins w:id="1" w:author="A"/></w:rPr>`) +
      tbl(`<w:tr><w:trPr><w:del w:id="2" w:author="A"/></w:trPr>${tc(p(""))}</w:tr>`);
    expect(readWordprocessingML({ document: document(body) }).trackedChanges).toMatchObject({ insertions: 1, deletions: 1 });
  });

  test("decomposed (NFD) text is normalised to NFC", () => {
    const nfd = "Việt Nam, kế hoạch".normalize("NFD");
    expect(nfd.length).toBeGreaterThan("Việt Nam, kế hoạch".length);
    expect(only({ document: document(p(r(nfd))) }).text).toBe("Việt Nam, kế hoạch");
  });

  test("hyperlinks, smart tags, custom XML and simple fields are read through", () => {
    const body = p(
      `<w:hyperlink w:anchor="x">${r("a")}</w:hyperlink><w:smartTag w:element="place">${r("b")}</w:smartTag>` +
        `<w:customXml w:element="c">${r("c")}</w:customXml><w:fldSimple w:instr="PAGE">${r("1")}</w:fldSimple>`,
    );
    expect(only({ document: document(body) }).text).toBe("abc1");
  });
});

describe("styles", () => {
  const headingStyles = styles(
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục báo cáo"/><w:basedOn w:val="Heading1"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="u2"><w:name w:val="heading 2"/></w:style>` +
      `<w:style w:type="character" w:styleId="Dam"><w:name w:val="Đậm"/><w:rPr><w:b/></w:rPr></w:style>`,
  );

  test("a heading-styled paragraph gets its outline level through the basedOn chain, and its style name", () => {
    const paragraph = only({ document: document(p(r("I. ĐÁNH GIÁ"), `<w:pStyle w:val="Muc"/>`)), styles: headingStyles });
    expect(paragraph).toMatchObject({ style: "Muc", styleName: "Mục báo cáo", outlineLevel: 0, bold: true });
  });

  test("a 'heading N' style without w:outlineLvl gives level N-1; outline level 9 is body text", () => {
    const [named, body] = paragraphs({
      document: document(p(r("x"), `<w:pStyle w:val="u2"/>`) + p(r("y"), `<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>`)),
      styles: headingStyles,
    });
    expect(named.outlineLevel).toBe(1);
    expect(body.outlineLevel).toBeUndefined();
  });

  test("a paragraph without w:pStyle, or naming a style that does not exist, has the default paragraph style", () => {
    const [none, missing] = paragraphs({ document: document(p(r("x")) + p(r("y"), `<w:pStyle w:val="Foobar"/>`)), styles: headingStyles });
    expect(none).toMatchObject({ style: "Normal", styleName: "Normal" });
    expect(missing).toMatchObject({ style: "Normal", styleName: "Normal" });
  });

  test("bold through paragraph style, character style and direct formatting; direct w:b=0 wins", () => {
    const [viaParagraph, viaCharacter, mixed, switchedOff, spaces] = paragraphs({
      document: document(
        p(r("a"), `<w:pStyle w:val="Heading1"/>`) +
          p(r("b", `<w:rStyle w:val="Dam"/>`) + r("c", "<w:b/>")) +
          p(r("d", "<w:b/>") + r("e")) +
          p(r("f", `<w:b w:val="0"/>`), `<w:pStyle w:val="Heading1"/>`) +
          p(r("g", "<w:b/>") + r("   ") + r("h", `<w:b w:val="true"/>`)),
      ),
      styles: headingStyles,
    });
    expect(viaParagraph.bold).toBe(true);
    expect(viaCharacter.bold).toBe(true);
    expect(mixed.bold).toBe(false);
    expect(switchedOff.bold).toBe(false);
    expect(spaces.bold).toBe(true);
  });

  test("italic, alignment, fonts (theme fonts resolved) and sizes", () => {
    const theme =
      `<a:theme xmlns:a="${A}" name="Office"><a:themeElements><a:fontScheme name="Office">` +
      `<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
      `<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface="Arial"/></a:minorFont>` +
      `</a:fontScheme></a:themeElements></a:theme>`;
    const docStyles = styles(
      `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>` +
        `<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    );
    const [defaults, direct, legacy] = paragraphs({
      document: document(
        p(r("mặc định")) +
          p(
            r("Hà Nội", `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:i/><w:sz w:val="28"/>`),
            `<w:jc w:val="center"/>`,
          ) +
          p(r("Céng hoµ", `<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:sz w:val="26"/>`) + r("x", `<w:sz w:val="28"/>`)),
      ),
      styles: docStyles,
      theme,
    });
    expect(defaults).toMatchObject({ fonts: ["Calibri"], sizesHalfPt: [22], alignment: "both", italic: false });
    expect(direct).toMatchObject({ fonts: ["Times New Roman"], sizesHalfPt: [28], alignment: "center", italic: true });
    expect(legacy.fonts).toEqual([".VnTime", "Calibri"]);
    expect(legacy.sizesHalfPt).toEqual([26, 28]);
  });

  test("the complex-script font counts only for runs shown with it", () => {
    const paragraph = only({
      document: document(p(r("x", `<w:rFonts w:ascii="A" w:hAnsi="A" w:cs="B"/>`) + r("y", `<w:rFonts w:cs="C"/><w:rtl/>`))),
    });
    expect(paragraph.fonts).toEqual(["A", "C"]);
  });

  test("a style cycle does not hang", () => {
    const cyclic = styles(
      `<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>`,
    );
    expect(only({ document: document(p(r("x"), `<w:pStyle w:val="A"/>`)), styles: cyclic }).bold).toBe(true);
  });
});

describe("numbering", () => {
  const numbering =
    `<w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:pStyle w:val="Muc"/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const listStyles = styles(
    `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`,
  );
  const numPr = (numId: string, ilvl?: string) =>
    `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;

  test("direct w:numPr with its level's format and text", () => {
    const [first, second] = paragraphs({ document: document(p(r("A"), numPr("1", "0")) + p(r("B"), numPr("1", "1"))), numbering });
    expect(first).toMatchObject({ numbered: true, numberingLevel: 0, numberingFormat: "upperRoman", numberingText: "%1." });
    expect(second).toMatchObject({ numbered: true, numberingLevel: 1, numberingFormat: "decimal", numberingText: "%2." });
  });

  test("numbering through the paragraph style, level from the list's w:pStyle", () => {
    const paragraph = only({ document: document(p(r("a"), `<w:pStyle w:val="Muc"/>`)), styles: listStyles, numbering });
    expect(paragraph).toMatchObject({ numbered: true, numberingLevel: 0, numberingFormat: "lowerLetter", numberingText: "%1)" });
  });

  test("numId 0 removes numbering; an undefined list is no numbering", () => {
    const [removed, unknown] = paragraphs({
      document: document(p(r("a"), `<w:pStyle w:val="Muc"/>${numPr("0")}`) + p(r("b"), numPr("7", "0"))),
      styles: listStyles,
      numbering,
    });
    expect(removed.numbered).toBe(false);
    expect(removed.numberingLevel).toBeUndefined();
    expect(unknown.numbered).toBe(false);
  });

  test("without a numbering part, w:numPr still marks the paragraph numbered", () => {
    expect(only({ document: document(p(r("a"), numPr("3", "2"))) })).toMatchObject({ numbered: true, numberingLevel: 2 });
  });
});

describe("content controls", () => {
  test("nested block controls give tags outermost first; run-level tags follow", () => {
    const body = sdt("1", p(r("I. ĐÁNH GIÁ"))) + sdt("1a", sdt("1a.body", p(`${r("Số: ")}${sdt("doc.number", r("12"))}`)));
    const [group, section] = paragraphs({ document: document(body) });
    expect(group.tags).toEqual(["1"]);
    expect(section.tags).toEqual(["1a", "1a.body", "doc.number"]);
  });

  test("row- and cell-level controls tag the cell paragraphs; the table keeps its enclosing tags", () => {
    const body = sdt("header", tbl(sdt("row", tr(sdt("doc.agency", tc(p(r("SỞ LAO ĐỘNG"))), "") + tc(p(r("CỘNG HÒA")))))));
    const table = readWordprocessingML({ document: document(body) }).blocks[0] as Table;
    expect(table.tags).toEqual(["header"]);
    expect(table.paragraphs.map((paragraph) => paragraph.tags)).toEqual([
      ["header", "row", "doc.agency"],
      ["header", "row"],
    ]);
    expect(table.rows).toEqual([["SỞ LAO ĐỘNG", "CỘNG HÒA"]]);
  });

  test("placeholder: inside a control showing it, or all visible text from such run-level controls", () => {
    const body =
      sdt("1a", p(r("Nêu kết quả thực hiện…")), "<w:showingPlcHdr/>") +
      p(sdt("doc.number", r("…"), "<w:showingPlcHdr/>")) +
      p(r("Số: ") + sdt("doc.number", r("…"), "<w:showingPlcHdr/>")) +
      sdt("1b", p(r("Đã viết")));
    expect(paragraphs({ document: document(body) }).map((paragraph) => paragraph.placeholder)).toEqual([true, true, false, false]);
  });
});

describe("tables", () => {
  test("rows of cell texts; cell paragraphs are indexed in reading order and marked inTable", () => {
    const body = p(r("trước")) + tbl(tr(tc(p(r("a")) + p(r("b"))) + tc(p(r("c")))) + tr(tc(p(r("d"))) + tc(p("")))) + p(r("sau"));
    const model = readWordprocessingML({ document: document(body) });
    const table = model.blocks[1] as Table;
    expect(table.rows).toEqual([
      ["a\nb", "c"],
      ["d", ""],
    ]);
    expect(table.paragraphs.map((paragraph) => [paragraph.index, paragraph.text, paragraph.inTable])).toEqual([
      [1, "a", true],
      [2, "b", true],
      [3, "c", true],
      [4, "d", true],
      [5, "", true],
    ]);
    expect(model.blocks[2]).toMatchObject({ index: 6, text: "sau", inTable: false });
  });

  test("a nested table's paragraphs join the outer cell and table", () => {
    const body = tbl(tr(tc(p(r("ngoài")) + tbl(tr(tc(p(r("trong"))))))));
    const table = readWordprocessingML({ document: document(body) }).blocks[0] as Table;
    expect(table.rows).toEqual([["ngoài\ntrong"]]);
    expect(table.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1]);
  });
});

describe("alternate content and text boxes", () => {
  const textBox = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
  const namespaces = `xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:v="${V}" xmlns:x15="urn:example:unknown"`;

  test("text-box paragraphs follow their anchor paragraph, read once from the understood choice", () => {
    const body =
      p(
        r("neo") +
          `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${textBox("hộp chữ")}</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:shape><v:textbox>${textBox("hộp chữ")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
      ) + p(r("tiếp"));
    expect(paragraphs({ document: document(body, namespaces) }).map((paragraph) => [paragraph.index, paragraph.text])).toEqual([
      [0, "neo"],
      [1, "hộp chữ"],
      [2, "tiếp"],
    ]);
  });

  test("a choice requiring an unknown namespace falls back", () => {
    const body = p(
      `<mc:AlternateContent><mc:Choice Requires="x15">${r("mới")}</mc:Choice><mc:Fallback>${r("cũ")}</mc:Fallback></mc:AlternateContent>`,
    );
    expect(only({ document: document(body, namespaces) }).text).toBe("cũ");
  });

  test("legacy VML text boxes without alternate content are read too", () => {
    const body = p(`<w:r><w:pict><v:shape><v:textbox>${textBox("VML")}</v:textbox></v:shape></w:pict></w:r>`);
    expect(paragraphs({ document: document(body, namespaces) }).map((paragraph) => paragraph.text)).toEqual(["", "VML"]);
  });
});

describe("namespaces", () => {
  const body = (prefix: string) =>
    `<${prefix}p><${prefix}pPr><${prefix}pStyle ${prefix}val="Heading1"/></${prefix}pPr>` +
    `<${prefix}r><${prefix}rPr><${prefix}b/></${prefix}rPr><${prefix}t>Tiêu đề</${prefix}t></${prefix}r></${prefix}p>`;
  const headingStyle = (prefix: string, uri: string) =>
    `<${prefix}styles xmlns:${prefix.slice(0, -1)}="${uri}"><${prefix}style ${prefix}type="paragraph" ${prefix}styleId="Heading1">` +
    `<${prefix}name ${prefix}val="heading 1"/><${prefix}pPr><${prefix}outlineLvl ${prefix}val="0"/></${prefix}pPr></${prefix}style></${prefix}styles>`;
  const expected = { text: "Tiêu đề", style: "Heading1", styleName: "heading 1", outlineLevel: 0, bold: true };

  test("strict OOXML (purl.oclc.org) reads like transitional", () => {
    const strict = `<w:document xmlns:w="${W_STRICT}" w:conformance="strict"><w:body>${body("w:")}</w:body></w:document>`;
    expect(only({ document: strict, styles: headingStyle("w:", W_STRICT) })).toMatchObject(expected);
  });

  test("a prefix other than w, and a namespace declared on an inner element", () => {
    const other = `<x:document xmlns:x="${W}" xmlns:w="urn:not-wordprocessingml"><x:body>${body("x:")}</x:body></x:document>`;
    expect(only({ document: other, styles: headingStyle("s:", W) })).toMatchObject(expected);
    const inner = `<document xmlns="${W}"><body><q:p xmlns:q="${W_STRICT}"><q:r><q:t>Tiêu đề</q:t></q:r></q:p></body></document>`;
    expect(only({ document: inner }).text).toBe("Tiêu đề");
  });

  test("elements of another namespace named like WordprocessingML ones are not read", () => {
    const decoy = `<w:document xmlns:w="${W}" xmlns:z="urn:decoy"><w:body><z:p><w:r><w:t>x</w:t></w:r></z:p>${p(r("y"))}</w:body></w:document>`;
    expect(paragraphs({ document: decoy }).map((paragraph) => paragraph.text)).toEqual(["y"]);
  });
});

describe("comments, settings and errors", () => {
  test("comments with id, author and text", () => {
    const comments = `<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="Vụ KHTC" w:initials="K">${p(r("Bổ sung số liệu"))}${p(r("năm 2016"))}</w:comment></w:comments>`;
    const model = readWordprocessingML({ document: document(p(r("a"))), comments });
    expect(model.comments).toEqual([{ id: "0", author: "Vụ KHTC", text: "Bổ sung số liệu\nnăm 2016" }]);
  });

  test("web-extension properties become settings", () => {
    const extension =
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}">` +
      `<we:reference id="x" version="1.0" store="" storeType="OMEX"/><we:properties>` +
      `<we:property name="report-drafter" value="{&quot;ticks&quot;:[]}"/></we:properties></we:webextension>`;
    expect(readWordprocessingML({ document: document(""), webExtensions: [extension] }).settings).toEqual({
      "report-drafter": '{"ticks":[]}',
    });
  });

  test("an empty body gives no blocks", () => {
    expect(readWordprocessingML({ document: document("") })).toEqual({
      blocks: [],
      comments: [],
      trackedChanges: { insertions: 0, deletions: 0, samples: [] },
      settings: {},
    });
  });

  test("a DOCTYPE, an unknown entity or a root that is not w:document is refused with XmlError", () => {
    const doctype = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body>${p(r("&x;"))}</w:body></w:document>`;
    expect(() => readWordprocessingML({ document: doctype })).toThrow(XmlError);
    expect(() => readWordprocessingML({ document: document(p(r("&x;"))) })).toThrow(XmlError);
    expect(() => readWordprocessingML({ document: `<w:styles xmlns:w="${W}"/>` })).toThrow(XmlError);
  });

  test("content nested past the limit is refused with XmlError, not a stack overflow", () => {
    const depth = 5000;
    const nested = "<w:sdt><w:sdtContent>".repeat(depth) + p(r("x")) + "</w:sdtContent></w:sdt>".repeat(depth);
    expect(() => readWordprocessingML({ document: document(nested) })).toThrow(XmlError);
  });
});

describe("Flat OPC", () => {
  const rels = (entries: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`;
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const part = (name: string, contentType: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`;
  const flatOpc = (parts: string, prefix = "pkg") =>
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts}</pkg:package>`
      .replace(/pkg:/g, `${prefix}:`)
      .replace(/xmlns:pkg=/, `xmlns:${prefix}=`);

  const body =
    sdt(
      "1a",
      p(r("1. Kết quả thực hiện", "<w:b/>"), `<w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`),
    ) + tbl(tr(tc(p(r("Chỉ tiêu"))) + tc(p(`<w:ins w:id="1" w:author="A">${r("19.850")}</w:ins>`))));
  const parts: Required<Omit<WordprocessingMLParts, "webExtensions">> = {
    document: document(body),
    styles: styles(
      `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`,
    ),
    numbering: `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    comments: `<w:comments xmlns:w="${W}"><w:comment w:id="3" w:author="B">${p(r("Xem lại"))}</w:comment></w:comments>`,
    theme: `<a:theme xmlns:a="${A}"><a:themeElements><a:fontScheme><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`,
  };
  const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  const packageParts =
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>`),
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      rels(
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/comments" Target="/word/comments.xml"/><Relationship Id="rId4" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
          `<Relationship Id="rId5" Type="${REL}/hyperlink" Target="https://molisa.gov.vn" TargetMode="External"/>`,
      ),
    ) +
    part("/word/document.xml", `${WML}.document.main+xml`, parts.document) +
    part("/word/styles.xml", `${WML}.styles+xml`, parts.styles) +
    part("/word/numbering.xml", `${WML}.numbering+xml`, parts.numbering) +
    part("/word/comments.xml", `${WML}.comments+xml`, parts.comments) +
    part("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", parts.theme);

  test("readFlatOpc gives exactly what readWordprocessingML gives for the same parts", () => {
    const fromParts = readWordprocessingML(parts);
    expect(readFlatOpc(flatOpc(packageParts))).toEqual(fromParts);
    // The document is not trivially empty: every part contributed.
    expect(fromParts.blocks[0]).toMatchObject({ tags: ["1a"], outlineLevel: 1, numbered: true, numberingText: "%1.", bold: true });
    expect(fromParts.comments).toHaveLength(1);
    expect(fromParts.trackedChanges.insertions).toBe(1);
  });

  test("a .docx of the same parts reads the same as the Flat OPC (command line and add-in agree)", () => {
    const files: Record<string, Uint8Array> = {};
    for (const match of packageParts.matchAll(/<pkg:part pkg:name="\/([^"]+)"[^>]*><pkg:xmlData>([\s\S]*?)<\/pkg:xmlData><\/pkg:part>/g)) {
      files[match[1]] = strToU8(match[2]);
    }
    expect(Object.keys(files)).toHaveLength(7);
    expect(readDocx(zipSync(files))).toEqual(readFlatOpc(flatOpc(packageParts)));
  });

  test("any package prefix; without package relationships the main part is found by content type", () => {
    const withoutRels = part("/word/document.xml", `${WML}.document.main+xml`, parts.document);
    expect(readFlatOpc(flatOpc(withoutRels, "opc"))).toEqual(readWordprocessingML({ document: parts.document }));
  });

  test("a package without a main document, or not a package, is refused with XmlError", () => {
    expect(() => readFlatOpc(flatOpc(part("/word/styles.xml", `${WML}.styles+xml`, parts.styles)))).toThrow(XmlError);
    expect(() => readFlatOpc(parts.document)).toThrow(XmlError);
  });
});

describe("readDocx finds parts through relationships", () => {
  const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  const rels = (entries: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`;

  test("strict relationship types, a main part not called document.xml, relative and absolute targets, any case", () => {
    const files: Record<string, string> = {
      "_rels/.rels": rels(`<Relationship Id="r1" Type="${STRICT_REL}/officeDocument" Target="/Word/Main.xml"/>`),
      "word/_rels/main.xml.rels": rels(
        `<Relationship Id="r1" Type="${STRICT_REL}/styles" Target="./styles.xml"/><Relationship Id="r2" Type="${STRICT_REL}/comments" Target="../word/notes/comments.xml"/>`,
      ),
      "word/main.xml": `<w:document xmlns:w="${W_STRICT}"><w:body><w:p><w:pPr><w:pStyle w:val="H"/></w:pPr><w:r><w:t>Mục</w:t></w:r></w:p></w:body></w:document>`,
      "word/styles.xml": `<w:styles xmlns:w="${W_STRICT}"><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/></w:style></w:styles>`,
      "word/notes/comments.xml": `<w:comments xmlns:w="${W_STRICT}"><w:comment w:id="1" w:author="B"><w:p><w:r><w:t>Sửa</w:t></w:r></w:p></w:comment></w:comments>`,
      "word/webextensions/webextension1.xml": `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="ticks" value="[1]"/></we:properties></we:webextension>`,
      "word/document.xml": document(p(r("not the main part"))),
    };
    const model = readDocx(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))));
    expect(model.blocks).toMatchObject([{ text: "Mục", outlineLevel: 0, styleName: "heading 1" }]);
    expect(model.comments).toEqual([{ id: "1", author: "B", text: "Sửa" }]);
    expect(model.settings).toEqual({ ticks: "[1]" });
  });
});

describe("readDocx part encodings", () => {
  const rels = (target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${target}"/></Relationships>`;
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  const files = {
    "_rels/.rels": strToU8(rels('officeDocument" Target="word/document.xml')),
    "word/_rels/document.xml.rels": strToU8(rels('styles" Target="styles.xml')),
    "word/document.xml": utf16le(document(p(r("Báo cáo tình hình thực hiện"), '<w:pStyle w:val="Tieude"/>'))),
    "word/styles.xml": strToU8(styles(`<w:style w:type="paragraph" w:styleId="Tieude"><w:name w:val="Tiêu đề"/></w:style>`)),
  };

  test("a part in UTF-16 is read as such, by the command line's way as by the portable one", () => {
    const zip = zipSync(files);
    const portable = readDocx(zip);
    expect(portable.blocks).toMatchObject([{ text: "Báo cáo tình hình thực hiện", styleName: "Tiêu đề" }]);
    expect(readDocx(zip, {}, nodeCodecs)).toEqual(portable);
  });

  test("UTF-8 parts read in place give the same text, values and names as decoded parts", () => {
    const zip = zipSync({
      ...files,
      "word/document.xml": strToU8(document(p(r("Báo cáo &amp; tình hình"), '<w:pStyle w:val="Tieude"/>'))),
    });
    expect(readDocx(zip, {}, nodeCodecs)).toEqual(readDocx(zip));
    expect(readDocx(zip, {}, nodeCodecs).blocks).toMatchObject([{ text: "Báo cáo & tình hình", styleName: "Tiêu đề" }]);
  });
});
