/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: the skeleton is checked as parsed XML, not as text.
import { SkeletonFields, skeletonPartInfo } from "../src/core/skeleton/parts";
import { controlId, parseIsoDate, sectionProperties, skeletonBodyXml, skeletonParts, vietnameseDate } from "../src/core/skeleton/writer";
import { defaultProfile, sectionsOf } from "../src/profiles";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const profile = defaultProfile;

function fields(changes: Partial<SkeletonFields> = {}): SkeletonFields {
  return { province: "Thanh Hóa", agencyShort: "", number: "123", date: "2017-12-15", signer: "Nguyễn Văn A", deputy: false, ...changes };
}

function parse(blocks: string): Element {
  const doc = new DOMParser().parseFromString(`<root xmlns:w="${W}" xmlns:r="urn:r">${blocks}</root>`, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc.documentElement;
}

const children = (el: Element, name: string) => Array.from(el.children).filter((c) => c.namespaceURI === W && c.localName === name);
const child = (el: Element, name: string) => children(el, name)[0];
const all = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(W, name));
const val = (el: Element | undefined) => el?.getAttributeNS(W, "val") ?? null;

const tagOf = (sdt: Element) => val(child(child(sdt, "sdtPr"), "tag"));
const paragraphText = (p: Element) =>
  all(p, "t")
    .map((t) => t.textContent)
    .join("");
const paragraphTexts = (el: Element) => all(el, "p").map(paragraphText);
const controlByTag = (root: Element, tag: string) => {
  const found = all(root, "sdt").filter((sdt) => tagOf(sdt) === tag);
  expect(found).toHaveLength(1);
  return found[0];
};
const textOf = (root: Element) => paragraphTexts(root).join("\n");

describe("skeletonParts", () => {
  const parts = skeletonParts(profile, fields());
  const body = parse(parts.map((p) => p.xml).join(""));

  it("gives the parts of skeletonPartInfo in order", () => {
    expect(parts.map((p) => p.id)).toEqual(skeletonPartInfo(profile).map((p) => p.id));
  });

  it("writes every tag of every part exactly once, and each part holds its own tags", () => {
    const tags = all(body, "sdt").map(tagOf);
    const expected = skeletonPartInfo(profile).flatMap((p) => p.tags);
    expect([...tags].sort()).toEqual([...expected].sort());
    for (const part of skeletonPartInfo(profile)) {
      const xml = parts.find((p) => p.id === part.id)?.xml ?? "";
      expect(all(parse(xml), "sdt").map(tagOf)).toEqual(part.tags);
    }
  });

  it("never nests a control inside another", () => {
    for (const sdt of all(body, "sdt")) {
      let parent = sdt.parentElement;
      while (parent) {
        expect(parent.localName).not.toBe("sdt");
        parent = parent.parentElement;
      }
    }
  });

  it("also passes a plain depth count over the raw XML", () => {
    const xml = skeletonBodyXml(profile, fields());
    let depth = 0;
    let deepest = 0;
    for (const token of xml.match(/<w:sdt[ >]|<\/w:sdt>/g) ?? []) {
      depth += token === "</w:sdt>" ? -1 : 1;
      deepest = Math.max(deepest, depth);
    }
    expect(depth).toBe(0);
    expect(deepest).toBe(1);
  });

  it("gives every control a distinct positive 31-bit id, the same on every run", () => {
    const ids = all(body, "sdt").map((sdt) => Number(val(child(child(sdt, "sdtPr"), "id"))));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id > 0 && id < 2 ** 31).toBe(true);
    expect(controlId("1a")).toBe(controlId("1a"));
    // The ids documents already hold: FNV-1a over code points, as first written with codePointAt and Math.imul.
    const fnv1a = (tag: string) => {
      let hash = 0x811c9dc5;
      for (const ch of tag) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193);
      return hash & 0x7fffffff || 1;
    };
    for (const tag of ["1a", "header", "rd:4b", "Mục 2c", "ký 😀 tên", "\uffff\ud800", ""]) expect(controlId(tag)).toBe(fnv1a(tag));
    expect(skeletonBodyXml(profile, fields())).toBe(skeletonBodyXml(profile, fields()));
  });

  it("orders w:sdtPr as the schema does and writes no type element (rich text)", () => {
    for (const sdt of all(body, "sdt")) {
      const names = Array.from(child(sdt, "sdtPr").children).map((c) => c.localName);
      const order = ["rPr", "alias", "tag", "id", "showingPlcHdr"];
      expect(names).toEqual(order.filter((n) => names.includes(n)));
      expect(names).toEqual(expect.arrayContaining(["alias", "tag", "id"]));
    }
  });

  it("puts each section's heading before its control, and the guidance in it as placeholder", () => {
    for (const section of sectionsOf(profile)) {
      const sdt = controlByTag(body, section.id);
      expect(sdt.parentElement).toBe(body);
      const heading = sdt.previousElementSibling as Element;
      expect(heading.localName).toBe("p");
      expect(paragraphText(heading)).toBe(section.heading);
      expect(all(heading, "b").length).toBeGreaterThan(0);

      const sdtPr = child(sdt, "sdtPr");
      expect(val(child(sdtPr, "alias"))).toBe(`${section.id}. ${section.title.vi}`);
      expect(child(sdtPr, "showingPlcHdr")).toBeDefined();
      const content = child(sdt, "sdtContent");
      expect(children(content, "p").map(paragraphText)).toEqual(section.guidance);
      for (const run of all(content, "r")) {
        const rPr = child(run, "rPr");
        expect(val(child(rPr, "rStyle"))).toBe("PlaceholderText");
        expect(val(child(rPr, "color"))).toBe("808080");
        expect(child(rPr, "i")).toBeDefined();
      }
    }
  });

  it("holds each group heading, bold, in a control tagged with the group id", () => {
    for (const group of profile.groups) {
      const sdt = controlByTag(body, group.id);
      expect(paragraphTexts(sdt)).toEqual([group.heading]);
      expect(all(sdt, "b").length).toBeGreaterThan(0);
    }
  });

  it("formats every run in Times New Roman with a size, in black unless placeholder", () => {
    for (const run of all(body, "r")) {
      const rPr = child(run, "rPr");
      expect(child(rPr, "rFonts").getAttributeNS(W, "ascii")).toBe("Times New Roman");
      expect(child(rPr, "rFonts").getAttributeNS(W, "cs")).toBe("Times New Roman");
      expect(val(child(rPr, "sz"))).toMatch(/^\d+$/);
      expect(["000000", "808080"]).toContain(val(child(rPr, "color")));
    }
  });

  it("writes the header and closing as borderless fixed tables as wide as the text", () => {
    const tables = children(body, "tbl");
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const borders = child(child(table, "tblPr"), "tblBorders");
      expect(Array.from(borders.children).map((b) => [b.localName, val(b)])).toEqual(
        ["top", "left", "bottom", "right", "insideH", "insideV"].map((edge) => [edge, "nil"]),
      );
      expect(child(child(table, "tblPr"), "tblLayout").getAttributeNS(W, "type")).toBe("fixed");
      const width = children(child(table, "tblGrid"), "gridCol").reduce((sum, col) => sum + Number(col.getAttributeNS(W, "w")), 0);
      expect(width).toBe(11906 - Math.round(30 * 56.6929) - Math.round(15 * 56.6929));
    }
  });
});

describe("the header", () => {
  const header = (changes: Partial<SkeletonFields> = {}) => parse(skeletonBodyXml(profile, fields(changes), ["header"]));
  const runFormat = (root: Element, text: string) => {
    const run = all(root, "r").find((r) => paragraphText(r) === text);
    if (!run) throw new Error(`no run "${text}"`);
    const rPr = child(run, "rPr");
    return { size: Number(val(child(rPr, "sz"))) / 2, bold: !!child(rPr, "b"), italic: !!child(rPr, "i") };
  };

  it("names the parent body, the Sở, the number and the place and date", () => {
    const root = header();
    expect(paragraphTexts(controlByTag(root, "doc.agency"))).toEqual(["UBND TỈNH THANH HÓA", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ""]);
    expect(textOf(controlByTag(root, "doc.number"))).toBe("Số: 123/BC-SLĐTBXH");
    expect(textOf(controlByTag(root, "doc.date"))).toBe("Thanh Hóa, ngày 15 tháng 12 năm 2017");
    expect(textOf(root)).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
  });

  it("uses Decree 30's sizes and styles", () => {
    const root = header();
    expect(runFormat(root, "UBND TỈNH THANH HÓA")).toEqual({ size: 12, bold: false, italic: false });
    expect(runFormat(root, "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")).toEqual({ size: 12, bold: true, italic: false });
    expect(runFormat(root, "Số: 123/BC-SLĐTBXH")).toEqual({ size: 13, bold: false, italic: false });
    expect(runFormat(root, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual({ size: 12, bold: true, italic: false });
    expect(runFormat(root, "Độc lập - Tự do - Hạnh phúc")).toEqual({ size: 13, bold: true, italic: false });
    expect(runFormat(root, "Thanh Hóa, ngày 15 tháng 12 năm 2017")).toEqual({ size: 14, bold: false, italic: true });
  });

  it("draws a rule under the Sở's name and one under the motto", () => {
    const ruled = all(header(), "p").filter((p) => all(p, "pBdr").length > 0);
    expect(ruled).toHaveLength(2);
  });

  it("pads days below 10 and months 1 and 2 with a zero", () => {
    expect(textOf(controlByTag(header({ date: "2018-01-05" }), "doc.date"))).toBe("Thanh Hóa, ngày 05 tháng 01 năm 2018");
    expect(vietnameseDate({ year: 2018, month: 2, day: 9 }, 2017)).toBe("ngày 09 tháng 02 năm 2018");
    expect(vietnameseDate({ year: 2017, month: 3, day: 10 }, 2017)).toBe("ngày 10 tháng 3 năm 2017");
  });

  it("leaves the day and month to fill, with the profile's year, when there is no date", () => {
    expect(textOf(controlByTag(header({ province: "Hà Nội", date: "" }), "doc.date"))).toBe("Hà Nội, ngày … tháng … năm 2017");
  });

  it("reads only real YYYY-MM-DD dates, and refuses to write a bad one", () => {
    expect(parseIsoDate("2017-12-15")).toEqual({ year: 2017, month: 12, day: 15 });
    for (const bad of ["2017-02-30", "2017-1-5", "15/12/2017", "abc"]) expect(parseIsoDate(bad)).toBeNull();
    expect(() => skeletonBodyXml(profile, fields({ date: "2017-02-30" }))).toThrow(RangeError);
  });

  it("writes numbers below 10 with a zero, leaves '…' without a number, and uses the Sở's short name", () => {
    expect(textOf(controlByTag(header({ number: "5" }), "doc.number"))).toBe("Số: 05/BC-SLĐTBXH");
    expect(textOf(controlByTag(header({ number: "" }), "doc.number"))).toBe("Số: …/BC-SLĐTBXH");
    expect(textOf(controlByTag(header({ agencyShort: "SLĐ" }), "doc.number"))).toBe("Số: 123/BC-SLĐ");
  });
});

describe("province and city naming", () => {
  const skeleton = (province: string) => parse(skeletonBodyXml(profile, fields({ province })));
  const opening = (root: Element) => paragraphTexts(root).find((t) => t.startsWith("Thực hiện Công văn")) ?? "";

  it("calls a province 'tỉnh'", () => {
    const root = skeleton("Thanh Hóa");
    expect(paragraphTexts(controlByTag(root, "doc.agency"))[0]).toBe("UBND TỈNH THANH HÓA");
    expect(opening(root)).toContain("Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa báo cáo như sau:");
    expect(paragraphTexts(controlByTag(root, "doc.recipients"))).toContain("- UBND tỉnh (để báo cáo);");
  });

  it("calls a centrally-run city 'thành phố'", () => {
    const root = skeleton("Hà Nội");
    expect(paragraphTexts(controlByTag(root, "doc.agency"))[0]).toBe("UBND THÀNH PHỐ HÀ NỘI");
    expect(opening(root)).toContain("Xã hội thành phố Hà Nội báo cáo");
    expect(paragraphTexts(controlByTag(root, "doc.recipients"))).toContain("- UBND thành phố (để báo cáo);");
  });

  it("does not double 'Thành phố' for Thành phố Hồ Chí Minh", () => {
    const root = skeleton("Thành phố Hồ Chí Minh");
    expect(paragraphTexts(controlByTag(root, "doc.agency"))[0]).toBe("UBND THÀNH PHỐ HỒ CHÍ MINH");
    expect(textOf(controlByTag(root, "doc.date"))).toBe("Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2017");
    expect(opening(root)).toContain("Xã hội Thành phố Hồ Chí Minh báo cáo");
    expect(textOf(root)).not.toMatch(/thành phố thành phố/i);
  });

  it("leaves '…' where no province is given", () => {
    const root = skeleton("");
    expect(paragraphTexts(controlByTag(root, "doc.agency"))[0]).toBe("UBND TỈNH …");
    expect(textOf(controlByTag(root, "doc.date"))).toBe("…, ngày 15 tháng 12 năm 2017");
  });
});

describe("escaping what the drafter typed", () => {
  const nasty = { province: `Hà<&"'>Nam`, number: `1<2&"'`, agencyShort: `S&L"'<`, signer: `Trần "Bé" <&> O'Neil` };

  it("gives well-formed XML whose text is what was typed", () => {
    const root = parse(skeletonBodyXml(profile, fields(nasty)));
    expect(paragraphTexts(controlByTag(root, "doc.agency"))[0]).toBe(`UBND TỈNH HÀ<&"'>NAM`);
    expect(textOf(controlByTag(root, "doc.number"))).toBe(`Số: 1<2&"'/BC-S&L"'<`);
    expect(textOf(controlByTag(root, "doc.date"))).toBe(`Hà<&"'>Nam, ngày 15 tháng 12 năm 2017`);
    expect(paragraphTexts(controlByTag(root, "doc.signature")).pop()).toBe(`Trần "Bé" <&> O'Neil`);
  });

  it("drops characters XML cannot hold", () => {
    const root = parse(skeletonBodyXml(profile, fields({ signer: "Nguyễn\u0001 Văn\u001f A\uFFFF" })));
    expect(paragraphTexts(controlByTag(root, "doc.signature")).pop()).toBe("Nguyễn Văn A");
  });
});

describe("the closing", () => {
  const closing = (changes: Partial<SkeletonFields> = {}) => parse(skeletonBodyXml(profile, fields(changes), ["closing"]));

  it("lists the recipients under 'Nơi nhận:'", () => {
    expect(paragraphTexts(controlByTag(closing(), "doc.recipients"))).toEqual([
      "Nơi nhận:",
      "- Bộ LĐTBXH (Vụ KHTC);",
      "- UBND tỉnh (để báo cáo);",
      "- Lưu: VT, …",
    ]);
  });

  it("signs as Director, leaving room to sign above the name", () => {
    const lines = paragraphTexts(controlByTag(closing(), "doc.signature"));
    expect(lines[0]).toBe("GIÁM ĐỐC");
    expect(lines.at(-1)).toBe("Nguyễn Văn A");
    expect(lines.slice(1, -1).every((line) => line === "")).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
  });

  it("signs for the Director when a deputy signs", () => {
    const lines = paragraphTexts(controlByTag(closing({ deputy: true }), "doc.signature")).filter(Boolean);
    expect(lines).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]);
  });

  it("leaves an empty bold line for the name when there is no signer", () => {
    const paragraphs = children(child(controlByTag(closing({ signer: "" }), "doc.signature"), "sdtContent"), "p");
    const last = paragraphs[paragraphs.length - 1];
    expect(paragraphText(last)).toBe("");
    expect(all(last, "b").length).toBeGreaterThan(0);
  });
});

describe("skeletonBodyXml with only some parts", () => {
  it("writes just those parts, in document order", () => {
    const root = parse(skeletonBodyXml(profile, fields(), ["2b", "1a"]));
    expect(all(root, "sdt").map(tagOf)).toEqual(["1a", "2b"]);
    expect(children(root, "tbl")).toHaveLength(0);
  });

  it("writes the title, and the opening sentence in a control of its own to anchor later parts after", () => {
    const root = parse(skeletonBodyXml(profile, fields(), ["title", "opening"]));
    expect(paragraphTexts(controlByTag(root, "doc.title")).filter(Boolean)).toEqual([profile.document.title, profile.document.subtitle]);
    expect(paragraphTexts(controlByTag(root, "doc.opening")).join("")).toMatch(
      /^Thực hiện Công văn số 5121.*Sở Lao động - Thương binh và Xã hội tỉnh/,
    );
  });

  it("writes nothing for an empty choice", () => {
    expect(skeletonBodyXml(profile, fields(), [])).toBe("");
  });
});

describe("sectionProperties", () => {
  it("sets A4 portrait, the profile's margins in twips and a distinct first page", () => {
    const root = parse(sectionProperties(profile, "rIdHeader1"));
    expect(all(root, "pgSz")[0].getAttributeNS(W, "w")).toBe("11906");
    expect(all(root, "pgSz")[0].getAttributeNS(W, "h")).toBe("16838");
    const margins = all(root, "pgMar")[0];
    expect(["top", "bottom", "left", "right"].map((side) => margins.getAttributeNS(W, side))).toEqual(["1134", "1134", "1701", "850"]);
    expect(all(root, "titlePg")).toHaveLength(1);
    expect(all(root, "headerReference")[0].getAttribute("r:id")).toBe("rIdHeader1");
  });
});
