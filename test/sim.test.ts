import { XmlElement, childElements, firstChild, parseXml, textOf } from "../src/core/ooxml/xml";
import { SimDocument, SimulatedOffice, installSimulatedOffice } from "../src/host/sim";
import { keepDocument, savedDocument } from "../src/playground/saved";
import { rejection, thrown } from "./helpers/office-errors";

/* Small WordprocessingML written by hand --------------------------------------------------------------------- */

function p(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  const run = text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : "";
  return `<w:p>${pPr}${run}</w:p>`;
}

function sdt(tag: string, content: string, extra = ""): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="Title ${tag}"/><w:tag w:val="${tag}"/><w:id w:val="7"/>${extra}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function placeholderSdt(tag: string, placeholder: string): string {
  const run = `<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>${placeholder}</w:t></w:r>`;
  return sdt(tag, `<w:p>${run}</w:p>`, "<w:showingPlcHdr/>");
}

/** A Flat OPC package as Word's insertOoxml takes it. */
function flatOpc(bodyXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>` +
    "</pkg:xmlData></pkg:part></pkg:package>"
  );
}

const texts = (doc: SimDocument): string[] => doc.paragraphs().map((info) => info.text);
const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let sim: SimulatedOffice | undefined;

function install(doc: SimDocument, options?: Parameters<typeof installSimulatedOffice>[1]): SimulatedOffice {
  sim = installSimulatedOffice(doc, options);
  return sim;
}

afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

/* Load and sync ---------------------------------------------------------------------------------------------- */

describe("load and sync, as Word", () => {
  it("throws PropertyNotLoaded with Word's message until the property is loaded and synced", async () => {
    install(SimDocument.fromBody(sdt("1a", p("Nội dung"))));
    await Word.run(async (context) => {
      const control = context.document.contentControls.getByTag("1a").getFirst();
      const before = thrown(() => control.tag);
      expect(before.code).toBe("PropertyNotLoaded");
      expect(before.name).toBe("RichApi.Error");
      expect(before).toBeInstanceOf(OfficeExtension.Error);
      expect(before.message).toBe(
        `The property 'tag' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      control.load("tag,text");
      expect(thrown(() => control.text).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(control.tag).toBe("1a");
      expect(control.text).toBe("Nội dung");
      expect(thrown(() => control.title).message).toContain("'title'");
    });
  });

  it("loads collections with items/… paths, with bare names and with navigation paths", async () => {
    install(SimDocument.fromBody(sdt("1a", p("A") + p("B")) + p("C")));
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(thrown(() => paragraphs.items).code).toBe("PropertyNotLoaded");
      paragraphs.load("items/text,items/parentContentControlOrNullObject/tag");
      const controls = context.document.contentControls.load("tag");
      await context.sync();
      expect(paragraphs.items.map((item) => item.text)).toEqual(["A", "B", "C"]);
      expect(
        paragraphs.items.map((item) =>
          item.parentContentControlOrNullObject.isNullObject ? null : item.parentContentControlOrNullObject.tag,
        ),
      ).toEqual(["1a", "1a", null]);
      expect(controls.items.map((c) => c.tag)).toEqual(["1a"]);
      expect(thrown(() => controls.items[0].title).code).toBe("PropertyNotLoaded");
    });
  });

  it("returns ClientResults whose value throws until the sync ran", async () => {
    install(SimDocument.fromBody(p("Báo cáo")));
    await Word.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      expect(thrown(() => ooxml.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(ooxml.value).toContain("<pkg:package");
    });
  });

  it("queues method calls and property sets and runs them at sync, in order", async () => {
    const doc = SimDocument.fromBody(p("Đầu"));
    install(doc);
    await Word.run(async (context) => {
      const body = context.document.body;
      body.insertParagraph("A", "End");
      body.load("text");
      body.insertParagraph("B", "End");
      expect(texts(doc)).toEqual(["Đầu"]);
      await context.sync();
      expect(texts(doc)).toEqual(["Đầu", "A", "B"]);
      // The load ran between the two inserts.
      expect(body.text).toBe("Đầu\rA");
    });
  });

  it("shows a set property locally at once and applies it at sync", async () => {
    const doc = SimDocument.fromBody(sdt("1a", p("x")));
    install(doc);
    await Word.run(async (context) => {
      const control = context.document.contentControls.getByTag("1a").getFirst();
      control.title = "Mục 1a";
      expect(control.title).toBe("Mục 1a");
      expect(doc.contentControls()[0].title).toBe("Title 1a");
      await context.sync();
      expect(doc.contentControls()[0].title).toBe("Mục 1a");
    });
  });

  it("counts explicit syncs and round trips; the closing flush is a round trip only when something is queued", async () => {
    const { stats } = install(SimDocument.fromBody(p("x")));
    await Word.run(async () => undefined);
    expect(stats).toMatchObject({ runs: 1, syncs: 0, roundTrips: 0 });

    await Word.run(async (context) => {
      await context.sync(); // nothing queued: free
    });
    expect(stats).toMatchObject({ runs: 2, syncs: 1, roundTrips: 0 });

    await Word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      context.document.body.insertParagraph("y", "End"); // flushed by Word.run's closing sync
    });
    expect(stats).toMatchObject({ runs: 3, syncs: 2, roundTrips: 2 });
  });

  it("rejects a sync with Word's error and skips the rest of its actions, keeping those already run", async () => {
    const doc = SimDocument.fromBody(p("x"));
    install(doc);
    const error = await rejection(
      Word.run(async (context) => {
        const body = context.document.body;
        body.insertParagraph("before", "End");
        context.document.contentControls.getByTag("missing").getFirst().load("tag");
        body.insertParagraph("after", "End");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.name).toBe("RichApi.Error");
    expect(error.debugInfo.errorLocation).toBe("ContentControlCollection.getFirst");
    expect(texts(doc)).toEqual(["x", "before"]);
  });

  it("makes *OrNullObject readable through isNullObject after load and sync", async () => {
    install(SimDocument.fromBody(p("outside") + sdt("1a", p("inside"))));
    await Word.run(async (context) => {
      const [outside, inside] = [context.document.body.paragraphs.getFirst(), context.document.body.paragraphs.getLast()];
      const none = outside.parentContentControlOrNullObject;
      const some = inside.parentContentControlOrNullObject;
      expect(thrown(() => none.isNullObject).code).toBe("PropertyNotLoaded");
      none.load("tag");
      some.load("tag");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(some.isNullObject).toBe(false);
      expect(some.tag).toBe("1a");
    });
  });

  it("reads the properties of a null object as undefined once the sync found it null", async () => {
    // Range.parentContentControlOrNullObject: "If there isn't a parent content control, then this method will
    // return an object with its `isNullObject` property set to `true`." office.js's getters call
    // `_throwIfNotLoaded("tag", value, type, this._isNull)`, which refuses an unloaded property only when not null.
    install(SimDocument.fromBody(p("outside")));
    await Word.run(async (context) => {
      const none = context.document.getSelection().parentContentControlOrNullObject.load("tag,text");
      expect(thrown(() => none.tag).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(none.tag).toBeUndefined();
      expect(none.text).toBeUndefined();
    });
  });

  it("refuses context.load of an object from another request context with InvalidRequestContext", async () => {
    // office.js: ClientRequestContext.load begins with `Utility.validateContext(this, clientObj)`, which throws
    // InvalidRequestContext, "Cannot use the object across different request contexts.", for another context's object.
    install(SimDocument.fromBody(sdt("1a", p("x"))));
    const control = await Word.run(async (context) => context.document.contentControls.getByTag("1a").getFirst());
    await Word.run(async (context) => {
      const error = thrown(() => context.load(control, "tag"));
      expect(error.code).toBe("InvalidRequestContext");
      expect(error.message).toBe("Cannot use the object across different request contexts.");
      context.load(context.document.body, "text"); // its own objects are fine
      await context.sync();
    });
  });

  it("instantiates every object the add-in creates at the next sync, as office.js does", async () => {
    install(SimDocument.fromBody(p("x")));
    // A missing non-null object fails the sync even when nothing else uses it.
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getFirst();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    // A null object knows it is null after the sync, loaded or not; loading "isNullObject" is accepted too.
    await Word.run(async (context) => {
      const control = context.document.contentControls.getFirstOrNullObject();
      const table = context.document.getSelection().parentTableOrNullObject.load("isNullObject");
      await context.sync();
      expect([control.isNullObject, table.isNullObject]).toEqual([true, true]);
    });
  });

  it("finds the table holding the cursor (WordApi 1.3)", async () => {
    const doc = SimDocument.fromBody(`<w:tbl><w:tr><w:tc>${p("ô")}</w:tc></w:tr></w:tbl>` + p("sau"));
    doc.placeCursor(0);
    install(doc);
    await Word.run(async (context) => {
      const table = context.document.getSelection().parentTableOrNullObject.load("rowCount");
      await context.sync();
      expect(table.isNullObject).toBe(false);
      expect(table.rowCount).toBe(1);
      table.insertParagraph("giữa", "After");
      await context.sync();
    });
    expect(texts(doc)).toEqual(["ô", "giữa", "sau"]);
  });

  it("throws ItemNotFound for parentContentControl when there is none (WordApi 1.1 behaviour)", async () => {
    install(SimDocument.fromBody(p("outside")));
    const error = await rejection(
      Word.run(async (context) => {
        context.document.getSelection().parentContentControl.load("tag");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("refuses search text over 255 characters with InvalidArgument", async () => {
    install(SimDocument.fromBody(p("Mục 1c")));
    await Word.run(async (context) => {
      const found = context.document.body.search("mục 1C").load("text");
      await context.sync();
      expect(found.items.map((r) => r.text)).toEqual(["Mục 1c"]);
      context.document.body.search("x".repeat(256)).load("text");
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    });
  });
});

/* Requirement sets ------------------------------------------------------------------------------------------- */

describe("requirement sets", () => {
  it("answers isSetSupported from the options (default WordApi 1.9)", () => {
    install(SimDocument.fromBody(p("x")));
    expect(Office.context.requirements.isSetSupported("WordApi", "1.9")).toBe(true);
    sim?.uninstall();
    install(SimDocument.fromBody(p("x")), { requirementSets: { WordApi: "1.1" } });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
  });

  it("simulating Word 2016 (WordApi 1.1), newer members throw at once and 1.1 members work", async () => {
    install(SimDocument.fromBody(sdt("1a", p("Nội dung"))), { requirementSets: { WordApi: "1.1" } });
    await Word.run(async (context) => {
      const body = context.document.body;
      const control = context.document.contentControls.getByTag("1a");
      const paragraph = context.document.getSelection();
      const newer: [string, () => unknown][] = [
        ["ParagraphCollection.getFirst", () => body.paragraphs.getFirst()],
        ["ContentControlCollection.getFirst", () => control.getFirst()],
        ["Range.parentContentControlOrNullObject", () => paragraph.parentContentControlOrNullObject],
        ["Range.getRange", () => paragraph.getRange("Start")],
        ["Body.tables", () => body.tables],
        ["Body.getRange", () => body.getRange()],
        ["Document.settings", () => context.document.settings],
      ];
      for (const [api, call] of newer) {
        const error = thrown(call);
        expect(error.code).toBe("ApiNotFound");
        expect(error.message).toContain(api);
      }
      control.load("items/tag,items/text");
      await context.sync();
      expect(control.items.map((c) => c.text)).toEqual(["Nội dung"]);
      expect(thrown(() => control.items[0].onDataChanged).message).toContain("WordApi 1.5");
    });
  });
});

describe("properties of newer requirement sets", () => {
  // Each property's reference says "[Api set: WordApi 1.3]" (Document.changeTrackingMode: "[Api set: WordApi 1.4]"),
  // and office.js (word-win32-16.01.js) reads one as Range.isEmpty:
  // `_throwIfNotLoaded("isEmpty", …); _throwIfApiNotSupported("Range.isEmpty", _defaultApiSetName, "1.3", …)`.
  const word2016 = { requirementSets: { WordApi: "1.1" } };

  it("simulating Word 2016 (WordApi 1.1), a load naming one fails the sync with ApiNotFound", async () => {
    install(SimDocument.fromBody(sdt("1a", p("Nội dung"))), word2016);
    await Word.run(async (context) => {
      const { body } = context.document;
      const loads: [string, () => unknown][] = [
        ["Paragraph.isListItem", () => body.paragraphs.load("items/isListItem")],
        ["Paragraph.isLastParagraph", () => body.paragraphs.load("items/isLastParagraph")],
        ["Paragraph.tableNestingLevel", () => body.paragraphs.load("items/tableNestingLevel")],
        ["Paragraph.styleBuiltIn", () => body.paragraphs.load("items/styleBuiltIn")],
        ["Range.isEmpty", () => context.document.getSelection().load("isEmpty")],
        ["Range.styleBuiltIn", () => context.document.getSelection().load("styleBuiltIn")],
        ["Body.type", () => body.load("type")],
        ["ContentControl.subtype", () => context.document.contentControls.load("items/subtype")],
        ["Document.changeTrackingMode", () => context.document.load("changeTrackingMode")],
      ];
      for (const [api, load] of loads) {
        load();
        const error = await rejection(context.sync());
        expect([error.code, error.message]).toEqual(["ApiNotFound", expect.stringContaining(api)]);
      }
    });
  });

  it("simulating Word 2016 (WordApi 1.1), a bare load leaves them out and reading one throws", async () => {
    install(SimDocument.fromBody(sdt("1a", p("Nội dung"))), word2016);
    await Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.load();
      const control = context.document.contentControls.load();
      const range = context.document.getSelection().load();
      const body = context.document.body.load();
      await context.sync();
      const [first] = paragraph.items;
      expect([first.text, control.items[0].type, range.text, body.text]).toEqual(["Nội dung", "RichText", "", "Nội dung"]);
      const reads: (() => unknown)[] = [
        () => first.isListItem,
        () => first.isLastParagraph,
        () => first.tableNestingLevel,
        () => first.styleBuiltIn,
        () => range.isEmpty,
        () => range.styleBuiltIn,
        () => body.type,
        () => control.items[0].subtype,
      ];
      for (const read of reads) expect(thrown(read).code).toBe("PropertyNotLoaded");
    });
  });

  it("with WordApi 1.3 they are read as Word reports them", async () => {
    install(SimDocument.fromBody(sdt("1a", p("Nội dung", "Heading1"))), { requirementSets: { WordApi: "1.3" } });
    await Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst().load("isListItem,isLastParagraph,tableNestingLevel,styleBuiltIn");
      const range = context.document.getSelection().load("isEmpty,styleBuiltIn");
      const body = context.document.body.load("type");
      const control = context.document.contentControls.getFirst().load("subtype");
      await context.sync();
      expect([paragraph.isListItem, paragraph.isLastParagraph, paragraph.tableNestingLevel, paragraph.styleBuiltIn]).toEqual([
        false,
        true,
        0,
        "Heading1",
      ]);
      expect([range.isEmpty, range.styleBuiltIn, body.type, control.subtype]).toEqual([true, "Heading1", "MainDoc", "RichTextParagraphs"]);
      context.document.load("changeTrackingMode");
      expect((await rejection(context.sync())).code).toBe("ApiNotFound"); // WordApi 1.4
    });
  });
});

/* insertOoxml with Word's rules ------------------------------------------------------------------------------ */

describe("insertOoxml", () => {
  const inserted = flatOpc(p("Mới 1") + p("Mới 2"));

  async function insertAtSelection(doc: SimDocument): Promise<void> {
    install(doc);
    await Word.run(async (context) => {
      context.document.getSelection().insertOoxml(inserted, "Replace");
      await context.sync();
    });
  }

  it("at the start of a paragraph puts the blocks before it", async () => {
    const doc = SimDocument.fromBody(p("Một") + p("Hai"));
    doc.placeCursor(1, "start");
    await insertAtSelection(doc);
    expect(texts(doc)).toEqual(["Một", "Mới 1", "Mới 2", "Hai"]);
  });

  it("in the middle of a paragraph splits it around the blocks", async () => {
    const doc = SimDocument.fromBody(p("Một") + p("HaiBa"));
    doc.placeCursor(1, 3);
    await insertAtSelection(doc);
    expect(texts(doc)).toEqual(["Một", "Hai", "Mới 1", "Mới 2", "Ba"]);
    expect(doc.selectionInfo().start).toEqual({ paragraph: 4, offset: 0 }); // the cursor follows the second half
  });

  it("at the end of a paragraph puts the blocks after it", async () => {
    const doc = SimDocument.fromBody(p("Một") + p("Hai"));
    doc.placeCursor(0, "end");
    await insertAtSelection(doc);
    expect(texts(doc)).toEqual(["Một", "Mới 1", "Mới 2", "Hai"]);
  });

  it("in an empty paragraph replaces it", async () => {
    const doc = SimDocument.fromBody(p("Một") + p("") + p("Hai"));
    doc.placeCursor(1);
    await insertAtSelection(doc);
    expect(texts(doc)).toEqual(["Một", "Mới 1", "Mới 2", "Hai"]);
    expect(doc.selectionInfo().start).toEqual({ paragraph: 3, offset: 0 }); // just after the inserted blocks
  });

  it("replaces selected text with the blocks (what the drafter's code must never do to typed text)", async () => {
    const doc = SimDocument.fromBody(p("Giữ XÓA giữ"));
    doc.selectText(0, 4, 8);
    await insertAtSelection(doc);
    expect(texts(doc)).toEqual(["Giữ ", "Mới 1", "Mới 2", "giữ"]);
  });

  it("after a content control, the WordApi 1.1 way: an empty paragraph after it, then Replace, which leaves its mark behind", async () => {
    const doc = SimDocument.fromBody(sdt("title", p("BÁO CÁO")) + p("Sau"));
    install(doc, { requirementSets: { WordApi: "1.1" } });
    await Word.run(async (context) => {
      const title = context.document.contentControls.getByTag("title");
      title.load("items");
      await context.sync();
      title.items[0].insertParagraph("", "After").insertOoxml(flatOpc(sdt("1", p("Phần 1"))), "Replace");
      await context.sync();
    });
    expect(doc.contentControls().map((c) => [c.tag, c.depth])).toEqual([
      ["title", 0],
      ["1", 0],
    ]);
    // The paragraph's mark stays after the inserted control (office-js-docs #874).
    expect(texts(doc)).toEqual(["BÁO CÁO", "Phần 1", "", "Sau"]);
  });

  it("after a content control through its whole range (WordApi 1.3)", async () => {
    const doc = SimDocument.fromBody(sdt("title", p("BÁO CÁO")));
    install(doc);
    await Word.run(async (context) => {
      context.document.contentControls
        .getByTag("title")
        .getFirst()
        .getRange("Whole")
        .insertOoxml(flatOpc(sdt("1", p("Phần 1"))), "After");
      await context.sync();
    });
    expect(doc.contentControls().map((c) => [c.tag, c.depth])).toEqual([
      ["title", 0],
      ["1", 0],
    ]);
  });

  it('Paragraph.insertOoxml "Replace" keeps the paragraph\'s mark: content ending in a control leaves an empty paragraph', async () => {
    // office-js-docs #874: replacing with insertOoxml, "the word document will acquire an additional paragraph".
    const doc = SimDocument.fromBody(p("Một") + p("Hai") + p("Ba"));
    install(doc);
    await Word.run(async (context) => {
      context.document.body.paragraphs
        .getFirst()
        .getNext()
        .insertOoxml(flatOpc(sdt("1", p("Phần 1"))), "Replace");
      await context.sync();
    });
    expect(texts(doc)).toEqual(["Một", "Phần 1", "", "Ba"]);
    expect(doc.contentControls().map((c) => [c.tag, c.depth])).toEqual([["1", 0]]);
  });

  it('Paragraph.insertOoxml "Replace": the last inserted paragraph joins the kept mark and takes its properties', async () => {
    // office-js #2914 (Word on Windows): "If the last paragraph has "Heading 1" style, it loses its style after it
    // is inserted. … It only occurs to the last paragraph." #6904 (Mac): the trailing paragraph "retains/inherits
    // list formatting" of what it replaced.
    const doc = SimDocument.fromBody(p("Một") + p("Cũ", "Heading2") + p("Ba"));
    install(doc);
    const inserted = await Word.run(async (context) => {
      const old = context.document.body.paragraphs.getFirst().getNext();
      const range = old.insertOoxml(flatOpc(p("Mới 1", "Heading1") + p("Mới 2", "Heading1")), "Replace").load("text");
      await context.sync();
      return range.text;
    });
    expect(inserted).toBe("Mới 1\rMới 2");
    expect(doc.paragraphs().map((x) => [x.text, x.style])).toEqual([
      ["Một", "Normal"],
      ["Mới 1", "Heading 1"],
      ["Mới 2", "Heading 2"],
      ["Ba", "Normal"],
    ]);
  });

  it('inside a control at "End" nests the new control (the trap the drafter\'s code avoids)', async () => {
    const doc = SimDocument.fromBody(sdt("1", p("Phần 1")));
    install(doc);
    await Word.run(async (context) => {
      context.document.contentControls
        .getByTag("1")
        .getFirst()
        .insertOoxml(flatOpc(sdt("1a", p("Mục 1a"))), "End");
      await context.sync();
    });
    expect(doc.contentControls().map((c) => [c.tag, c.depth])).toEqual([
      ["1", 0],
      ["1a", 1],
    ]);
  });

  it('at Body "End" one after another nests each control in the previous one (office-js #866)', async () => {
    const doc = new SimDocument();
    install(doc);
    await Word.run(async (context) => {
      context.document.body.insertOoxml(flatOpc(sdt("1", p("Phần 1"))), "End");
      await context.sync();
      context.document.body.insertOoxml(flatOpc(sdt("2", p("Phần 2"))), "End");
      await context.sync();
    });
    expect(doc.contentControls().map((c) => [c.tag, c.depth])).toEqual([
      ["1", 0],
      ["2", 1],
    ]);
  });

  it("gives inserted controls fresh unique ids, and getByTag sees them at once", async () => {
    const doc = SimDocument.fromBody(sdt("old", p("x")) + p(""));
    install(doc);
    await Word.run(async (context) => {
      doc.placeCursor(1);
      const range = context.document.getSelection().insertOoxml(flatOpc(sdt("1a", p("A")) + sdt("1b", p("B"))), "Replace");
      const found = context.document.contentControls.getByTag("1b").load("id,tag,text");
      range.load("text");
      await context.sync();
      expect(found.items.map((c) => c.text)).toEqual(["B"]);
      expect(range.text).toBe("A\rB");
    });
    const ids = doc.contentControls().map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.slice(1)).not.toContain(7); // 7 is the id written in the package
  });

  it("refuses a string that is not OOXML with InvalidArgument", async () => {
    install(new SimDocument());
    const error = await rejection(
      Word.run(async (context) => {
        context.document.body.insertOoxml("<html/>", "End");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses to insert into a control whose content cannot be edited", async () => {
    const doc = SimDocument.fromBody(sdt("locked", p("x"), '<w:lock w:val="contentLocked"/>'));
    install(doc);
    await Word.run(async (context) => {
      const control = context.document.contentControls.getByTag("locked").getFirst();
      control.load("cannotEdit,cannotDelete");
      await context.sync();
      expect([control.cannotEdit, control.cannotDelete]).toEqual([true, false]);
      control.insertOoxml(inserted, "End");
      expect((await rejection(context.sync())).code).toBe("AccessDenied");
    });
  });

  it("in a read-only document, writes fail with AccessDenied", async () => {
    install(SimDocument.fromBody(p("x")), { readOnly: true });
    const error = await rejection(
      Word.run(async (context) => {
        context.document.body.insertParagraph("y", "End");
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });
});

/* getOoxml ---------------------------------------------------------------------------------------------------- */

describe("getOoxml", () => {
  it("returns a Flat OPC package whose document part holds the body", async () => {
    install(SimDocument.fromBody(p("Kính gửi", "Heading1") + sdt("1a", p("Nội dung"))));
    let ooxml = "";
    await Word.run(async (context) => {
      const result = context.document.body.getOoxml();
      await context.sync();
      ooxml = result.value;
    });
    const pkg = parseXml(ooxml);
    expect(pkg.name).toBe("pkg:package");
    const documentPart = childElements(pkg, "pkg:part").find((part) => part.attrs["pkg:name"] === "/word/document.xml") as XmlElement;
    const documentXml = firstChild(firstChild(documentPart, "pkg:xmlData") as XmlElement, "w:document") as XmlElement;
    const body = firstChild(documentXml, "w:body") as XmlElement;
    expect(childElements(body).map((el) => el.name)).toEqual(["w:p", "w:sdt", "w:sectPr"]);
    expect(textOf(body)).toBe("Kính gửiNội dung");
  });

  it("carries a styles part even for a document that came without one", async () => {
    // "Even a simple Word document package includes parts for document properties, styles, theme …" (Understand
    // when and how to use Office Open XML in your Word add-in): Word has styles whatever the file had.
    install(SimDocument.fromBody(p("Báo cáo")));
    const ooxml = await Word.run(async (context) => {
      const result = context.document.body.getOoxml();
      await context.sync();
      return result.value;
    });
    const parts = childElements(parseXml(ooxml), "pkg:part");
    const styles = parts.find((part) => part.attrs["pkg:name"] === "/word/styles.xml") as XmlElement;
    const root = firstChild(firstChild(styles, "pkg:xmlData") as XmlElement, "w:styles") as XmlElement;
    expect(childElements(root, "w:style").map((style) => style.attrs["w:styleId"])).toContain("Normal");
    const rels = parts.find((part) => part.attrs["pkg:name"] === "/word/_rels/document.xml.rels") as XmlElement;
    expect(textOf(rels) + JSON.stringify(rels)).toContain("styles.xml");
  });

  it("round-trips through insertOoxml, keeping a control's placeholder text", async () => {
    const source = SimDocument.fromBody(placeholderSdt("doc.number", "Số: …"));
    install(source);
    let ooxml = "";
    await Word.run(async (context) => {
      const result = context.document.contentControls.getByTag("doc.number").getFirst().getRange("Whole").getOoxml();
      await context.sync();
      ooxml = result.value;
    });
    sim?.uninstall();
    const target = new SimDocument();
    install(target);
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml, "Replace");
      await context.sync();
    });
    target.typeText({ tag: "doc.number" }, "12/BC-SLĐTBXH");
    expect(target.contentControls()[0]).toMatchObject({
      text: "12/BC-SLĐTBXH",
      placeholderText: "Số: …",
      showingPlaceholder: false,
    });
  });
});

/* Office.context ---------------------------------------------------------------------------------------------- */

describe("Office.context", () => {
  it("keeps settings in the document through saveAsync", async () => {
    const doc = new SimDocument();
    install(doc);
    const settings = Office.context.document.settings;
    expect(settings.get("fields")).toBeNull();
    settings.set("fields", { province: "Thanh Hóa" });
    expect(settings.get("fields")).toEqual({ province: "Thanh Hóa" });
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
    settings.set("unsaved", 1);
    sim?.uninstall();

    install(doc); // the add-in opens again with the same document
    expect(Office.context.document.settings.get("fields")).toEqual({ province: "Thanh Hóa" });
    expect(Office.context.document.settings.get("unsaved")).toBeNull();
    Office.context.document.settings.remove("fields");
    expect(Office.context.document.settings.get("fields")).toBeNull();
  });

  it("gives a Date kept in the settings back as a Date, also after the document is reopened", async () => {
    // Settings.set: "After you call the Settings.saveAsync method, the value is stored in the document as the
    // serialized JSON representation of its data type." office.js (OSF.OUtil.serializeSettings) writes a Date as
    // "Date(<milliseconds>)" and deserializeSettings, reading the document's settings, makes it a Date again.
    const doc = new SimDocument();
    install(doc);
    const at = new Date("2017-12-15T08:00:00.000Z");
    Office.context.document.settings.set("marks", { "1b": { at } });
    await saveSettings();
    doc.save();
    for (const opened of [doc, doc.reopen()]) {
      sim?.uninstall();
      install(opened);
      const marks = Office.context.document.settings.get("marks") as { "1b": { at: Date } };
      expect(marks["1b"].at).toBeInstanceOf(Date);
      expect(marks["1b"].at.getTime()).toBe(at.getTime());
    }
  });

  it("fails saveAsync in a read-only document", async () => {
    install(new SimDocument(), { readOnly: true });
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => Office.context.document.settings.saveAsync(resolve));
    expect(result.status).toBe(Office.AsyncResultStatus.Failed);
  });

  it("raises DocumentSelectionChanged later, for user moves and for select()", async () => {
    const doc = SimDocument.fromBody(p("Một") + sdt("1a", p("Hai")));
    install(doc);
    const events: string[] = [];
    // Typed as Office's RemoveHandlerOptions wants its handler.
    const handler = (args?: unknown): void => {
      events.push(String((args as { type: string }).type));
    };
    await new Promise((resolve) => Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, resolve));
    doc.placeCursor(0, 1);
    expect(events).toEqual([]); // not inside the call that moved the selection
    await nextTick();
    expect(events).toEqual(["documentSelectionChanged"]);

    await Word.run(async (context) => {
      context.document.contentControls.getByTag("1a").getFirst().select();
      await context.sync();
    });
    await nextTick();
    expect(events).toHaveLength(2);
    expect(doc.selectionInfo()).toMatchObject({ start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 3 } });

    await new Promise((resolve) =>
      Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler }, resolve),
    );
    doc.placeCursor(0);
    await nextTick();
    expect(events).toHaveLength(2);
  });

  it("reports host, platform, language and theme", async () => {
    install(new SimDocument(), { displayLanguage: "en-US", theme: "dark" });
    await expect(Office.onReady()).resolves.toEqual({ host: "Word", platform: "PC" });
    expect(Office.context.displayLanguage).toBe("en-US");
    expect(Office.context.officeTheme.bodyBackgroundColor).toBe("#262626");
    expect(Office.HostType.Word).toBe("Word");
  });

  it("restores the globals on uninstall", () => {
    const installed = install(new SimDocument());
    expect(globalThis.Word).toBe(installed.Word);
    installed.uninstall();
    sim = undefined;
    expect("Word" in globalThis).toBe(false);
  });
});

/* Saving ----------------------------------------------------------------------------------------------------- */

async function saveSettings(): Promise<void> {
  const result = await new Promise<Office.AsyncResult<void>>((resolve) => Office.context.document.settings.saveAsync(resolve));
  expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
}

describe("saving", () => {
  it("keeps the settings saveAsync puts into the document in its file only once the document is saved", async () => {
    // Settings.saveAsync: "The saveAsync method persists the in-memory settings property bag into the document
    // file. However, the changes to the document file itself are saved only when the user (or AutoRecover
    // setting) saves the document to the file system."
    const doc = new SimDocument();
    install(doc);
    Office.context.document.settings.set("fields", { province: "Thanh Hóa" });
    await saveSettings();
    expect(doc.settings).toEqual({ fields: { province: "Thanh Hóa" } });
    expect(doc.savedSettings).toEqual({});
    expect(doc.reopen().settings).toEqual({});

    doc.save();
    expect(doc.savedSettings).toEqual({ fields: { province: "Thanh Hóa" } });
    sim?.uninstall();
    install(doc.reopen());
    expect(Office.context.document.settings.get("fields")).toEqual({ province: "Thanh Hóa" });
  });

  it("keeps the drafter's edits in the file only once saved: reopening and bodyContentXml give the saved document", () => {
    const doc = SimDocument.fromBody(p("Một") + sdt("1a", p("x")));
    doc.typeText(0, " hai");
    expect(texts(doc.reopen())).toEqual(["Một", "x"]);
    expect(doc.bodyContentXml()).not.toContain("hai");
    const changes: string[] = [];
    doc.onChange((change) => changes.push(change.kind));
    doc.save();
    expect(changes).toEqual(["saved"]);
    expect(texts(doc.reopen())).toEqual(["Một hai", "x"]);
    expect(
      doc
        .reopen()
        .contentControls()
        .map((c) => c.tag),
    ).toEqual(["1a"]);
    expect(texts(SimDocument.fromBody(doc.bodyContentXml()))).toEqual(["Một hai", "x"]);
  });

  it("in the playground, a reload reopens the saved file, settings included", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    } as Storage;
    const doc = SimDocument.fromBody(p("Một"));
    keepDocument(doc, storage);
    doc.typeText(0, " hai");
    doc.storeSettings({ note: "chưa lưu" });
    const unsaved = savedDocument(storage) as SimDocument;
    expect([texts(unsaved), unsaved.settings]).toEqual([["Một"], {}]);

    doc.save();
    const saved = savedDocument(storage) as SimDocument;
    expect([texts(saved), saved.settings, saved.savedSettings]).toEqual([["Một hai"], { note: "chưa lưu" }, { note: "chưa lưu" }]);
  });
});

/* Headers, footers and text boxes ------------------------------------------------------------------------------ */

describe("headers, footers and text boxes", () => {
  const NS = {
    w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    rels: "http://schemas.openxmlformats.org/package/2006/relationships",
    wml: "application/vnd.openxmlformats-officedocument.wordprocessingml.",
  };
  const textBox = (content: string) =>
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' +
    `<w:txbxContent>${content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
    "</mc:AlternateContent></w:r></w:p>";

  /** The parts of a .docx whose body, header, footer and text box each hold a control; the footer's reuses tag 1a. */
  function docxParts(): Record<string, string> {
    const override = (part: string, type: string) => `<Override PartName="/word/${part}" ContentType="${NS.wml}${type}+xml"/>`;
    const relationship = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="${NS.r}/${type}" Target="${target}"/>`;
    const namespaces =
      `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
    return {
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        override("document.xml", "document.main") +
        override("header1.xml", "header") +
        override("footer1.xml", "footer") +
        "</Types>",
      "_rels/.rels": `<Relationships xmlns="${NS.rels}">${relationship("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
      "word/_rels/document.xml.rels":
        `<Relationships xmlns="${NS.rels}">${relationship("rId7", "header", "header1.xml")}` +
        `${relationship("rId8", "footer", "footer1.xml")}</Relationships>`,
      "word/document.xml":
        `<w:document ${namespaces}><w:body>${sdt("1a", p("Thân"))}${textBox(sdt("box", p("Trong hộp")))}` +
        '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/></w:sectPr>' +
        "</w:body></w:document>",
      "word/header1.xml": `<w:hdr xmlns:w="${NS.w}">${sdt("doc.header", p("SỞ LAO ĐỘNG"))}</w:hdr>`,
      "word/footer1.xml": `<w:ftr xmlns:w="${NS.w}">${sdt("1a", p("Chân trang"))}</w:ftr>`,
    };
  }

  it("Document.contentControls lists the controls of the body, headers, footers and text boxes; Body.contentControls the body's", async () => {
    // Document.contentControls: "This includes content controls in the body of the document, headers, footers,
    // textboxes, etc." Body.contentControls: "Gets the collection of rich text content control objects in the body."
    const doc = SimDocument.fromPackageParts(docxParts());
    install(doc);
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag,items/text");
      const tagged = context.document.contentControls.getByTag("1a").load("items/text");
      const inBody = context.document.body.contentControls.load("items/tag");
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(all.items.map((c) => [c.tag, c.text])).toEqual([
        ["1a", "Thân"],
        ["doc.header", "SỞ LAO ĐỘNG"],
        ["1a", "Chân trang"],
        ["box", "Trong hộp"],
      ]);
      expect(tagged.items.map((c) => c.text)).toEqual(["Thân", "Chân trang"]);
      expect(inBody.items.map((c) => c.tag)).toEqual(["1a"]);
      expect(paragraphs.items.map((x) => x.text)).toEqual(["Thân", ""]);
    });
    expect(doc.contentControls().map((c) => c.tag)).toEqual(["1a"]);
  });

  it("Body.getOoxml holds no header or footer, and a saved document keeps them", async () => {
    const doc = SimDocument.fromPackageParts(docxParts());
    install(doc);
    const ooxml = await Word.run(async (context) => {
      const result = context.document.body.getOoxml();
      await context.sync();
      return result.value;
    });
    const names = childElements(parseXml(ooxml), "pkg:part").map((part) => part.attrs["pkg:name"]);
    expect(names.filter((name) => /header|footer/.test(name ?? ""))).toEqual([]);
    expect(ooxml).not.toMatch(/headerReference|footerReference/);

    doc.save();
    sim?.uninstall();
    install(doc.reopen());
    const tags = await Word.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(tags).toEqual(["1a", "doc.header", "1a", "box"]);
  });
});

/* The user-edit API ------------------------------------------------------------------------------------------ */

describe("user edits", () => {
  it("shows the placeholder as the control's text, and typing replaces it", async () => {
    const doc = SimDocument.fromBody(p("Tiêu đề", "Heading1") + placeholderSdt("1c", "Nhập nội dung mục 1c"));
    install(doc);
    const read = (): Promise<[string, string]> =>
      Word.run(async (context) => {
        const control = context.document.contentControls.getByTag("1c").getFirst().load("text,placeholderText");
        await context.sync();
        return [control.text, control.placeholderText];
      });
    expect(await read()).toEqual(["Nhập nội dung mục 1c", "Nhập nội dung mục 1c"]);
    expect(doc.contentControls()[0].showingPlaceholder).toBe(true);

    doc.typeText({ tag: "1c" }, "Năm 2024, toàn tỉnh\nđã giải quyết việc làm");
    expect(await read()).toEqual(["Năm 2024, toàn tỉnh\rđã giải quyết việc làm", "Nhập nội dung mục 1c"]);
    expect(doc.contentControls()[0].showingPlaceholder).toBe(false);
    expect(doc.toDocumentXml()).not.toContain("PlaceholderText");
    expect(doc.paragraphs()).toEqual([
      { index: 0, text: "Tiêu đề", style: "Heading 1", tag: null, tags: [], inTable: false },
      { index: 1, text: "Năm 2024, toàn tỉnh", style: "Normal", tag: "1c", tags: ["1c"], inTable: false },
      { index: 2, text: "đã giải quyết việc làm", style: "Normal", tag: "1c", tags: ["1c"], inTable: false },
    ]);
  });

  it("types at the cursor, replaces a selection, and sets a paragraph's text", () => {
    const doc = SimDocument.fromBody(p("Xin chào"));
    doc.placeCursor(0, 3);
    doc.typeText("X");
    expect(texts(doc)).toEqual(["XinX chào"]);
    doc.selectText(0, 0, 4);
    doc.typeText("Kính");
    expect(texts(doc)).toEqual(["Kính chào"]);
    expect(doc.selectionInfo()).toEqual({
      start: { paragraph: 0, offset: 4 },
      end: { paragraph: 0, offset: 4 },
      collapsed: true,
    });
    doc.setParagraphText(0, "Mới\ttab");
    expect(texts(doc)).toEqual(["Mới\ttab"]);
    doc.typeText(0, "\nHai");
    expect(texts(doc)).toEqual(["Mới\ttab", "Hai"]);
    doc.selectBetween({ paragraph: 0, offset: 7 }, { paragraph: 1, offset: 0 }); // Backspace at the start of "Hai"
    doc.typeText("");
    expect(texts(doc)).toEqual(["Mới\ttabHai"]);
  });

  it("lists controls with their nesting depth, and notifies listeners of every change", () => {
    const doc = SimDocument.fromBody(sdt("1", p("Phần 1") + sdt("1a", p("Mục 1a"))));
    const changes: string[] = [];
    const stop = doc.onChange((change) => changes.push(change.kind));
    expect(doc.contentControls().map((c) => [c.tag, c.title, c.depth, c.level])).toEqual([
      ["1", "Title 1", 0, "block"],
      ["1a", "Title 1a", 1, "block"],
    ]);
    doc.setParagraphText({ tag: "1a" }, "Đã sửa");
    expect(changes).toEqual(["content", "selection"]);
    stop();
    doc.placeCursor(0);
    expect(changes).toHaveLength(2);
  });

  it("handles inline controls: text, placeholder, typing and the control around the cursor", async () => {
    const inline = `<w:sdt><w:sdtPr><w:tag w:val="doc.number"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>…</w:t></w:r></w:sdtContent></w:sdt>`;
    const doc = SimDocument.fromBody(
      `<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r>${inline}<w:r><w:t>/BC-SLĐTBXH</w:t></w:r></w:p>`,
    );
    expect(doc.contentControls()[0]).toMatchObject({
      tag: "doc.number",
      level: "inline",
      text: "…",
      showingPlaceholder: true,
    });
    doc.typeText({ tag: "doc.number" }, "12");
    expect(texts(doc)).toEqual(["Số: 12/BC-SLĐTBXH"]);
    expect(doc.contentControls()[0]).toMatchObject({ text: "12", placeholderText: "…", showingPlaceholder: false });
    doc.placeCursor(0, 5);
    install(doc);
    await Word.run(async (context) => {
      const around = context.document.getSelection().parentContentControl.load("tag,text");
      const inParagraph = context.document.body.paragraphs.getFirst().contentControls.load("tag");
      await context.sync();
      expect([around.tag, around.text]).toEqual(["doc.number", "12"]);
      expect(inParagraph.items.map((c) => c.tag)).toEqual(["doc.number"]);
    });
  });

  it("round-trips the document through toDocumentXml and fromDocumentXml", () => {
    const doc = SimDocument.fromBody(p("Một") + sdt("1a", p("Hai")));
    const copy = SimDocument.fromDocumentXml(doc.toDocumentXml());
    expect(copy.paragraphs()).toEqual(doc.paragraphs());
    expect(copy.contentControls()).toEqual(doc.contentControls());
    doc.fromDocumentXml(SimDocument.fromBody(p("Khác")).toDocumentXml());
    expect(texts(doc)).toEqual(["Khác"]);
  });

  /** Adds an onDataChanged handler (WordApi 1.5) on the control tagged `tag`, tracked or not; returns what it got. */
  async function watchControl(tag: string, tracked: boolean): Promise<number[][]> {
    const ids: number[][] = [];
    await Word.run(async (context) => {
      const control = context.document.contentControls.getByTag(tag).getFirst();
      control.onDataChanged.add(async (args) => {
        ids.push(args.ids);
      });
      if (tracked) control.track();
      await context.sync();
    });
    return ids;
  }

  it("raises ContentControl.onDataChanged (WordApi 1.5) once, when the cursor leaves a control the user changed", async () => {
    // office-js #5597: "the onDataChanged event occurs only when user exits the content control, having made a
    // change to the content. This behaviour is consistent between Word on Windows and Mac".
    const doc = SimDocument.fromBody(sdt("1a", p("x")) + p("sau"));
    install(doc);
    const ids = await watchControl("1a", true);
    doc.typeText({ tag: "1a" }, "y");
    doc.typeText("z");
    doc.placeCursor({ tag: "1a" }, "start"); // moving inside the control is not leaving it
    await nextTick();
    expect(ids).toEqual([]);
    doc.placeCursor(1);
    await nextTick();
    expect(ids).toEqual([[doc.contentControls()[0].id]]);
    // Entering and leaving again without a change raises nothing.
    doc.placeCursor({ tag: "1a" });
    doc.placeCursor(1);
    await nextTick();
    expect(ids).toHaveLength(1);
  });

  it("raises content-control events only for tracked controls, as setParagraphText shows", async () => {
    // Work with events using the Word JavaScript API, "Use .track()": "Certain event types also require you to
    // call track() on the object you're adding the event to. - Content control events - onDataChanged …"
    const doc = SimDocument.fromBody(sdt("1a", p("x")) + sdt("1b", p("y")) + p("sau"));
    install(doc);
    const untracked = await watchControl("1a", false);
    const tracked = await watchControl("1b", true);
    doc.setParagraphText({ tag: "1a" }, "Mới a");
    doc.setParagraphText({ tag: "1b" }, "Mới b");
    doc.placeCursor(2);
    await nextTick();
    expect(untracked).toEqual([]);
    expect(tracked).toEqual([[doc.contentControls()[1].id]]);
  });
});

/* Revisions, tables ------------------------------------------------------------------------------------------ */

describe("stored WordprocessingML", () => {
  it("leaves deleted revisions out of the text and keeps inserted ones", async () => {
    install(
      SimDocument.fromBody(
        '<w:p><w:r><w:t xml:space="preserve">Số </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>12</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>15</w:t></w:r></w:ins></w:p>',
      ),
    );
    await Word.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      expect(body.text).toBe("Số 15");
    });
  });

  it("with Track Changes on, records typing as w:ins and w:del, and leaves deleted text out of .text as Word on Windows does", async () => {
    // office-js #5286: body.text "displays the text visible in the document's preview on both Windows and Mac
    // computers", while Word on the web adds the deleted text (also office-js #1267).
    const doc = SimDocument.fromBody(p("Số 12 người"));
    doc.trackChanges = true;
    doc.selectText(0, 3, 5);
    doc.typeText("15");
    doc.typeText(0, "\nDòng mới");
    install(doc);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      const body = context.document.body.load("text");
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      expect(paragraphs.items.map((x) => x.text)).toEqual(["Số 15 người", "Dòng mới"]);
      expect(body.text).toBe("Số 15 người\rDòng mới");
      const revision = 'w:id="\\d+" w:author="Người soạn thảo" w:date="\\d{4}-\\d\\d-\\d\\dT[\\d:]+Z"';
      expect(ooxml.value).toMatch(new RegExp(`<w:del ${revision}><w:r><w:delText xml:space="preserve">12</w:delText></w:r></w:del>`));
      expect(ooxml.value).toMatch(new RegExp(`<w:ins ${revision}><w:r><w:t xml:space="preserve">15</w:t></w:r></w:ins>`));
      // Enter inserted the mark that ends the first paragraph.
      expect(ooxml.value).toMatch(new RegExp(`<w:pPr><w:rPr><w:ins ${revision}/></w:rPr></w:pPr>`));
    });
  });

  it("counts table paragraphs among the body's paragraphs and reads table values", async () => {
    const table = `<w:tbl><w:tr><w:tc>${p("Nơi nhận:")}</w:tc><w:tc>${sdt("doc.signature", p("GIÁM ĐỐC"))}</w:tc></w:tr></w:tbl>`;
    const doc = SimDocument.fromBody(table);
    install(doc);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text,tableNestingLevel");
      const tables = context.document.body.tables.load("values");
      await context.sync();
      expect(paragraphs.items.map((x) => [x.text, x.tableNestingLevel])).toEqual([
        ["Nơi nhận:", 1],
        ["GIÁM ĐỐC", 1],
        ["", 0],
      ]);
      expect(tables.items[0].values).toEqual([["Nơi nhận:", "GIÁM ĐỐC"]]);
    });
    expect(doc.contentControls()[0].level).toBe("block");
  });
});

describe("undo", () => {
  it("takes back a whole Word.run's changes in one step, as Ctrl+Z takes back an add-in's batch", async () => {
    const doc = SimDocument.fromBody(p("Một"));
    install(doc);
    await Word.run(async (context) => {
      const first = context.document.body.insertParagraph("Hai", "End");
      await context.sync();
      first.insertParagraph("Ba", "After");
      await context.sync();
    });
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Bốn", "End");
      await context.sync();
    });
    const texts = () => doc.paragraphs().map((x) => x.text);
    expect(texts()).toEqual(["Một", "Hai", "Ba", "Bốn"]);
    expect(doc.undo()).toBe(true);
    expect(texts()).toEqual(["Một", "Hai", "Ba"]);
    expect(doc.undo()).toBe(true);
    expect(texts()).toEqual(["Một"]);
    expect(doc.undo()).toBe(false);
  });
});
