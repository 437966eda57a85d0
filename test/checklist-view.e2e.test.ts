/**
 * The Danh mục view in a real browser, on the playground's simulated Word: the checklist follows the cursor into
 * section 1c and re-judges it as the drafter writes; a manual tick survives reloading the page (the playground
 * keeps its document as Word keeps a saved file); a waiver takes a reason; a sentence that denies an item becomes
 * its waiver in one click, and an item the checker misses is confirmed by the drafter; axe finds nothing on the view.
 */
import { Page } from "playwright-core";
import type {} from "../src/playground/sim-window";
import { axeViolations, paneAt320, playgroundInBrowser } from "./helpers/playground";
import { requireTool } from "./helpers/tool";

const haveChromium = requireTool("chromium", "install chromium (apt-get install chromium)");
const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser("the Danh mục view", () => {
  const session = playgroundInBrowser();

  async function openChecklist(page: Page): Promise<void> {
    await page.getByRole("tab", { name: "Danh mục" }).click();
    await page.getByRole("button", { name: "Đọc lại tài liệu" }).and(page.locator(":not([aria-disabled=true])")).waitFor();
  }

  async function openWithSkeleton(): Promise<Page> {
    const page = await session.browser.context.newPage();
    // A panel opening with its animation can take a click meant for a checkbox it is still uncovering (about one
    // click in fifteen): these tests are about the checklist, so motion is off, as for drafters who ask for less.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(session.url);
    await page.locator("[data-paragraph]").first().waitFor();
    const insert = page.getByRole("button", { name: "Chèn khung báo cáo" });
    await insert.and(page.locator(":not([aria-disabled=true])")).waitFor();
    await insert.click();
    await page.getByRole("status").filter({ hasText: "Đã chèn khung báo cáo" }).waitFor();
    await openChecklist(page);
    return page;
  }

  /** Puts the cursor in a section and waits for the view to open that section's checklist. */
  async function moveCursorTo(page: Page, section: string): Promise<void> {
    await page.evaluate((tag) => window.__simDoc?.placeCursor({ tag }, "end"), section);
    await page.locator(`[data-section="${section}"]`).getByText("Con trỏ đang ở mục này").waitFor();
    await page.locator(`[data-section="${section}"] [data-item]`).first().waitFor({ state: "visible" });
  }

  const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`);
  const statusOf = (page: Page, id: string) => item(page, id).locator(`#status-${id.replace(".", "\\.")}`);

  test("follows the cursor into 1c and judges the causes as the drafter writes them", async () => {
    const page = await openWithSkeleton();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));

    await page.evaluate(() => window.__simDoc?.typeText({ tag: "1c" }, "Còn khó khăn trong giải quyết việc làm ở nông thôn."));
    await statusOf(page, "1c.difficulties").filter({ hasText: /^Đạt$/ }).waitFor();
    await expect(statusOf(page, "1c.causes").textContent()).resolves.toBe("Chưa đạt");
    await expect(page.getByText("Con trỏ đang ở mục này").count()).resolves.toBe(1);

    await page.evaluate(() => window.__simDoc?.typeText(" Nguyên nhân là do kinh tế tăng trưởng chậm."));
    await statusOf(page, "1c.causes").filter({ hasText: /^Đạt$/ }).waitFor();

    // The quoted evidence selects itself in the document.
    await item(page, "1c.causes")
      .getByRole("button", { name: /Nguyên nhân là do/ })
      .click();
    await page.waitForFunction(() => {
      const doc = window.__simDoc;
      const selection = doc?.selectionInfo();
      const paragraph = doc?.paragraphs()[selection?.start.paragraph ?? -1];
      return selection?.collapsed === false && paragraph?.tags.includes("1c") && paragraph.text.includes("Nguyên nhân là do");
    });

    expect(await axeViolations(page)).toEqual([]);
    const fit = await paneAt320(page);
    expect(fit === null || fit.content <= fit.width).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a manual tick is kept in the document across a reload; a waiver takes a reason", async () => {
    const page = await openWithSkeleton();
    await moveCursorTo(page, "1b");
    await item(page, "1b.assessment").getByRole("checkbox").click();
    await statusOf(page, "1b.assessment").filter({ hasText: /^Đạt$/ }).waitFor();

    await moveCursorTo(page, "2a");
    // Every such button names its item; Enter in the reason confirms; focus comes back to the item.
    await item(page, "2a.breakthrough").getByRole("button", { name: "Không áp dụng: Nêu giải pháp đột phá…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /Lý do/ }).fill("Tỉnh đã báo cáo giải pháp đột phá riêng");
    await page.keyboard.press("Enter");
    await statusOf(page, "2a.breakthrough").filter({ hasText: "Không áp dụng: Tỉnh đã báo cáo giải pháp đột phá riêng" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("[data-item]")?.getAttribute("data-item") === "2a.breakthrough");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(
      "Bỏ ghi không áp dụng: Nêu giải pháp đột phá",
    );

    // Word keeps the ticks in the file only once the drafter saves; the reload reopens the saved file.
    await page.keyboard.press("Control+s");
    await page.reload();
    await page.locator("[data-paragraph]").first().waitFor();
    await openChecklist(page);
    await moveCursorTo(page, "1b");
    await expect(item(page, "1b.assessment").getByRole("checkbox").isChecked()).resolves.toBe(true);
    await moveCursorTo(page, "2a");
    await expect(statusOf(page, "2a.breakthrough").textContent()).resolves.toBe("Không áp dụng: Tỉnh đã báo cáo giải pháp đột phá riêng");
    await page.close();
  });

  test("a denial becomes a waiver in one click; an item the checker misses is confirmed as the drafter's word", async () => {
    const page = await openWithSkeleton();
    const denial = "Không có kiến nghị gì với Quốc hội, Chính phủ hay Bộ LĐTBXH.";
    await page.evaluate((text) => window.__simDoc?.typeText({ tag: "2b" }, text), denial);
    await moveCursorTo(page, "2b");
    const government = item(page, "2b.government");
    await government.getByText(`Văn bản nói là không có: «${denial}»`).waitFor();
    await government.getByRole("button", { name: /^Ghi “Kiến nghị với Chính phủ” là không áp dụng/ }).click();
    await statusOf(page, "2b.government")
      .filter({ hasText: `Không áp dụng: ${denial}` })
      .waitFor();

    await page.evaluate(() =>
      window.__simDoc?.typeText(
        { tag: "1c" },
        "Lao động nông thôn thiếu việc làm ổn định vì doanh nghiệp trên địa bàn chủ yếu nhỏ và vừa.",
      ),
    );
    await moveCursorTo(page, "1c");
    await statusOf(page, "1c.difficulties")
      .filter({ hasText: /^Chưa đạt$/ })
      .waitFor();
    await item(page, "1c.difficulties")
      .getByRole("button", { name: /^Đã có:/ })
      .click();
    await statusOf(page, "1c.difficulties").filter({ hasText: "Đã có (người soạn xác nhận)" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
