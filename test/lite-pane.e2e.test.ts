/**
 * The light pane (lite.js, the one Word 2013–2019 show in Internet Explorer 11) in a real browser, on the
 * playground's simulated Word 2016 (WordApi 1.1): pick a province by typing it without accents, insert the
 * skeleton, check, go to a finding; the findings are the main pane's on the same document. On Word 2013 (no
 * Word API) it checks the document read through getFileAsync. axe finds nothing, in both languages and high
 * contrast, and no request leaves localhost.
 */
import { Page } from "playwright-core";
import { builtinProfiles, Section, sectionNumber, sectionsOf } from "../src/profiles";
import type {} from "../src/playground/sim-window";
import { axeViolations, outsideRequests, paneAt320, playgroundInBrowser } from "./helpers/playground";
import { requireTool } from "./helpers/tool";

const haveChromium = requireTool("chromium", "install chromium (apt-get install chromium)");
const describeInBrowser = haveChromium ? describe : describe.skip;

/** A new document names no profile: the skeleton goes in with the newest letter's. */
const PROFILE = builtinProfiles[0];
const SECTIONS = sectionsOf(PROFILE);
const groupName = (section: Section) => `${section.id} (${sectionNumber(PROFILE, section.id)}). ${section.title.vi}`;
const SECTION_1C =
  "Còn khó khăn trong giải quyết việc làm ở nông thôn. Nguyên nhân khách quan là do kinh tế chậm; nguyên nhân chủ quan là công tác phối hợp còn hạn chế.";

describeInBrowser("the light pane", () => {
  const session = playgroundInBrowser();

  async function open(query: string): Promise<{ page: Page; problems: string[] }> {
    const page = await session.browser.context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${session.url}${query}`);
    await page.locator("[data-paragraph]").first().waitFor();
    await page.locator("#lite-root main").waitFor();
    return { page, problems };
  }

  /** Presses the light pane's "Kiểm tra" and resolves with the verdict once the check is done. */
  async function checkLite(page: Page): Promise<string> {
    await page.getByRole("tab", { name: /^(Kiểm tra|Check)$/ }).click();
    const button = page.getByRole("button", { name: /^(Kiểm tra|Check)$/ });
    await button.click();
    const verdict = page
      .locator(".rdl-message")
      .filter({ hasText: /Sẵn sàng gửi|muộn hạn|\d+ lỗi, \d+ cảnh báo|Ready to send|\d+ errors?, \d+ warnings?/ });
    await verdict.waitFor();
    await button.and(page.locator(":not([disabled])")).waitFor();
    return (await verdict.textContent()) ?? "";
  }

  const liteFindings = (page: Page) => page.locator(".rdl-finding > p[id]").allTextContents();

  test("the 2017 letter picked: its skeleton goes in; a report that names none is checked against the letter its opening cites", async () => {
    const { page, problems } = await open("?pane=lite&api=1.1");
    const older = builtinProfiles[1];
    await page.getByRole("combobox", { name: "Báo cáo theo công văn" }).selectOption(older.id);
    // The pane opens again with that letter: its date under the choice.
    await page.getByText(`Công văn số ${older.letter.number} ngày 7/12/2017.`).waitFor();
    const insert = page.getByRole("button", { name: "Chèn khung báo cáo" });
    await insert.and(page.locator(":not([disabled])")).click();
    await page.getByRole("status").filter({ hasText: "Đã chèn khung báo cáo" }).waitFor();
    const text = await page.evaluate(() => (window.__simDoc?.paragraphs() ?? []).map((p) => p.text).join("\n"));
    expect(text).toContain(older.groups[0].heading);
    expect(await page.evaluate(() => window.__simDoc?.settings["reportDrafter.profile"])).toBe(older.id);

    // The same document with its settings forgotten (a copy made outside Word): the opening's letter decides.
    await page.evaluate(() => {
      window.__simDoc?.saveSettings({});
      window.__simDoc?.save();
    });
    await page.goto(`${session.url}?pane=lite&api=1.1&view=check`);
    await page.locator("#lite-root main").waitFor();
    // Soạn, behind the Kiểm tra tab, offers the letters again with the newest chosen.
    expect(await page.getByRole("combobox", { name: "Báo cáo theo công văn", includeHidden: true }).inputValue()).toBe(
      builtinProfiles[0].id,
    );
    await checkLite(page);
    await page.getByText(`Kiểm tra theo Công văn số ${older.letter.number}, nêu ở câu mở đầu của báo cáo.`).waitFor();
    expect(await liteFindings(page)).toContain(`Lỗi: Mục 1a (${sectionsOf(older)[0].title.vi}) chưa có nội dung.`);

    // Opened on Soạn instead, the pane reads the skeleton's opening and takes its letter before anything is added.
    await page.goto(`${session.url}?pane=lite&api=1.1`);
    await page.waitForFunction(
      (id) => (document.querySelector("#lite-root select.rdl-input") as HTMLSelectElement | null)?.value === id,
      older.id,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  test("insert with a province typed without accents, check, go to a finding: the main pane's findings", async () => {
    const { page, problems } = await open("?pane=lite&api=1.1");
    const insert = page.getByRole("button", { name: "Chèn khung báo cáo" });
    await insert.and(page.locator(":not([disabled])")).waitFor();

    const province = page.getByRole("combobox", { name: "Tỉnh, thành phố" });
    await province.fill("thanh hoa");
    await page.getByRole("listbox", { name: "Các tỉnh, thành phố khớp" }).getByRole("option", { name: "Thanh Hóa" }).waitFor();
    await province.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(province.inputValue()).resolves.toBe("Thanh Hóa");

    // A new document names no profile: the letters are offered, newest first, the newest chosen.
    const letter = page.getByRole("combobox", { name: "Báo cáo theo công văn" });
    expect(await letter.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(
      builtinProfiles.map((p) => p.id),
    );
    await expect(letter.inputValue()).resolves.toBe(PROFILE.id);

    await insert.click();
    await page.getByRole("status").filter({ hasText: "Đã chèn khung báo cáo" }).waitFor();
    // The document remembers the letter.
    expect(await page.evaluate(() => window.__simDoc?.settings["reportDrafter.profile"])).toBe(PROFILE.id);
    const tags = await page.evaluate(() => (window.__simDoc?.contentControls() ?? []).map((c) => c.tag));
    for (const section of SECTIONS) expect(tags).toContain(section.id);
    const text = await page.evaluate(() => (window.__simDoc?.paragraphs() ?? []).map((p) => p.text).join("\n"));
    expect(text).toContain("THANH HÓA");
    // The drafter's own paragraphs are still there.
    expect(text).toContain("Phòng Kế hoạch - Tài chính đã tổng hợp");
    // The whole skeleton is in: Soạn says what comes next instead of offering to insert again.
    await page.getByRole("button", { name: "Mở Kiểm tra" }).waitFor();

    await page.evaluate((t) => window.__simDoc?.typeText({ tag: "1c" }, t), SECTION_1C);
    expect(await checkLite(page)).toMatch(/^\d+ lỗi, \d+ cảnh báo$/);
    const lite = await liteFindings(page);
    for (const section of SECTIONS.filter((s) => s.id !== "1c")) {
      expect(lite).toContain(`Lỗi: Mục ${section.id} (${section.title.vi}) chưa có nội dung.`);
    }
    // Ticks and waivers are shown, read-only: 1c's causes are met from the text.
    const checklist = page.getByRole("region", { name: "Danh mục yêu cầu" });
    const items = await checklist.locator("li").allTextContents();
    expect(items).toContain("Làm rõ nguyên nhân: Đạt");
    expect(items).toContain("Phân biệt nguyên nhân khách quan, chủ quan: Đạt");
    expect(items).toContain(`So sánh với kế hoạch năm ${PROFILE.year}: Chưa đạt`);
    // Read-only: nothing in it to tick or waive.
    await expect(checklist.getByRole("button").count()).resolves.toBe(0);

    // "Đến chỗ này" on 1a's finding moves the selection into section 1a.
    const in1a = await page.evaluate(() => (window.__simDoc?.paragraphs() ?? []).filter((p) => p.tags.includes("1a")).map((p) => p.index));
    await page
      .getByRole("region", { name: groupName(SECTIONS[0]), exact: true })
      .getByRole("button", { name: "Đến chỗ này" })
      .first()
      .click();
    await page.waitForFunction((paragraphs) => paragraphs.includes(window.__simDoc?.selectionInfo().start.paragraph ?? -1), in1a);

    expect(await axeViolations(page)).toEqual([]);
    const width = await paneAt320(page);
    expect(width && width.content <= width.width).toBe(true);

    // The same document, saved (a reload reopens the saved file), in the main pane: the same findings, same words.
    await page.evaluate(() => window.__simDoc?.save());
    await page.goto(`${session.url}?api=1.1`);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const check = page.getByRole("button", { name: "Kiểm tra", exact: true });
    await check.click();
    await page
      .locator("[data-testid=pane] [role=status]")
      .filter({ hasText: /\d+ lỗi, \d+ cảnh báo/ })
      .waitFor();
    const main = await page.locator("[data-testid=pane] [id^=finding-]").allTextContents();
    expect([...lite].sort()).toEqual([...main].sort());

    expect(problems).toEqual([]);
    expect(outsideRequests(session.browser.requests, session.url)).toEqual([]);
    await page.close();
  });

  test("Word 2013 (no Word API): Soạn says what it cannot do, Kiểm tra reads the file", async () => {
    const { page, problems } = await open("?pane=lite&api=none");
    await page.getByText("Phiên bản Word này (Word 2013) không chèn được khung báo cáo", { exact: false }).waitFor();
    await expect(page.getByRole("button", { name: "Chèn khung báo cáo" }).count()).resolves.toBe(0);
    // The sample has no skeleton: every section is missing, read from the compressed file.
    const verdict = await checkLite(page);
    expect(verdict).toMatch(/^\d+ lỗi, \d+ cảnh báo$/);
    const findings = await liteFindings(page);
    expect(findings.some((f) => f.startsWith("Lỗi: Thiếu mục 1a"))).toBe(true);
    // No selecting on Word 2013: the finding says where to look instead.
    await expect(page.getByRole("button", { name: "Đến chỗ này" }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each([
    ["English", "?pane=lite&api=1.1&lang=en", "Insert report skeleton"],
    ["high contrast", "?pane=lite&api=1.1&theme=hc", "Chèn khung báo cáo"],
  ])("in %s it reads right and axe finds nothing", async (_name, query, label) => {
    const { page, problems } = await open(query);
    await page.getByRole("button", { name: label }).and(page.locator(":not([disabled])")).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
