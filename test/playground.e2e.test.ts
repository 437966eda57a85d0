/**
 * The built pages. The task pane's JavaScript loads after office.js (its size is `npm run bench`'s to print); in a real
 * browser, the playground's pane inserts the skeleton into the simulated Word document at the cursor, keeps the
 * drafter's text, passes axe in every language and theme, fits 320 px, downloads a .docx, and the page never
 * reaches beyond localhost.
 *
 * dist/, the playground server, Chromium and axe come from helpers/playground.ts, shared with the Kiểm tra
 * view's suite (check-view.e2e.test.ts).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Page } from "playwright-core";
import { builtinProfiles, defaultProfile, sectionsOf } from "../src/profiles";
import type {} from "../src/playground/sim-window";
import { axeViolations, ensureBuilt, outsideRequests, paneAt320, playgroundInBrowser, root } from "./helpers/playground";
import { requireTool } from "./helpers/tool";

const haveChromium = requireTool("chromium", "install chromium (apt-get install chromium)");
const describeInBrowser = haveChromium ? describe : describe.skip;

const SAMPLE_START = ["Phòng Kế hoạch - Tài chính đã tổng hợp", "Đặt khung báo cáo ngay sau đoạn này", "Lưu ý: gửi bản điện tử"];
const SUCCESS = "Đã chèn khung báo cáo. Nhấn Ctrl+Z để hoàn tác.";

/** "#292929" as getComputedStyle writes it: "rgb(41, 41, 41)". */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe("built pages", () => {
  beforeAll(() => ensureBuilt(), 240_000);

  const html = (page: string) => readFileSync(path.join(root, "dist", page), "utf8");
  const localScripts = (page: string) =>
    Array.from(html(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g), (m) => m[1]).filter((src) => !src.startsWith("https://"));

  test("office.js loads before either pane, and the playground does without it", () => {
    const taskpane = html("taskpane.html");
    const office = taskpane.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(office).toBeGreaterThan(-1);
    // taskpane.html names no pane file in a tag: its inline chooser loads one list or the other, after office.js.
    expect(localScripts("taskpane.html")).toEqual([]);
    const named = Array.from(taskpane.matchAll(/["']([\w.-]+\.js)["']/g), (m) => m[1]);
    expect(named.sort()).toEqual(["lite-polyfills.js", "lite.js", "taskpane.js", "vendor.js"]);
    expect(office).toBeLessThan(taskpane.indexOf("vendor.js"));
    expect(office).toBeLessThan(taskpane.indexOf("lite.js"));
    expect(html("playground.html")).not.toContain("office.js");
    expect(localScripts("playground.html")).toEqual(["vendor.js", "playground.js"]);
  });
});

describeInBrowser("playground", () => {
  const session = playgroundInBrowser();

  async function open(query = ""): Promise<Page> {
    const page = await session.browser.context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${session.url}${query}`);
    await page.locator("[data-paragraph]").first().waitFor();
    // The pane reads the document when it opens; its button is ready once that is done.
    await page
      .getByRole("button", { name: /Chèn khung báo cáo|Insert report skeleton/ })
      .and(page.locator(":not([aria-disabled=true])"))
      .waitFor();
    expect(problems).toEqual([]);
    return page;
  }

  /** The document as the page shows it: every paragraph's text in order, and every control's tag. */
  async function shown(page: Page): Promise<{ paragraphs: string[]; tags: string[] }> {
    return page.evaluate(() => ({
      paragraphs: Array.from(document.querySelectorAll<HTMLElement>("[data-paragraph]"), (p) => p.textContent ?? ""),
      tags: Array.from(document.querySelectorAll<HTMLElement>("[data-tag]"), (c) => c.dataset.tag ?? ""),
    }));
  }

  async function placeCursorAtEndOf(page: Page, paragraph: number): Promise<void> {
    const target = page.locator(`[data-paragraph="${paragraph}"]`);
    await target.click();
    await page.keyboard.press("Control+End");
    const length = (await target.textContent())?.length ?? -1;
    // The browser reports caret moves a moment later (selectionchange); the document follows then.
    await page.waitForFunction(
      ([p, offset]) => {
        const s = window.__simDoc?.selectionInfo();
        return s?.collapsed && s.start.paragraph === p && s.start.offset === offset;
      },
      [paragraph, length],
    );
  }

  async function expectNoAxeViolations(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  test("inserts the skeleton where the cursor is and keeps the drafter's text", async () => {
    const page = await open();
    await placeCursorAtEndOf(page, 1);

    const province = page.getByRole("combobox", { name: "Tỉnh, thành phố" });
    await province.click();
    await province.pressSequentially("thanh hoa");
    await page.getByRole("option", { name: "Thanh Hóa" }).click();
    await page.getByRole("button", { name: "Số, ngày ký, người ký (có thể để trống)" }).click();
    await page.getByRole("textbox", { name: "Số văn bản" }).fill("125");
    await page.getByRole("textbox", { name: "Họ và tên người ký" }).fill("Nguyễn Văn An");
    // The sample is a 2017 report: the drafter picks the 2017 letter among the built-in ones, newest first.
    const letters = page.getByRole("radiogroup", { name: "Báo cáo theo công văn" }).getByRole("radio");
    expect(await letters.evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))).toEqual(
      builtinProfiles.map((p) => p.id),
    );
    await page.getByRole("radio", { name: /Công văn 5121\/LĐTBXH-KHTC/ }).check();

    await page.getByRole("button", { name: "Chèn khung báo cáo" }).and(page.locator(":not([aria-disabled=true])")).click();
    await page.getByRole("status").filter({ hasText: SUCCESS }).waitFor();
    // The document now remembers the letter: said, no longer offered.
    await page.getByText(`Mẫu báo cáo: ${defaultProfile.name.vi}.`).waitFor();
    expect(await page.evaluate(() => window.__simDoc?.settings["reportDrafter.profile"])).toBe(defaultProfile.id);

    const { paragraphs, tags } = await shown(page);
    const at = (start: string) => paragraphs.findIndex((p) => p.startsWith(start));
    const title = paragraphs.indexOf(defaultProfile.document.title);
    expect(title).toBeGreaterThan(-1);
    // The drafter's paragraphs are all there, in order, and the skeleton sits after the one with the cursor.
    expect(SAMPLE_START.map(at)).toEqual([0, 1, expect.any(Number)]);
    expect(at(SAMPLE_START[2])).toBeGreaterThan(title);
    expect(title).toBeGreaterThan(at(SAMPLE_START[1]));
    for (const heading of [...defaultProfile.groups.map((g) => g.heading), ...sectionsOf(defaultProfile).map((s) => s.heading)]) {
      expect(paragraphs).toContain(heading);
    }
    expect(paragraphs).toContain("UBND TỈNH THANH HÓA");
    expect(paragraphs.some((p) => p.includes("125/BC-SLĐTBXH"))).toBe(true);
    expect(tags).toEqual(expect.arrayContaining(["1a", "1b", "1c", "2a", "2b"]));
    // What the page shows is the simulated document itself.
    const simTags = await page.evaluate(() => window.__simDoc?.contentControls().map((c) => c.tag));
    expect(simTags).toEqual(expect.arrayContaining(["1a", "1b", "1c", "2a", "2b"]));

    // Everything is there now: the fields give way to the next step, and reading again says the skeleton is whole.
    await page.getByRole("button", { name: "Mở Danh mục" }).waitFor();
    await expect(page.getByRole("button", { name: "Chèn khung báo cáo" }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Đọc lại tài liệu" }).click();
    await page.getByRole("status").filter({ hasText: "Tài liệu đã có đủ khung báo cáo." }).waitFor();

    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải về .docx" }).click()]);
    const file = await download.path();
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    const documentXml = strFromU8(parts["word/document.xml"]);
    expect(documentXml).toContain("BÁO CÁO");
    expect(documentXml).toContain('<w:tag w:val="2b"/>');
    expect(documentXml).toContain(SAMPLE_START[2]);
    await page.close();
  });

  test("Word 2016 (WordApi 1.1) inserts the same skeleton", async () => {
    const page = await open("?api=1.1");
    await placeCursorAtEndOf(page, 0);
    await page.getByRole("button", { name: "Chèn khung báo cáo" }).click();
    await page.getByRole("status").filter({ hasText: SUCCESS }).waitFor();
    const { paragraphs, tags } = await shown(page);
    expect(paragraphs).toContain(defaultProfile.document.title);
    expect(tags).toEqual(expect.arrayContaining(["1a", "1b", "1c", "2a", "2b"]));
    expect(paragraphs.filter((p) => SAMPLE_START.some((s) => p.startsWith(s)))).toHaveLength(3);
    await page.close();
  });

  test.each([
    ["Vietnamese", "", "Chèn khung báo cáo", webLightTheme],
    ["English", "?lang=en", "Insert report skeleton", webLightTheme],
    ["the dark theme", "?theme=dark", "Chèn khung báo cáo", webDarkTheme],
    ["high contrast", "?theme=hc", "Chèn khung báo cáo", teamsHighContrastTheme],
  ])("the pane has no axe violations in %s", async (_name, query, button, theme) => {
    const page = await open(query);
    await expect(page.getByRole("button", { name: button }).count()).resolves.toBe(1);
    // The pane really is in that theme (Office's colours, as the simulated Office reports them, chose it).
    const background = await page.locator("[data-testid=pane] .fui-FluentProvider").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(rgb(theme.colorNeutralBackground1));
    await expectNoAxeViolations(page);
    await page.close();
  });

  test("the pane fits 320 px in Vietnamese without scrolling sideways", async () => {
    const page = await open();
    const overflow = await paneAt320(page);
    expect(overflow?.width).toBe(320);
    expect(overflow?.content).toBeLessThanOrEqual(320);
    await page.close();
  });

  test("no request leaves localhost", async () => {
    // Every page this suite opened counts; this one at least loads the playground and inserts a skeleton.
    const page = await open();
    await page.getByRole("button", { name: "Chèn khung báo cáo" }).click();
    await page.getByRole("status").filter({ hasText: SUCCESS }).waitFor();
    await page.close();
    expect(session.browser.requests.filter((url) => url.startsWith(session.url)).length).toBeGreaterThan(0);
    expect(outsideRequests(session.browser.requests, session.url)).toEqual([]);
  });

  test("at a 340 × 620 pane, the main button is on the first screen, without scrolling", async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 620 });
    await page.goto(session.url);
    await page.locator("[data-paragraph]").first().waitFor();
    await page.addStyleTag({ content: "[data-testid=pane] { width: 340px; justify-self: end; }" });
    const insert = page.getByRole("button", { name: "Chèn khung báo cáo" });
    await insert.and(page.locator(":not([aria-disabled=true])")).waitFor();
    const box = await insert.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(620);
    await page.close();
  });

  test("Ctrl+Z takes the inserted skeleton back; a jump from Kiểm tra scrolls to its place and marks it", async () => {
    const page = await open();
    await placeCursorAtEndOf(page, 1);
    await page.getByRole("button", { name: "Chèn khung báo cáo" }).click();
    await page.getByRole("status").filter({ hasText: SUCCESS }).waitFor();
    const tags = () => page.evaluate(() => window.__simDoc?.contentControls().map((c) => c.tag) ?? []);
    expect(await tags()).toContain("1a");
    // The drafter is in the pane: Ctrl+Z undoes the pane's last change, as Word does.
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => (window.__simDoc?.contentControls().length ?? -1) === 0);
    // As in Word, the pane learns of the undo when it reads the document again.
    await page.getByRole("button", { name: "Đọc lại tài liệu" }).click();
    await page.getByRole("button", { name: "Chèn khung báo cáo" }).click();
    await page.getByRole("status").filter({ hasText: SUCCESS }).waitFor();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const group2b = page.getByRole("region", { name: "2b (II.2). Đề xuất, kiến nghị", exact: true });
    await group2b.getByRole("button", { name: "Đến chỗ này" }).first().click();
    const marked = page.locator("[data-selected]").first();
    await marked.waitFor();
    await expect(marked.isVisible()).resolves.toBe(true);
    const box = await marked.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
    await page.close();
  });
});
