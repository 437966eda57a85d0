/**
 * The Số liệu view in a real browser, on the playground's simulated Word: after the skeleton, the indicator table
 * goes into section 1a; the drafter types figures; "Tính lại" fills the comparison columns; a comparison the drafter
 * wrote otherwise is shown beside the computed one and replaced only when chosen. axe finds nothing on the view.
 */
import { Page } from "playwright-core";
import type {} from "../src/playground/sim-window";
import { axeViolations, outsideRequests, playgroundInBrowser } from "./helpers/playground";
import { requireTool } from "./helpers/tool";

const haveChromium = requireTool("chromium", "install chromium (apt-get install chromium)");
const describeInBrowser = haveChromium ? describe : describe.skip;

describeInBrowser("the Số liệu view", () => {
  const session = playgroundInBrowser();

  /** The indicator table's cells, as the simulated Word holds them. */
  const tableValues = (page: Page) =>
    page.evaluate(() =>
      Word.run(async (context) => {
        const tables = context.document.body.tables;
        tables.load("values");
        await context.sync();
        return tables.items.map((t) => t.values).find((v) => v[0]?.[0] === "Chỉ tiêu") ?? [];
      }),
    );

  /** The drafter's figures typed into the table (row, cell, text), through Word's own API. */
  const type = (page: Page, cells: [number, number, string][]) =>
    page.evaluate(
      (list) =>
        Word.run(async (context) => {
          const tables = context.document.body.tables;
          tables.load("values");
          await context.sync();
          const table = tables.items.find((t) => t.values[0]?.[0] === "Chỉ tiêu");
          if (!table) throw new Error("no indicator table");
          for (const [row, cell, text] of list) table.getCell(row, cell).value = text;
          await context.sync();
        }),
      cells,
    );

  test("insert the table, type figures, recompute; a different comparison waits for the drafter's choice", async () => {
    const page = await session.browser.context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(session.url);
    await page.locator("[data-paragraph]").first().waitFor();
    const skeleton = page.getByRole("button", { name: "Chèn khung báo cáo" });
    await skeleton.and(page.locator(":not([aria-disabled=true])")).waitFor();
    await skeleton.click();
    await page.getByRole("status").filter({ hasText: "Đã chèn khung báo cáo" }).waitFor();

    await page.getByRole("tab", { name: "Số liệu" }).click();
    // The view loads when first opened.
    await page.getByRole("checkbox").first().waitFor();
    // Two indicators of the catalogue, one of the province's own.
    for (const box of await page.getByRole("checkbox").all()) {
      const label = (await box.getAttribute("aria-label")) ?? (await box.locator("xpath=..").textContent()) ?? "";
      if (!/^(Số lao động được giải quyết việc làm|Tỷ lệ hộ nghèo) \(/.test(label.trim())) await box.uncheck();
    }
    await page.getByRole("textbox", { name: "Tên chỉ tiêu" }).fill("Số hộ được vay vốn giải quyết việc làm");
    await page.getByRole("textbox", { name: "Đơn vị tính" }).fill("hộ");
    await page.getByRole("button", { name: "Thêm", exact: true }).click();
    await page.getByRole("button", { name: "Chèn bảng chỉ tiêu (3 dòng)" }).click();
    await page.getByRole("status").filter({ hasText: "Đã chèn bảng chỉ tiêu vào cuối mục 1a" }).waitFor();
    const inserted = await tableValues(page);
    expect(inserted.map((r) => r[0])).toEqual([
      "Chỉ tiêu",
      "Số lao động được giải quyết việc làm",
      "Tỷ lệ hộ nghèo",
      "Số hộ được vay vốn giải quyết việc làm",
    ]);
    const in1a = await page.evaluate(() => (window.__simDoc?.paragraphs() ?? []).filter((p) => p.tags.includes("1a")).map((p) => p.text));
    expect(in1a).toContain("Tỷ lệ hộ nghèo");

    await type(page, [
      [1, 2, "19.235"],
      [1, 3, "19.000"],
      [1, 4, "19.850"],
      [2, 2, "8,5"],
      [2, 3, "7,5"],
      [2, 4, "7,2"],
      [2, 6, "-2 điểm %"],
    ]);
    await page.getByRole("button", { name: "Tính lại" }).click();
    // 2b's "So 2016" was written otherwise (-2 against -1,3): the drafter chooses; the rest waits with it.
    const choice = page.getByRole("radiogroup");
    await choice.waitFor();
    await expect(page.getByText("Giữ «-2 điểm %»").count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("radio", { name: "Dùng «-1,3 điểm %» (tính từ số liệu)" }).check();
    await page.getByRole("button", { name: /^Ghi vào bảng \(4 ô\)$/ }).click();
    await page.getByRole("status").filter({ hasText: "Đã ghi 4 ô so sánh vào bảng" }).waitFor();
    const values = await tableValues(page);
    expect(values[1].slice(5, 7)).toEqual(["104,5%", "103,2%"]);
    expect(values[2].slice(5, 7)).toEqual(["-0,3 điểm %", "-1,3 điểm %"]);

    // Again: nothing differs now, so it writes nothing and says so.
    await page.getByRole("button", { name: "Tính lại" }).click();
    await page.getByRole("status").filter({ hasText: "không có gì cần ghi" }).waitFor();

    expect(problems).toEqual([]);
    expect(outsideRequests(session.browser.requests, session.url)).toEqual([]);
    await page.close();
  });
});
