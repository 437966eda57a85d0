import {
  DONE,
  END,
  START,
  TEXT,
  XmlElement,
  XmlError,
  XmlTokenizer,
  childElements,
  firstChild,
  parseXml,
  serializeXml,
  textOf,
} from "../src/core/ooxml/xml";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function expectXmlError(input: string, message?: RegExp): XmlError {
  let caught: unknown;
  try {
    parseXml(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(XmlError);
  const error = caught as XmlError;
  expect(typeof error.offset).toBe("number");
  if (message) expect(error.message).toMatch(message);
  return error;
}

describe("parseXml", () => {
  it("reads elements, attributes in either quote, text and self-closing tags", () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:p ${W} w:rsidR='00AB'><w:r><w:t xml:space="preserve"> Xin chào </w:t></w:r><w:r/></w:p>`,
    );
    expect(root.name).toBe("w:p");
    expect(root.attrs).toEqual({
      "xmlns:w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "w:rsidR": "00AB",
    });
    const runs = childElements(root, "w:r");
    expect(runs).toHaveLength(2);
    expect(runs[1]).toEqual({ name: "w:r", attrs: {}, children: [] });
    expect(firstChild(runs[0], "w:t")?.children).toEqual([" Xin chào "]);
  });

  it("decodes the five predefined entities and decimal and hex character references", () => {
    const root = parseXml(`<a b="&lt;&gt;&amp;&quot;&apos;">&lt;tag&gt; &amp; &#272;&#x1EA1;&#x1F600;</a>`);
    expect(root.attrs.b).toBe(`<>&"'`);
    expect(root.children).toEqual(["<tag> & Đạ😀"]);
  });

  it("turns CDATA into text, skips comments and processing instructions, and strips a UTF-8 BOM", () => {
    const root = parseXml(
      '\uFEFF<?mso-application progid="Word.Document"?><!-- before --><a>x<![CDATA[<b>&amp;</b>]]>y<!-- inside --><?pi data?></a><!-- after -->',
    );
    expect(root.children).toEqual(["x<b>&amp;</b>y"]);
  });

  it("normalizes line ends in text and whitespace in attribute values", () => {
    const root = parseXml('<a v="1\t2\n3">x\r\ny\rz</a>');
    expect(root.attrs.v).toBe("1 2 3");
    expect(root.children).toEqual(["x\ny\nz"]);
  });

  it("refuses any DOCTYPE", () => {
    expectXmlError('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', /DOCTYPE/);
  });

  it("refuses a billion-laughs document without expanding anything", () => {
    const laughs = [
      '<?xml version="1.0"?>',
      "<!DOCTYPE lolz [",
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`),
      "]>",
      "<lolz>&lol9;</lolz>",
    ].join("\n");
    expectXmlError(laughs, /DOCTYPE/);
  });

  it("treats an undeclared entity as an error", () => {
    expectXmlError("<a>&lol9;</a>", /Unknown entity/);
    expectXmlError("<a>&nbsp;</a>", /Unknown entity/);
  });

  it.each([
    ["mismatched end tag", "<a><b></a></b>", /does not match/],
    ["unclosed element", "<a><b></b>", /Unclosed element <a>/],
    ["unterminated start tag", "<a><b attr='1'", /Unterminated/],
    ["unterminated end tag", "<a></a", /Unterminated end tag/],
    ["unterminated comment", "<a><!-- x </a>", /Unterminated comment/],
    ["unterminated CDATA", "<a><![CDATA[x</a>", /Unterminated CDATA/],
    ["text after the root", "<a/>tail", /Text after the root/],
    ["second root", "<a/><b/>", /second root/],
    ["text before the root", "x<a/>", /Text before the root/],
    ["end tag without start", "</a>", /without a start tag/],
    ["unquoted attribute", "<a b=1/>", /not quoted/],
    ["attribute without value", "<a b/>", /has no value/],
    ["duplicate attribute", '<a b="1" b="2"/>', /Duplicate attribute/],
    ["< in attribute value", '<a b="<"/>', /"<" in an attribute value/],
    ["bad character reference", "<a>&#xD800;</a>", /Invalid character reference/],
    ["unterminated reference", "<a>&amp</a>", /Unterminated entity/],
    ["empty document", "   ", /No root element/],
    ["bad element name", "<1a/>", /Invalid element name/],
  ])("throws XmlError with an offset on %s", (_name, input, message) => {
    expectXmlError(input, message);
  });

  it("gives the offset of the problem", () => {
    expect(expectXmlError("<a><b></c></a>").offset).toBe(6);
  });

  it("parses 100,000 levels of nesting without overflowing the stack", () => {
    const depth = 100_000;
    const input = "<d>".repeat(depth) + "deep" + "</d>".repeat(depth);
    let node: XmlElement = parseXml(input);
    let levels = 1;
    while (node.children.length === 1 && typeof node.children[0] !== "string") {
      node = node.children[0];
      levels++;
    }
    expect(levels).toBe(depth);
    expect(node.children).toEqual(["deep"]);
    // The helpers are iterative too.
    expect(serializeXml(parseXml(input)).length).toBe(input.length);
  });

  it("reports unclosed deep nesting as an XmlError, not a RangeError", () => {
    expectXmlError("<d>".repeat(100_000), /Unclosed/);
  });

  it("parses a generated 20 MB document", () => {
    const paragraph = `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Tỉnh Thanh Hóa &amp; Sở Lao động – Thương binh và Xã hội, năm 2024: </w:t></w:r><w:r><w:tab/><w:t>12.345 người</w:t></w:r></w:p>`;
    const count = Math.ceil((20 * 1024 * 1024) / paragraph.length);
    const input = `<w:document ${W}><w:body>${paragraph.repeat(count)}</w:body></w:document>`;
    expect(input.length).toBeGreaterThan(20 * 1024 * 1024);
    const body = firstChild(parseXml(input), "w:body") as XmlElement;
    expect(childElements(body, "w:p")).toHaveLength(count);
  });
});

describe("XmlTokenizer", () => {
  const TOKEN_NAMES = { [START]: "start", [END]: "end", [TEXT]: "text" } as Record<number, string>;
  /** Every token as "start:name", "end:name" or "text:…", until DONE. */
  function tokensOf(tokens: XmlTokenizer): string[] {
    const seen: string[] = [];
    for (let token = tokens.next(); token !== DONE; token = tokens.next()) {
      seen.push(`${TOKEN_NAMES[token]}:${token === TEXT ? tokens.textValue() : tokens.name}`);
    }
    return seen;
  }

  it("gives starts, ends and text in order; an empty-element tag is a start then an end", () => {
    const tokens = XmlTokenizer.document(`<?xml version="1.0"?><w:p ${W}><w:r><w:t>a &amp; b</w:t><w:tab/></w:r><!-- x --></w:p>`);
    expect(tokensOf(tokens)).toEqual([
      "start:w:p",
      "start:w:r",
      "start:w:t",
      "text:a & b",
      "end:w:t",
      "start:w:tab",
      "end:w:tab",
      "end:w:r",
      "end:w:p",
    ]);
  });

  it("reads one element of a larger text, from its offset to its end", () => {
    const text = `<pkg:xmlData><w:p ${W}><w:r/></w:p><w:p><w:r/></w:p></pkg:xmlData>`;
    const tokens = XmlTokenizer.element(text, text.indexOf("<w:p"));
    expect(tokensOf(tokens)).toEqual(["start:w:p", "start:w:r", "end:w:r", "end:w:p"]);
  });

  it("checks what it passes over: an unknown entity or a duplicate attribute is refused though never read", () => {
    const skipAll = (xml: string) => {
      const tokens = XmlTokenizer.document(xml);
      tokens.next();
      tokens.skip();
      while (tokens.next() !== DONE);
    };
    expect(() => skipAll('<a><b c="&lol;"/></a>')).toThrow(/Unknown entity/);
    expect(() => skipAll("<a><b>&lol;</b></a>")).toThrow(/Unknown entity/);
    expect(() => skipAll('<a><b c="1" c="2"/></a>')).toThrow(/Duplicate attribute c/);
    expect(() => skipAll("<a><b></a>")).toThrow(/does not match/);
    expect(() => skipAll("<a/><b/>")).toThrow(/second root/);
  });

  it("gives an element's plain content once, and passes over it on request", () => {
    const xml = `<w:r ${W}><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>x</w:t></w:r>`;
    const tokens = XmlTokenizer.document(xml);
    tokens.next();
    tokens.next();
    const content = tokens.simpleContent() as string;
    expect(content).toBe('<w:b/><w:sz w:val="28"/>');
    tokens.passContent(content.length);
    expect(tokensOf(tokens)).toEqual(["start:w:t", "text:x", "end:w:t", "end:w:r"]);
  });

  it.each([
    ["an element of its own name inside", "<w:rPr><w:b/><w:rPrChange><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>"],
    ["a comment that could hide the end tag", "<w:rPr><!-- </w:rPr> --><w:b/></w:rPr>"],
    ["an end tag with a space before >", "<w:rPr><w:b/></w:rPr ><w:t/><w:rPr></w:rPr>"],
  ])("has no plain content for %s", (_name, xml) => {
    const tokens = XmlTokenizer.document(`<w:r ${W}>${xml}</w:r>`);
    tokens.next();
    tokens.next();
    expect(tokens.simpleContent()).toBeUndefined();
  });

  it("reads UTF-8 bytes in place: the text and values it gives are those of the decoded document", () => {
    const xml = `\uFEFF<w:p ${W} w:name="Tiêu đề &amp; mục" w:author="Nguyễn Văn A"><w:t>Hồ Chí Minh &#x1F600; 😀</w:t><![CDATA[Đạt]]><w:t>ascii</w:t></w:p>`;
    const bytes = Buffer.from(xml, "utf8");
    const inBytes = () => XmlTokenizer.document(bytes.toString("latin1"), (start, end) => bytes.toString("utf8", start, end));
    expect(tokensOf(inBytes())).toEqual(tokensOf(XmlTokenizer.document(xml)));
    const root = inBytes();
    root.next();
    expect([root.attribute("w:name"), root.attribute("w:author")]).toEqual(["Tiêu đề & mục", "Nguyễn Văn A"]);
  });
});

describe("serializeXml", () => {
  it("round-trips a document: parse(serialize(parse(x))) equals parse(x)", () => {
    const input = `<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">a &lt; b &amp; "c"</w:t></w:r></w:p><w:sdt><w:sdtPr><w:tag w:val="1a &quot;x&quot;"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt></w:body></w:document>`;
    const parsed = parseXml(input);
    const written = serializeXml(parsed);
    expect(parseXml(written)).toEqual(parsed);
    expect(written).toContain('a &lt; b &amp; "c"');
    expect(written).toContain('w:val="1a &quot;x&quot;"');
    expect(written).toContain("<w:p/>");
  });

  it("escapes text and attribute values, keeping tabs and newlines in attributes", () => {
    const el: XmlElement = { name: "a", attrs: { v: 'x<&">\t\n' }, children: ["<&>"] };
    const written = serializeXml(el, { declaration: true });
    expect(written.startsWith("<?xml")).toBe(true);
    expect(parseXml(written)).toEqual(el);
  });
});

describe("textOf", () => {
  it("reads w:t text with tabs and breaks, and skips deleted text, field codes and tab-stop definitions", () => {
    const p = parseXml(
      `<w:p ${W}><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
        `<w:r><w:t>Mục</w:t><w:tab/><w:t>1</w:t><w:br/><w:t>a</w:t></w:r>` +
        `<w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    );
    expect(textOf(p)).toBe("Mục\t1\nathêm");
  });
});
