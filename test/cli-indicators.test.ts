/**
 * `report-drafter indicators`: reports written as .docx (the skeleton's header naming the province, an indicator
 * table with figures in section 1a, or a table typed by hand), gathered into one CSV or XLSX sheet.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { strFromU8, unzipSync } from "fflate";
import { tmpdir } from "os";
import * as path from "path";
import { indicatorTableXml } from "../src/core/indicators/writer";
import { escapeXml } from "../src/core/ooxml/escape";
import { docxParts } from "../src/core/ooxml/package";
import { skeletonBodyXml } from "../src/core/skeleton/writer";
import { zipParts } from "../src/host/docx/zip";
import { defaultProfile } from "../src/profiles";
import { FIELDS } from "./helpers/fields";
import { Outcome, runCli } from "./helpers/cli";

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "rd-indicators-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]): Promise<Outcome> => runCli(dir, argv);

/** A row of the table the add-in inserts, with its six figure cells as the drafter typed them ("" for empty). */
interface FilledRow {
  name: string;
  unit: string;
  figures: [string, string, string, string, string, string];
}

/** The add-in's indicator table with the figures typed into its empty right-aligned cells, row by row. */
function filledTable(rows: FilledRow[]): string {
  const figures = rows.flatMap((row) => row.figures);
  let next = 0;
  const xml = indicatorTableXml(
    defaultProfile,
    rows.map(({ name, unit }) => ({ name, unit })),
  ).replace(/<w:jc w:val="right"\/><\/w:pPr><\/w:p>/g, (empty) => {
    const text = figures[next++];
    return text ? `<w:jc w:val="right"/></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>` : empty;
  });
  expect(next).toBe(figures.length);
  return xml;
}

/** A plain bordered table, as a department types it in Word: every row a list of cell texts. */
function typedTable(rows: string[][]): string {
  const cell = (text: string) => `<w:tc><w:p>${text ? `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : ""}</w:p></w:tc>`;
  const grid = rows[0].map(() => '<w:gridCol w:w="1000"/>').join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows
    .map((row) => `<w:tr>${row.map(cell).join("")}</w:tr>`)
    .join("")}</w:tbl><w:p/>`;
}

/** The skeleton of a province's report with `tableXml` written into section 1a. */
function reportDocx(province: string, tableXml: string): Uint8Array {
  const body = skeletonBodyXml(defaultProfile, { ...FIELDS, province });
  const at = body.indexOf("</w:sdtContent>", body.indexOf('<w:tag w:val="1a"/>'));
  expect(at).toBeGreaterThan(0);
  return zipParts(docxParts(defaultProfile, body.slice(0, at) + tableXml + body.slice(at)));
}

const THANH_HOA_TABLE = filledTable([
  { name: "Số lao động được giải quyết việc làm", unit: "người", figures: ["35.120", "35.000", "36.750", "", "", "37.000"] },
  { name: "Tỷ lệ hộ nghèo", unit: "%", figures: ["10,25", "8,5", "8,2", "", "", "7"] },
  // A row of the drafter's own: no id; its comparison with the plan typed, the one with last year left empty.
  { name: "Số người được trợ giúp pháp lý", unit: "người", figures: ["1.200", "1.500", "1.320", "88%", "", ""] },
]);

/** Hà Nam types its own table: a numbering column, the long headers, the figures the Vietnamese way. */
const HA_NAM_TABLE = typedTable([
  [
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Thực hiện năm 2016",
    "Kế hoạch năm 2017",
    "Thực hiện năm 2017",
    "So sánh với kế hoạch (%)",
    "So sánh với năm 2016 (%)",
    "Kế hoạch năm 2018",
  ],
  ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", "18.400", "19.000", "19.570", "103%", "106,4%", "20.000"],
  ["", "Trong đó: đi làm việc ở nước ngoài theo hợp đồng", "người", "950", "1.000", "", "", "", "1.100"],
  ["2", "Tỷ lệ lao động qua đào tạo", "%", "60,5", "62", "62,3", "", "", "64"],
]);

const HEADER = "file,province,indicator_id,indicator,unit,actual_2016,plan_2017,actual_2017,vs_plan,vs_2016,plan_2018";

/** The CSV's text after its BOM, as lines. */
function csvLines(file: string): string[] {
  const bytes = readFileSync(path.join(dir, file));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(0, -2).split("\r\n");
}

describe("report-drafter indicators", () => {
  beforeAll(() => {
    writeFileSync(path.join(dir, "thanh-hoa.docx"), reportDocx("Thanh Hóa", THANH_HOA_TABLE));
    writeFileSync(path.join(dir, "ha-nam.docx"), reportDocx("Hà Nam", HA_NAM_TABLE));
  });

  test("one CSV row per report and indicator: ids from the catalogue, the province from the header, plain numbers", async () => {
    const outcome = await cli("indicators", "thanh-hoa.docx", "ha-nam.docx", "--out", "tong-hop.csv");
    expect(outcome).toEqual({
      code: 0,
      stdout:
        "Hồ sơ báo cáo (profile): molisa-5121-2017, theo 2 trong 2 báo cáo đọc được.\nĐã ghi 6 dòng của 2 báo cáo vào tong-hop.csv (wrote 6 rows from 2 reports).\n",
      stderr: "",
    });
    expect(csvLines("tong-hop.csv")).toEqual([
      HEADER,
      "thanh-hoa.docx,Thanh Hóa,jobs,Số lao động được giải quyết việc làm,người,35120,35000,36750,105,104.6,37000",
      "thanh-hoa.docx,Thanh Hóa,poverty-rate,Tỷ lệ hộ nghèo,%,10.25,8.5,8.2,-0.3,-2.05,7",
      "thanh-hoa.docx,Thanh Hóa,,Số người được trợ giúp pháp lý,người,1200,1500,1320,88,110,",
      "ha-nam.docx,Hà Nam,vet-enrolment,Tuyển sinh giáo dục nghề nghiệp,người,18400,19000,19570,103,106.4,20000",
      "ha-nam.docx,Hà Nam,jobs-abroad,Trong đó: đi làm việc ở nước ngoài theo hợp đồng,người,950,1000,,,,1100",
      "ha-nam.docx,Hà Nam,trained-rate,Tỷ lệ lao động qua đào tạo,%,60.5,62,62.3,0.3,1.8,64",
    ]);
  });

  test("a folder gives its .docx files in order; a broken one is named on stderr and skipped, the sheet still written", async () => {
    const folder = path.join(dir, "nop");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a-thanh-hoa.docx"), reportDocx("Thanh Hóa", THANH_HOA_TABLE));
    writeFileSync(path.join(folder, "b-hong.docx"), "đây không phải tệp Word");
    writeFileSync(path.join(folder, "~$a-thanh-hoa.docx"), "Word's lock file");
    // The skeleton as inserted: no indicator table yet.
    writeFileSync(path.join(folder, "c-chua-co-bang.docx"), zipParts(docxParts(defaultProfile, skeletonBodyXml(defaultProfile, FIELDS))));
    // A table with no header above it: the figures count, the province is left empty.
    writeFileSync(path.join(folder, "d-khong-dau.docx"), zipParts(docxParts(defaultProfile, THANH_HOA_TABLE)));
    writeFileSync(path.join(folder, "ghi-chu.txt"), "not a report");

    const outcome = await cli("indicators", "nop", "ha-nam.docx", "--out", "nop.csv");
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.split("\n")).toEqual([
      `${path.join("nop", "b-hong.docx")}: KHÔNG ĐỌC ĐƯỢC, bỏ qua (unreadable, skipped): Tệp không phải là tài liệu Word (.docx): hãy mở tệp trong Word và lưu lại dưới dạng .docx`,
      `${path.join("nop", "c-chua-co-bang.docx")}: không thấy bảng chỉ tiêu nào có dòng chỉ tiêu, không có dòng nào được ghi (no indicator table found).`,
      `${path.join("nop", "d-khong-dau.docx")}: không thấy tên tỉnh, thành phố ở phần đầu báo cáo, cột province để trống (no province in the header).`,
      "",
    ]);
    expect(outcome.stdout).toBe(
      "Hồ sơ báo cáo (profile): molisa-5121-2017, theo 4 trong 4 báo cáo đọc được.\n" +
        "Đã ghi 9 dòng của 4 báo cáo vào nop.csv (wrote 9 rows from 4 reports); 1 tệp không đọc được hoặc theo hồ sơ khác, đã bỏ qua (1 left out).\n",
    );
    const lines = csvLines("nop.csv");
    expect(lines.map((line) => line.split(",").slice(0, 3).join(","))).toEqual([
      "file,province,indicator_id",
      ...["jobs", "poverty-rate", ""].map((id) => `${path.join("nop", "a-thanh-hoa.docx")},Thanh Hóa,${id}`),
      ...["jobs", "poverty-rate", ""].map((id) => `${path.join("nop", "d-khong-dau.docx")},,${id}`),
      ...["vet-enrolment", "jobs-abroad", "trained-rate"].map((id) => `ha-nam.docx,Hà Nam,${id}`),
    ]);
    expect(lines[4].split(",").slice(3)).toEqual(lines[1].split(",").slice(3));
  });

  test("a path that names nothing is listed with the unreadable ones; when no report can be read nothing is written", async () => {
    const some = await cli("indicators", "khong-co.docx", "thanh-hoa.docx", "--out", "mot-phan.csv");
    expect(some.code).toBe(2);
    expect(some.stderr).toBe(
      "khong-co.docx: KHÔNG ĐỌC ĐƯỢC, bỏ qua (unreadable, skipped): Không có tệp hoặc thư mục này (no such file or folder).\n",
    );
    expect(csvLines("mot-phan.csv")).toHaveLength(4);

    writeFileSync(path.join(dir, "hong.docx"), "không phải .docx");
    const none = await cli("indicators", "khong-co.docx", "hong.docx", "--out", "khong-co-gi.csv");
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(
      /^khong-co\.docx: KHÔNG ĐỌC ĐƯỢC.*\nhong\.docx: KHÔNG ĐỌC ĐƯỢC.*\nKhông đọc được báo cáo nào nên không ghi khong-co-gi\.csv/,
    );
    expect(existsSync(path.join(dir, "khong-co-gi.csv"))).toBe(false);
  });

  test("XLSX: the same rows, figures as numeric cells", async () => {
    const outcome = await cli("indicators", "thanh-hoa.docx", "ha-nam.docx", "--out", "tong-hop.xlsx");
    expect(outcome).toEqual({
      code: 0,
      stdout:
        "Hồ sơ báo cáo (profile): molisa-5121-2017, theo 2 trong 2 báo cáo đọc được.\nĐã ghi 6 dòng của 2 báo cáo vào tong-hop.xlsx (wrote 6 rows from 2 reports).\n",
      stderr: "",
    });
    const parts = unzipSync(readFileSync(path.join(dir, "tong-hop.xlsx")));
    const strings = strFromU8(parts["xl/sharedStrings.xml"]);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    for (const text of ["actual_2016", "vs_2016", "thanh-hoa.docx", "Hà Nam", "poverty-rate", "Số người được trợ giúp pháp lý"]) {
      expect(strings).toContain(`>${text}<`);
    }
    // Numbers are cells of their own type, not text: <c r="F2" s="…"><v>35120</v></c>, no t="s".
    for (const value of ["35120", "36750", "104.6", "-2.05", "10.25", "62.3", "1100"]) {
      expect(sheet).toMatch(new RegExp(`<c r="[F-K]\\d+"(?: s="\\d+")?><v>${value.replace(".", "\\.")}</v></c>`));
    }
    // The header and six rows.
    expect(sheet.match(/<row /g)).toHaveLength(7);
  });

  test("the sheet replaces an earlier one whole, and leaves no temporary file beside it", async () => {
    writeFileSync(path.join(dir, "cu.csv"), "an older sheet\n");
    const outcome = await cli("indicators", "ha-nam.docx", "--out=cu.csv");
    expect(outcome.code).toBe(0);
    expect(csvLines("cu.csv")[0]).toBe(HEADER);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("a sheet that cannot be written exits 1 and says why", async () => {
    const outcome = await cli("indicators", "ha-nam.docx", "--out", path.join("khong-co-thu-muc", "tong-hop.csv"));
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      `Không ghi được tệp ${path.join("khong-co-thu-muc", "tong-hop.csv")}: thư mục chứa tệp không tồn tại (no such folder).\n`,
    );
    expect(outcome.stdout).toBe("");
  });

  test("misuse exits 2 with a message, a pointer to the help and no stack, and writes nothing", async () => {
    mkdirSync(path.join(dir, "rong"));
    const cases: [string[], RegExp][] = [
      [["indicators", "ha-nam.docx"], /Thiếu --out/],
      [["indicators", "ha-nam.docx", "--out", "tong-hop.txt"], /phải có đuôi \.csv hoặc \.xlsx/],
      [["indicators", "ha-nam.docx", "--out", "tong-hop"], /phải có đuôi \.csv hoặc \.xlsx/],
      [["indicators", "--out", "sai.csv"], /Thiếu tệp hoặc thư mục/],
      [["indicators", "rong", "--out", "sai.csv"], /không có tệp \.docx nào/],
      [["indicators", "ha-nam.docx", "--out", "sai.csv", "--profile", "nope"], /Không có hồ sơ "nope"/],
      [["indicators", "ha-nam.docx", "--out", "sai.csv", "--format", "json"], /unknown option/],
      [["indicators", "ha-nam.docx", "--out"], /Thiếu giá trị sau --out/],
    ];
    for (const [args, message] of cases) {
      const outcome = await cli(...args);
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe("");
      expect(outcome.stderr).toMatch(message);
      expect(outcome.stderr).toMatch(/report-drafter indicators --help/);
      expect(outcome.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(path.join(dir, "sai.csv"))).toBe(false);
  });

  test("--profile names the profile by id or file; the columns take its years", async () => {
    expect((await cli("indicators", "ha-nam.docx", "--out", "theo-ma.csv", "--profile", defaultProfile.id)).code).toBe(0);
    expect(readFileSync(path.join(dir, "theo-ma.csv"))).toEqual(readFileSync(path.join(dir, "cu.csv")));

    const profile2019 = { ...defaultProfile, id: "thu-2019", year: 2019, planYear: 2020 };
    writeFileSync(path.join(dir, "ho-so-2019.json"), JSON.stringify(profile2019));
    const outcome = await cli("indicators", "ha-nam.docx", "--out", "2019.csv", "--profile", "ho-so-2019.json");
    expect(outcome.code).toBe(0);
    // Hà Nam's headers name 2016 to 2018: under a 2019 profile they are no indicator table.
    expect(outcome.stderr).toMatch(/không thấy bảng chỉ tiêu/);
    expect(csvLines("2019.csv")).toEqual([
      "file,province,indicator_id,indicator,unit,actual_2018,plan_2019,actual_2019,vs_plan,vs_2018,plan_2020",
    ]);
  });

  test("help names the columns and the exit status; the general help lists the command", async () => {
    const help = await cli("indicators", "--help");
    expect(help.code).toBe(0);
    // The columns shown are those of the newest profile; a sheet's years follow its reports' profile.
    expect(help.stdout).toContain(
      "  file, province, indicator_id, indicator, unit, actual_2018, plan_2019, actual_2019, vs_plan, vs_2018, plan_2020\n",
    );
    expect(help.stdout).toMatch(/Mã thoát \(exit status\): 0 .*; 1 .*; 2 /);
    const general = await cli("--help");
    expect(general.stdout).toMatch(/ {2}indicators +gom số liệu chỉ tiêu/);
    expect((await cli("indicators", "ha-nam.docx", "thanh-hoa.docx", "--out", "x.csv")).stderr).not.toMatch(/chưa có/);
  });

  test("the installed command writes the same bytes", () => {
    const bin = path.resolve(__dirname, "../bin/report-drafter.js");
    for (const out of ["bin.csv", "bin.xlsx"]) {
      const spawned = spawnSync(process.execPath, [bin, "indicators", "thanh-hoa.docx", "ha-nam.docx", "--out", out], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(spawned.stderr).toBe("");
      expect(spawned.status).toBe(0);
      expect(spawned.stdout).toBe(
        `Hồ sơ báo cáo (profile): molisa-5121-2017, theo 2 trong 2 báo cáo đọc được.\nĐã ghi 6 dòng của 2 báo cáo vào ${out} (wrote 6 rows from 2 reports).\n`,
      );
      expect(readFileSync(path.join(dir, out))).toEqual(readFileSync(path.join(dir, out.replace("bin", "tong-hop"))));
    }
  });
});
