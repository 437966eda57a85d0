#!/usr/bin/env node
/*
 * A picture of the task pane for the README: the playground in headless Chromium, the fields filled, the
 * skeleton inserted, then the pane (340 px wide, as Word shows it) saved as a PNG.
 *
 *   node scripts/screenshot.js [--out assets/screenshot-pane.png] [--query "?lang=en&theme=dark"] [--view checklist]
 *
 * With --view checklist, section 1c is then written in, a sentence of it denying the causes, and the Danh mục view
 * shown with the cursor in it.
 *
 * Uses dist/ as built (npm run build), building it first when it is missing. Needs Debian's chromium.
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..");

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

function startPlayground() {
  const build = !fs.existsSync(path.join(root, "dist", "playground.html"));
  const server = spawn(process.execPath, [path.join(__dirname, "playground.js"), ...(build ? [] : ["--no-build"])], {
    cwd: root,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => {
      const url = /http:\/\/localhost:\d+\//.exec(chunk.toString());
      if (url) resolve({ server, url: url[0] });
    });
    server.on("exit", (code) => reject(new Error(`The playground stopped (exit code ${code}).`)));
  });
}

async function main() {
  const out = path.resolve(root, option("--out", "assets/screenshot-pane.png"));
  const query = option("--query", "");
  const { server, url } = await startPlayground();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "screenshot-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 1280, height: 1000 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}${query}`);
    const english = query.includes("lang=en");
    const insert = page.getByRole("button", { name: english ? "Insert report skeleton" : "Chèn khung báo cáo" });
    await insert.and(page.locator(":not([aria-disabled=true])")).waitFor();

    await page.locator('[data-paragraph="1"]').click();
    await page.keyboard.press("Control+End");
    const province = page.getByRole("combobox", { name: english ? "Province or city" : "Tỉnh, thành phố" });
    await province.click();
    await province.pressSequentially("thanh hoa");
    await page.getByRole("option", { name: "Thanh Hóa" }).click();
    await page
      .getByRole("button", { name: english ? "Number, date, signer (may be left empty)" : "Số, ngày ký, người ký (có thể để trống)" })
      .click();
    await page.getByRole("textbox", { name: english ? "Document number" : "Số văn bản" }).fill("125");
    await page.getByLabel(english ? "Signing date" : "Ngày ký").fill("2017-12-15");
    await page.getByRole("textbox", { name: english ? "Signer's full name" : "Họ và tên người ký" }).fill("Nguyễn Văn An");

    await insert.click();
    await page.getByRole("status").first().waitFor();
    if (option("--view", "compose") === "checklist") {
      await page.getByRole("tab", { name: english ? "Checklist" : "Danh mục" }).click();
      await page.evaluate(() =>
        window.__simDoc.typeText(
          { tag: "1c" },
          "Còn khó khăn trong giải quyết việc làm ở nông thôn, chất lượng lao động còn thấp. Chưa xác định được nguyên nhân cụ thể.",
        ),
      );
      await page.locator('[data-item="1c.causes"]').waitFor();
    }
    // Let the message bar's entrance animation finish.
    await page.waitForTimeout(500);
    // The pane's content, not the empty column below it.
    await page.locator("[data-testid=pane] main").screenshot({ path: out });
    console.log(path.relative(root, out));
  } finally {
    await context.close();
    server.kill();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
