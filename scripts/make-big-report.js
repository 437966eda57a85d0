// Writes a realistic 5121 report as a .docx, for benchmarks:
//   node scripts/make-big-report.js OUT.docx [PARAGRAPHS] [--province NAME] [--omit 1c,2b]
// About 9,000 paragraphs (~300 pages) by default, PARAGRAPHS scales it (~30 a page), of Vietnamese text typed the
// way provincial reports are: the two-column header table, the title, headings numbered "I.", "1.", "a)" in bold
// direct formatting (no heading styles), justified Times New Roman 14 body text with Word-like run markup,
// indicator tables, the recipients and the signature. --province names the sender (default Thanh Hóa); --omit
// leaves sections out, as an unfinished report does. Deterministic: the same arguments give the same file.
// Also a module: bench.js calls reportDocx() to make a folder of reports without a process each.
const fs = require("fs");
const { zipSync, strToU8 } = require("fflate");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

let seed = 5121;
function random() {
  // Math.imul: a plain product passes 2^53 and loses the low bits, which cut the period to ~10,000 draws and made
  // the text repeat every few hundred paragraphs.
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const rsid = () =>
  Math.floor(random() * 0xffffffff)
    .toString(16)
    .toUpperCase()
    .padStart(8, "0");
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function run(text, { bold = false, italic = false, size = 28 } = {}) {
  const props = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${bold ? "<w:b/><w:bCs/>" : ""}${italic ? "<w:i/><w:iCs/>" : ""}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN"/>`;
  return `<w:r w:rsidRPr="${rsid()}"><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function paragraph(runs, { align = "both", indent = true, after = 120 } = {}) {
  const ind = indent ? '<w:ind w:firstLine="720"/>' : "";
  return `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}"><w:pPr><w:spacing w:before="0" w:after="${after}" w:line="312" w:lineRule="auto"/>${ind}<w:jc w:val="${align}"/></w:pPr>${runs.join("")}</w:p>`;
}

const heading = (text, italic = false) => paragraph([run(text, { bold: true, italic })], { indent: true });

function cell(texts, width, { bold = false, align = "center", size = 26 } = {}) {
  const paras = texts.map((t) => paragraph([run(t, { bold, size })], { align, indent: false, after: 0 })).join("");
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paras}</w:tc>`;
}

function table(rows, widths, { borders = true } = {}) {
  const border = borders ? "single" : "nil";
  const sides = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((s) => `<w:${s} w:val="${border}" w:sz="4" w:space="0" w:color="auto"/>`)
    .join("");
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const body = rows
    .map(
      (row, i) =>
        `<w:tr w:rsidR="${rsid()}">${row.map((c, j) => cell([c], widths[j], { bold: i === 0 && borders, align: j === 0 && i > 0 ? "left" : "center" })).join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${sides}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

const FIELDS = [
  "Việc làm",
  "Giáo dục nghề nghiệp",
  "Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng",
  "Tiền lương, quan hệ lao động",
  "Bảo hiểm xã hội",
  "An toàn, vệ sinh lao động",
  "Người có công",
  "Giảm nghèo",
  "Bảo trợ xã hội",
  "Trẻ em",
  "Bình đẳng giới",
  "Phòng, chống tệ nạn xã hội",
];
const SUBJECTS = [
  "Sở Lao động - Thương binh và Xã hội",
  "Ủy ban nhân dân các huyện, thị xã, thành phố",
  "các cơ sở giáo dục nghề nghiệp",
  "Ngân hàng Chính sách xã hội tỉnh",
  "Bảo hiểm xã hội tỉnh",
  "các doanh nghiệp trên địa bàn",
  "Phòng Lao động - Thương binh và Xã hội cấp huyện",
];
const VERBS = [
  "đã chủ động phối hợp triển khai",
  "tập trung chỉ đạo thực hiện",
  "tổ chức tuyên truyền, phổ biến",
  "thường xuyên kiểm tra, giám sát việc thực hiện",
  "rà soát, tổng hợp và báo cáo kết quả",
  "hướng dẫn các địa phương thực hiện",
];
const OBJECTS = [
  "các chính sách hỗ trợ người lao động",
  "chương trình mục tiêu quốc gia giảm nghèo bền vững",
  "Đề án đào tạo nghề cho lao động nông thôn",
  "chế độ ưu đãi đối với người có công với cách mạng",
  "chính sách trợ giúp xã hội hằng tháng",
  "kế hoạch phòng, chống tai nạn lao động",
  "các quy định của Bộ luật Lao động năm 2012",
];
const RESULTS = [
  () =>
    `giải quyết việc làm cho ${thousands(20000 + random() * 15000)} lao động, đạt ${decimal(95 + random() * 15)}% kế hoạch năm, tăng ${decimal(random() * 8)}% so với năm 2016`,
  () => `tuyển sinh ${thousands(30000 + random() * 20000)} người, đạt ${decimal(98 + random() * 8)}% kế hoạch`,
  () => `tỷ lệ hộ nghèo giảm còn ${decimal(5 + random() * 10)}%, giảm ${decimal(1 + random() * 2)} điểm phần trăm so với cuối năm 2016`,
  () =>
    `chi trả kịp thời trợ cấp cho ${thousands(40000 + random() * 30000)} đối tượng với tổng kinh phí ${thousands(200 + random() * 300)} tỷ đồng`,
  () => `${thousands(1000 + random() * 3000)} lao động đi làm việc ở nước ngoài theo hợp đồng, vượt kế hoạch đề ra`,
  () => `tỷ lệ lao động qua đào tạo đạt ${decimal(55 + random() * 10)}%, tăng ${decimal(2 + random() * 2)} điểm phần trăm so với năm trước`,
];
const CLOSERS = [
  "góp phần ổn định đời sống nhân dân và bảo đảm an sinh xã hội trên địa bàn tỉnh.",
  "tuy nhiên vẫn còn một số khó khăn, vướng mắc cần tiếp tục tháo gỡ.",
  "được các cấp, các ngành và nhân dân đồng tình, hưởng ứng.",
  "bảo đảm đúng đối tượng, đúng chế độ, công khai, minh bạch.",
];

function thousands(n) {
  return Math.round(n).toLocaleString("de-DE");
}
function decimal(n) {
  return n.toFixed(1).replace(".", ",");
}
function sentence() {
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, ${pick(RESULTS)()}; ${pick(CLOSERS)}`;
}
function bodyParagraph() {
  if (random() < 0.2) return paragraph([run(`- ${pick(FIELDS)}: `, { italic: true }), run(sentence())]);
  return paragraph([run(sentence()), ...(random() < 0.5 ? [run(` ${sentence()}`)] : [])]);
}

const INDICATORS = [
  ["Số lao động được giải quyết việc làm", "người"],
  ["Trong đó: đi làm việc ở nước ngoài theo hợp đồng", "người"],
  ["Tuyển sinh giáo dục nghề nghiệp", "người"],
  ["Tỷ lệ lao động qua đào tạo", "%"],
  ["Tỷ lệ thất nghiệp khu vực thành thị", "%"],
  ["Số người tham gia bảo hiểm xã hội", "người"],
  ["Số người tham gia bảo hiểm thất nghiệp", "người"],
  ["Tỷ lệ hộ nghèo", "%"],
  ["Tỷ lệ hộ cận nghèo", "%"],
  ["Số đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng", "người"],
];
function indicatorTable() {
  const rows = [["Chỉ tiêu", "ĐVT", "TH 2016", "KH 2017", "TH 2017", "So KH", "So 2016", "KH 2018"]];
  for (const [name, unit] of INDICATORS) {
    const value = () => (unit === "%" ? decimal(random() * 70) : thousands(1000 + random() * 50000));
    rows.push([name, unit, value(), value(), value(), `${decimal(90 + random() * 20)}%`, `${decimal(90 + random() * 20)}%`, value()]);
  }
  return table(rows, [2800, 700, 900, 900, 900, 800, 800, 900]);
}

/** "tỉnh Thanh Hóa" for a province, "thành phố Hà Nội" for the five centrally-run cities. */
const CITIES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ"];
function fullName(province) {
  return `${CITIES.includes(province) ? "thành phố" : "tỉnh"} ${province.replace(/^Thành phố /, "")}`;
}

function buildDocument(totalParagraphs, province, omit) {
  const out = [];
  const place = province.replace(/^Thành phố /, "TP. ");
  out.push(
    table(
      [
        [`UBND ${fullName(province).toUpperCase()}`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 1234/BC-SLĐTBXH", `${place}, ngày 15 tháng 12 năm 2017`],
      ],
      [3600, 5800],
      { borders: false },
    ),
  );
  out.push(paragraph([run("BÁO CÁO", { bold: true })], { align: "center", indent: false }));
  out.push(
    paragraph(
      [
        run(
          "Đánh giá tình hình thực hiện năm 2017; nhiệm vụ, giải pháp thực hiện kế hoạch năm 2018 lĩnh vực lao động, người có công và xã hội",
          { bold: true },
        ),
      ],
      { align: "center", indent: false },
    ),
  );
  out.push(
    paragraph([
      run(
        `Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017 của Bộ Lao động - Thương binh và Xã hội, Sở Lao động - Thương binh và Xã hội ${fullName(province)} báo cáo như sau:`,
      ),
    ]),
  );

  const sections = [
    { group: "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2017" },
    { id: "1a", heading: "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2017", share: 0.45, table: true },
    { id: "1b", heading: "2. Đánh giá việc triển khai thực hiện cơ chế, chính sách pháp luật, chương trình, đề án", share: 0.15 },
    { id: "1c", heading: "3. Khó khăn, tồn tại và nguyên nhân", share: 0.1 },
    { group: "II. CHỈ TIÊU, NHIỆM VỤ NĂM 2018" },
    { id: "2a", heading: "1. Chỉ tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2018", share: 0.2, table: true },
    {
      id: "2b",
      heading: "2. Đề xuất, kiến nghị",
      share: 0.1,
      subheadings: ["a) Đối với Quốc hội", "b) Đối với Chính phủ", "c) Đối với Bộ Lao động - Thương binh và Xã hội"],
    },
  ];
  for (const section of sections) {
    if (section.group) {
      out.push(heading(section.group));
      continue;
    }
    if (omit.includes(section.id)) continue;
    out.push(heading(section.heading));
    const count = Math.round(totalParagraphs * section.share);
    const subheadings = section.subheadings ?? FIELDS.map((field, i) => `${String.fromCharCode(97 + i)}) ${field}`);
    const perSub = Math.max(1, Math.floor(count / subheadings.length));
    subheadings.forEach((sub, i) => {
      out.push(heading(sub, true));
      for (let k = 0; k < perSub; k++) out.push(bodyParagraph());
      if (section.table && i % 4 === 0) out.push(indicatorTable());
    });
  }

  out.push(
    table(
      [
        ["Nơi nhận:\n- Bộ LĐTBXH (Vụ KHTC);\n- UBND tỉnh (để báo cáo);\n- Lưu: VT, KHTC.", "GIÁM ĐỐC"],
        ["", "Nguyễn Văn A"],
      ],
      [4600, 4800],
      { borders: false },
    ).replace(/\n/g, '</w:t><w:br/><w:t xml:space="preserve">'),
  );
  const sectPr =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${out.join("")}${sectPr}</w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style></w:styles>`;

/**
 * The report's .docx bytes. `paragraphs` sets its length (~30 a page), `province` its sender, `omit` the ids of
 * sections left out ("1a" … "2b"), `seed` the choice of sentences.
 */
function reportDocx({ paragraphs = 9000, province = "Thanh Hóa", omit = [], seed: start = 5121 } = {}) {
  seed = start;
  const files = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/_rels/document.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`),
    "word/document.xml": strToU8(buildDocument(paragraphs, province, omit)),
    "word/styles.xml": strToU8(STYLES),
  };
  // A fixed time in every entry, so that the same arguments give the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}

function main() {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args.splice(at, 2)[1];
  };
  const province = option("--province");
  const omit = option("--omit");
  const [outPath, countArg] = args;
  if (!outPath) {
    console.error("usage: node scripts/make-big-report.js OUT.docx [PARAGRAPHS] [--province NAME] [--omit 1c,2b]");
    process.exit(2);
  }
  const bytes = reportDocx({ paragraphs: countArg ? Number(countArg) : undefined, province, omit: omit ? omit.split(",") : undefined });
  fs.writeFileSync(outPath, bytes);
  console.log(`${outPath}: ${bytes.length} bytes`);
}

module.exports = { reportDocx };

if (require.main === module) main();
