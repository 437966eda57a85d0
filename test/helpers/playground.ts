/**
 * What the browser suites share: a production dist/ (built once per run unless fresh), the playground server over
 * it, Chromium through playwright-core with every request recorded, and axe over the pane.
 *
 * Uses dist/ when it is newer than the sources (CI runs `npm run build` first), else builds it once;
 * PLAYGROUND_NO_BUILD=1 forces the existing dist/.
 */
import { ChildProcess, execFile, spawn } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import { BrowserContext, chromium, Page } from "playwright-core";
import { findTool } from "./tool";

export const root = path.resolve(__dirname, "..", "..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether dist/ holds a production build made after the last change to what goes into it. */
function distIsFresh(): boolean {
  try {
    // Both compilations' last files: the main one's page, the light pane's script (written after it).
    const built = Math.min(
      statSync(path.join(root, "dist", "playground.html")).mtimeMs,
      statSync(path.join(root, "dist", "lite.js")).mtimeMs,
    );
    const sources = Math.max(newestMtime(path.join(root, "src")), statSync(path.join(root, "webpack.config.js")).mtimeMs);
    // `npm run build:dev` evaluates each module with a sourceURL: that build is not the one to measure.
    const development = readFileSync(path.join(root, "dist", "taskpane.js"), "utf8").includes("sourceURL=webpack://");
    return built > sources && !development;
  } catch {
    return false;
  }
}

let build: Promise<void> | undefined;

/** Held while one jest worker builds dist/: the others wait for it rather than write the same files at once. */
const BUILD_LOCK = path.join(root, ".dist-build.lock");
/** A build takes under a minute here; a lock older than this was left by a run that died. */
const STALE_LOCK_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buildUnderLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (!distIsFresh()) {
      await promisify(execFile)(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production"], { cwd: root });
    }
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ for production once per run, unless it is already up to date; test files share the one build. */
export function ensureBuilt(): Promise<void> {
  build ??= process.env.PLAYGROUND_NO_BUILD === "1" || distIsFresh() ? Promise.resolve() : buildUnderLock();
  return build;
}

/** Starts scripts/playground.js over dist/ on a free port and resolves with the URL it prints. */
export function startPlayground(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [path.join(root, "scripts", "playground.js"), "--no-build"], {
    cwd: root,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  server.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      const url = /http:\/\/localhost:\d+\//.exec(chunk.toString())?.[0];
      if (url) resolve({ server, url });
    });
    server.on("exit", (code) => reject(new Error(`The playground stopped (${code}): ${errors}`)));
  });
}

export interface Browser {
  context: BrowserContext;
  /** Every URL the browser asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a throwaway profile, recording every request. */
export async function launchChromium(): Promise<Browser> {
  const profileDir = mkdtempSync(path.join(tmpdir(), "playground-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findTool("chromium") ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The playground served and a Chromium to open it in, for the tests of one describe block. */
export interface PlaygroundSession {
  /** The playground's address, ending in "/". */
  url: string;
  browser: Browser;
}

/**
 * Called inside a describe block: before its tests, builds dist/ if needed, serves the playground and launches
 * Chromium; after them, closes both. The session's fields are set once the tests run.
 */
export function playgroundInBrowser(): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    const started = await startPlayground();
    server = started.server;
    session.url = started.url;
    session.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await session.browser?.close();
    server?.kill();
  });
  return session;
}

/** Requests that went anywhere but the playground (blob: and data: URLs stay in the page). */
export function outsideRequests(requests: readonly string[], baseUrl: string): string[] {
  return requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith("blob:") && !url.startsWith("data:"));
}

/** axe over the pane, less Fluent's focus bumpers (microsoft/tabster#288); one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { html: string; target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Element): Promise<Result> } }).axe;
    const pane = document.querySelector("[data-testid=pane]");
    if (!pane) throw new Error("no pane");
    const { violations } = await axe.run(pane);
    // Fluent's focus bumpers (tabster) are aria-hidden and focusable by design: they hand focus on at once.
    // A known false positive (microsoft/tabster#288, Fluent v9 known issues); every other node still counts.
    const bumper = (id: string, html: string) => id === "aria-hidden-focus" && html.includes("data-tabster-dummy");
    return violations
      .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => !bumper(v.id, n.html)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Narrows the pane to 320 px, as Word's pane can be, and measures its width and the width of its content. */
export async function paneAt320(page: Page): Promise<{ width: number; content: number } | null> {
  await page.addStyleTag({ content: "[data-testid=pane] { width: 320px; justify-self: end; }" });
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>("[data-testid=pane]");
    return pane ? { width: pane.clientWidth, content: pane.scrollWidth } : null;
  });
}
