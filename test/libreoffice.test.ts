/**
 * An independent reader of what we write: LibreOffice turns the command line's .docx into a PDF, and the
 * words poppler finds there, with their positions, must show the report in the order and places §2 sets.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { main } from "../src/cli/main";
import { builtinProfiles, ReportProfile, sectionsOf } from "../src/profiles";
import { requireTool } from "./helpers/tool";

const INSTALL = "install libreoffice-writer-nogui and poppler-utils (apt-get install libreoffice-writer-nogui poppler-utils)";
const run = requireTool("soffice", INSTALL) && requireTool("pdftotext", INSTALL);

/**
 * Whether LibreOffice sets Times New Roman in a font of the same metrics (Liberation Serif): only then do its lines
 * break where Word's do. In CI its absence fails; elsewhere the tests of line breaks are skipped, with the reason.
 */
function timesMetrics(): boolean {
  const matched = spawnSync("fc-match", ["Times New Roman"], { encoding: "utf8" }).stdout ?? "";
  if (/Liberation Serif|Times New Roman/.test(matched)) return true;
  const message = `Times New Roman is set in "${matched.trim() || "nothing"}": install fonts-liberation (apt-get install fonts-liberation)`;
  if (process.env.CI) throw new Error(`${message} (required when CI is set)`);
  console.warn(`Skipping the line-break tests: ${message}`);
  return false;
}
const withTimesMetrics = run && timesMetrics() ? it : it.skip;
const CONVERT_TIMEOUT_MS = 120_000;

interface Word {
  page: number;
  x: number;
  y: number;
  text: string;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'" };

/**
 * The words of `pdftotext -bbox` output, with their page (from 1) and top-left corner in points. Poppler splits a
 * word at a precomposed Vietnamese letter set from its own glyph ("C", "Ộ", "NG"): pieces less than 1.2 pt apart
 * on one line are one word again (a space is 2.75 pt or more at the smallest size the skeleton uses, 11 pt).
 */
function wordsOf(bboxHtml: string): Word[] {
  const words: (Word & { right: number })[] = [];
  let page = 0;
  const pattern = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g;
  for (const match of bboxHtml.matchAll(pattern)) {
    if (match[0] === "<page ") {
      page++;
      continue;
    }
    const [x, y, right] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const text = match[4].replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e);
    const last = words[words.length - 1];
    if (last && last.page === page && Math.abs(last.y - y) < 0.5 && x - last.right < 1.2) {
      last.text += text;
      last.right = right;
    } else words.push({ page, x, y, right, text });
  }
  return words.map(({ page, x, y, text }) => ({ page, x, y, text: text.normalize("NFC") }));
}

/** Reading order of one column: page, then line (tops within 3 pt), then left to right. */
function textOf(words: Word[]): string {
  const sorted = [...words].sort((a, b) => a.page - b.page || (Math.abs(a.y - b.y) < 3 ? a.x - b.x : a.y - b.y));
  return sorted.map((w) => w.text).join(" ");
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

function expectInOrder(text: string, phrases: string[]): void {
  let from = 0;
  for (const phrase of phrases.map(squash)) {
    const at = text.indexOf(phrase, from);
    if (at < 0) throw new Error(`"${phrase}" missing or out of order after position ${from} in:\n${text}`);
    from = at + phrase.length;
  }
}

/** Each built-in profile's skeleton, as `report-drafter skeleton --profile` writes it. */
const cases = builtinProfiles.map((profile): [string, ReportProfile] => [profile.id, profile]);

(run ? describe.each : describe.skip.each)(cases)("the .docx of %s as LibreOffice reads it", (_, profile) => {
  let dir = "";
  let words: Word[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "report-drafter-lo-"));
    const io = { stdout: () => undefined, stderr: (s: string) => process.stderr.write(s), cwd: dir };
    const args = ["--province", "Thanh Hóa", "--number", "123", "--date", `${profile.year}-12-15`, "--signer", "Nguyễn Văn A"];
    args.push("--profile", profile.id);
    expect(await main(["skeleton", "--out", "bao-cao.docx", ...args], io)).toBe(0);

    // A profile of its own, so parallel runs and a desktop LibreOffice do not lock each other out.
    const userInstallation = `-env:UserInstallation=${pathToFileURL(path.join(dir, "lo-profile")).href}`;
    const converted = spawnSync(
      "soffice",
      [userInstallation, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "bao-cao.docx")],
      {
        encoding: "utf8",
        timeout: CONVERT_TIMEOUT_MS,
      },
    );
    if (converted.status !== 0) throw new Error(`soffice failed (${converted.status ?? converted.signal}): ${converted.stderr}`);
    const extracted = spawnSync("pdftotext", ["-bbox", path.join(dir, "bao-cao.pdf"), path.join(dir, "bao-cao.html")], {
      encoding: "utf8",
    });
    if (extracted.status !== 0) throw new Error(`pdftotext failed: ${extracted.stderr}`);
    words = wordsOf(readFileSync(path.join(dir, "bao-cao.html"), "utf8"));
  }, CONVERT_TIMEOUT_MS + 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Where the parts are: the header ends at the title, the closing starts at "Nơi nhận:". */
  function regions() {
    const first = (text: string) => {
      const word = words.find((w) => w.text === text);
      if (!word) throw new Error(`no word "${text}" in the PDF`);
      return word;
    };
    const title = first("BÁO");
    const closing = first("Nơi");
    // The national title starts the header's right column; the closing table has the same columns.
    const columnX = first("CỘNG").x - 1;
    const before = (w: Word, mark: Word) => w.page < mark.page || (w.page === mark.page && w.y < mark.y - 1);
    const header = words.filter((w) => before(w, title));
    const closingWords = words.filter((w) => !before(w, closing));
    return {
      headerLeft: textOf(header.filter((w) => w.x < columnX)),
      headerRight: textOf(header.filter((w) => w.x >= columnX)),
      body: textOf(words.filter((w) => !before(w, title) && before(w, closing))),
      closingLeft: textOf(closingWords.filter((w) => w.x < columnX)),
      closingRight: textOf(closingWords.filter((w) => w.x >= columnX)),
    };
  }

  it("shows the header: agency and number on the left, national title, motto and date on the right", () => {
    const { headerLeft, headerRight } = regions();
    expectInOrder(headerLeft, ["UBND TỈNH THANH HÓA", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 123/BC-SLĐTBXH"]);
    expectInOrder(headerRight, [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      `Thanh Hóa, ngày 15 tháng 12 năm ${profile.year}`,
    ]);
  });

  withTimesMetrics("sets the national title and the motto each on one line, as Decree 30 does", () => {
    for (const line of [profile.document.nationalTitle, profile.document.motto]) {
      const first = line.split(" ")[0];
      const start = words.find((w) => w.page === 1 && w.text === first);
      if (!start) throw new Error(`no "${first}" in the PDF`);
      const sameLine = textOf(words.filter((w) => w.page === 1 && Math.abs(w.y - start.y) < 3 && w.x >= start.x - 1));
      expect(sameLine.startsWith(line)).toBe(true);
    }
  });

  it("puts the number and the place and date on one line, as Decree 30 does", () => {
    const number = words.find((w) => w.text === "Số:");
    const place = words.find((w) => w.text === "Thanh" && w.x > (number?.x ?? 0) + 100);
    if (!number || !place) throw new Error("no number or place and date in the PDF");
    expect(Math.abs(number.y - place.y)).toBeLessThan(4);
  });

  it("shows the title, the opening and every heading in order", () => {
    const headings = profile.groups.flatMap((group) => [group.heading, ...group.sections.map((s) => s.heading)]);
    expectInOrder(regions().body, [
      profile.document.title,
      profile.document.subtitle,
      `Thực hiện Công văn số ${profile.letter.number}`,
      "Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa báo cáo như sau:",
      ...headings,
    ]);
  });

  it("names the year reported on and the year planned where the letter puts them", () => {
    const body = regions().body;
    const [review, plan] = profile.groups;
    // The subtitle names both years; the review's headings the one reported on, the plan's the one planned.
    expect(profile.document.subtitle).toContain(String(profile.year));
    expect(profile.document.subtitle).toContain(String(profile.planYear));
    expectInOrder(body, [profile.document.subtitle, review.heading, `năm ${profile.year}`, plan.heading, `năm ${profile.planYear}`]);
    expect(review.heading).toContain(String(profile.year));
    expect(plan.heading).toContain(String(profile.planYear));
    // Every year the text speaks of ("năm 2019", not a five-year plan's "2016 - 2020") is one of the report's three.
    const spoken = [...body.matchAll(/năm (20\d\d)(?!\s*[-–]\s*20\d\d)/g)].map((m) => Number(m[1]));
    expect(spoken.length).toBeGreaterThan(5);
    for (const year of spoken) expect([profile.year - 1, profile.year, profile.planYear]).toContain(year);
  });

  it("shows each section's guidance after its heading", () => {
    const body = regions().body;
    for (const section of sectionsOf(profile)) expectInOrder(body, [section.heading, section.guidance[0].slice(0, 40)]);
  });

  it("shows the recipients on the left and the signature on the right", () => {
    const { closingLeft, closingRight } = regions();
    expectInOrder(closingLeft, ["Nơi nhận:", "- Bộ LĐTBXH (Vụ KHTC);", "- UBND tỉnh (để báo cáo);", "- Lưu: VT, …"]);
    expectInOrder(closingRight, ["GIÁM ĐỐC", "Nguyễn Văn A"]);
  });

  it("numbers pages in the top margin from page 2 on", () => {
    const topMarginPt = (profile.layout.marginsMm.top / 25.4) * 72;
    const inTopMargin = (page: number) => words.filter((w) => w.page === page && w.y < topMarginPt - 1).map((w) => w.text);
    expect(Math.max(...words.map((w) => w.page))).toBeGreaterThan(1);
    expect(inTopMargin(1)).toEqual([]);
    expect(inTopMargin(2)).toEqual(["2"]);
  });
});
