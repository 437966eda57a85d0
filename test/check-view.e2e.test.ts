/**
 * The Kiểm tra view in a real browser, on the playground's simulated Word: insert the skeleton, check it and see
 * the five empty sections as errors, type into one and see it pass, go to a finding and see the selection move;
 * axe finds nothing on the view, and no request leaves localhost.
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
/** A section's group of findings as the view names it: "1c (I.3). Khó khăn, tồn tại và nguyên nhân". */
const groupName = (section: Section) => `${section.id} (${sectionNumber(PROFILE, section.id)}). ${section.title.vi}`;

describeInBrowser("the Kiểm tra view", () => {
  const session = playgroundInBrowser();

  async function openWithSkeleton(query = ""): Promise<Page> {
    const page = await session.browser.context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${session.url}${query}`);
    await page.locator("[data-paragraph]").first().waitFor();
    const insert = page.getByRole("button", { name: /^(Chèn khung báo cáo|Insert report skeleton)$/ });
    await insert.and(page.locator(":not([aria-disabled=true])")).waitFor();
    await insert.click();
    await page
      .getByRole("status")
      .filter({ hasText: /Đã chèn khung báo cáo|Report skeleton inserted/ })
      .waitFor();
    await page.getByRole("tab", { name: /^(Kiểm tra|Check)$/ }).click();
    await page.getByRole("button", { name: /^(Kiểm tra|Check)$/ }).waitFor();
    expect(problems).toEqual([]);
    return page;
  }

  const summaryOf = (page: Page) =>
    page
      .locator("[data-testid=pane] [role=status]")
      .filter({ hasText: /Sẵn sàng gửi|nhưng đã muộn hạn|\d+ lỗi, \d+ cảnh báo|Ready to send|\d+ errors?, \d+ warnings?/ });

  /** Presses "Kiểm tra" and resolves with the new summary once the check is done. */
  async function check(page: Page): Promise<string> {
    const button = page.getByRole("button", { name: "Kiểm tra", exact: true });
    await button.click();
    // The button is disabled while the document is read and checked, and the old results go when it is enabled.
    await button.and(page.locator(":not([aria-disabled=true])")).waitFor();
    await summaryOf(page).waitFor();
    return (await summaryOf(page).textContent()) ?? "";
  }

  /** The errors listed under each section's group, by section id. */
  async function errorsBySection(page: Page): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const section of SECTIONS) {
      const group = page.getByRole("region", { name: groupName(section), exact: true });
      out[section.id] = (await group.count()) ? (await group.locator("li").allTextContents()).filter((t) => t.startsWith("Lỗi:")) : [];
    }
    return out;
  }

  /** The paragraphs (by index) a content control holds in the simulated document. */
  const paragraphsOf = (page: Page, tag: string) =>
    page.evaluate((t) => (window.__simDoc?.paragraphs() ?? []).filter((p) => p.tags.includes(t)).map((p) => p.index), tag);

  test("the five empty sections are errors; one filled in passes; a finding selects its place", async () => {
    const page = await openWithSkeleton();

    // The pane's fields were left empty: the skeleton's own blanks (province, signer, archive line) are errors too.
    const errorsOf = (summary: string) => Number(/^(\d+) lỗi, \d+ cảnh báo$/.exec(summary)?.[1]);
    const errorsBefore = errorsOf(await check(page));
    expect(errorsBefore).toBeGreaterThan(5);
    const before = await errorsBySection(page);
    for (const section of SECTIONS) {
      expect(before[section.id]).toEqual([expect.stringContaining(`Mục ${section.id} (${section.title.vi}) chưa có nội dung.`)]);
    }

    // The drafter writes section 1c, as typing into the document would.
    await page.evaluate(() =>
      window.__simDoc?.typeText(
        { tag: "1c" },
        "Còn khó khăn trong giải quyết việc làm ở nông thôn. Nguyên nhân khách quan là do kinh tế chậm; nguyên nhân chủ quan là công tác phối hợp còn hạn chế.",
      ),
    );
    await page.locator('[data-tag="1c"]').filter({ hasText: "Còn khó khăn trong giải quyết việc làm" }).waitFor();
    // The results say they may be out of date before the drafter asks again.
    await page.getByText("Tài liệu đã thay đổi sau lần kiểm tra này", { exact: false }).waitFor();
    expect(errorsOf(await check(page))).toBe(errorsBefore - 1);
    const after = await errorsBySection(page);
    expect(after["1c"]).toEqual([]);
    expect(SECTIONS.filter((s) => after[s.id].length > 0).map((s) => s.id)).toEqual(["1a", "1b", "2a", "2b"]);

    // Going to 1a's finding moves the selection into section 1a.
    const in1a = await paragraphsOf(page, "1a");
    expect(in1a.length).toBeGreaterThan(0);
    const start = await page.evaluate(() => window.__simDoc?.selectionInfo());
    expect(in1a).not.toContain(start?.start.paragraph);
    await page
      .getByRole("region", { name: groupName(SECTIONS[0]), exact: true })
      .getByRole("button", { name: "Đến chỗ này" })
      .click();
    await page.waitForFunction((paragraphs) => paragraphs.includes(window.__simDoc?.selectionInfo().start.paragraph ?? -1), in1a);
    await expect(page.getByText("Không tìm thấy chỗ này: tài liệu đã thay đổi.").count()).resolves.toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test("a place no longer in the document says so and offers to check again", async () => {
    const page = await openWithSkeleton();
    await check(page);
    // After the check, section 2b's control goes from the document (as cutting it out would): its finding has
    // nowhere to go.
    await page.evaluate(() => {
      const doc = window.__simDoc;
      if (!doc) throw new Error("no simulated document");
      const at = doc.contentControls().findIndex((c) => c.tag === "2b");
      doc.deleteControl(doc.controlElements()[at], false);
    });
    const group2b = page.getByRole("region", { name: groupName(SECTIONS[SECTIONS.length - 1]), exact: true });
    await group2b.getByRole("button", { name: "Đến chỗ này" }).click();
    const gone = page.getByRole("alert").filter({ hasText: "Không tìm thấy chỗ này: tài liệu đã thay đổi." });
    await gone.waitFor();
    await page.getByRole("button", { name: "Kiểm tra lại" }).click();
    await summaryOf(page).waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).and(page.locator(":not([aria-disabled=true])")).waitFor();
    await expect(gone.count()).resolves.toBe(0);
    // Checked again from the document as it is now: a fresh summary, and no stale message.
    await expect(summaryOf(page).count()).resolves.toBe(1);
    await page.close();
  });

  test.each([
    ["Vietnamese", ""],
    ["English", "?lang=en"],
    ["the dark theme", "?theme=dark"],
    ["high contrast", "?theme=hc"],
  ])("the checked view has no axe violations in %s", async (_name, query) => {
    const page = await openWithSkeleton(query);
    await page.getByRole("button", { name: /^(Kiểm tra|Check)$/ }).click();
    await summaryOf(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test("the checked view fits 320 px in Vietnamese without scrolling sideways", async () => {
    const page = await openWithSkeleton();
    await check(page);
    const overflow = await paneAt320(page);
    expect(overflow?.width).toBe(320);
    expect(overflow?.content).toBeLessThanOrEqual(320);
    await page.close();
  });

  test("the checker loads only when the view opens, and no request leaves localhost", async () => {
    const page = await session.browser.context.newPage();
    const seen: string[] = [];
    page.on("request", (request) => seen.push(request.url()));
    await page.goto(session.url);
    await page.getByRole("button", { name: "Chèn khung báo cáo" }).and(page.locator(":not([aria-disabled=true])")).waitFor();
    expect(seen.some((url) => url.endsWith("/check-view.js"))).toBe(false);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await check(page);
    expect(seen.some((url) => url.endsWith("/check-view.js"))).toBe(true);
    await page.close();
    expect(session.browser.requests.filter((url) => url.startsWith(session.url)).length).toBeGreaterThan(0);
    expect(outsideRequests(session.browser.requests, session.url)).toEqual([]);
  });
});
