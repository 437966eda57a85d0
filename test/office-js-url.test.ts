/**
 * OFFICE_JS_URL: on a network that blocks Microsoft's CDN the pages load office.js from the organisation's own
 * server. webpack.config.js reads the variable; both pages' templates write what it gives, before any script of ours.
 */
import { readFileSync } from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "..");

type Build = (env: object, argv: object) => Promise<{ name: string; plugins: Plugin[] }[]>;
type Plugin = { userOptions?: { filename?: string; template?: string; templateParameters?: unknown } };

/** The HTML plugins' options of the main compilation, built with OFFICE_JS_URL as given. */
async function htmlPages(officeJsUrl: string | undefined): Promise<Map<string, NonNullable<Plugin["userOptions"]>>> {
  const saved = process.env.OFFICE_JS_URL;
  if (officeJsUrl === undefined) delete process.env.OFFICE_JS_URL;
  else process.env.OFFICE_JS_URL = officeJsUrl;
  try {
    // The variable is read when the configuration loads: a fresh copy of it for each value.
    let build: Build | undefined;
    jest.isolateModules(() => {
      build = require(path.join(root, "webpack.config.js")) as Build;
    });
    const main = (await build?.({}, { mode: "production" }))?.find((c) => c.name === "main");
    const pages = new Map<string, NonNullable<Plugin["userOptions"]>>();
    for (const plugin of main?.plugins ?? []) if (plugin.userOptions?.filename) pages.set(plugin.userOptions.filename, plugin.userOptions);
    return pages;
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS_URL;
    else process.env.OFFICE_JS_URL = saved;
  }
}

/** A page as html-webpack-plugin writes it: each `<%= name %>` of the template replaced by the configuration's value. */
function render(options: NonNullable<Plugin["userOptions"]>): string {
  const parameters = options.templateParameters;
  const values = (typeof parameters === "function" ? parameters({}, { js: ["vendor.js", "taskpane.js"] }) : parameters) as Record<
    string,
    string
  >;
  return readFileSync(path.join(root, options.template ?? ""), "utf8").replace(/<%=\s*(\w+)\s*%>/g, (_, name: string) => values[name]);
}

describe("where office.js comes from", () => {
  test.each([
    ["Microsoft's CDN by default", undefined, "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
    [
      "the organisation's copy with OFFICE_JS_URL",
      "https://addins.example.gov.vn/office-js/office.js",
      "https://addins.example.gov.vn/office-js/office.js",
    ],
  ])("%s", async (_name, variable, expected) => {
    const pages = await htmlPages(variable);
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = render(pages.get(page) ?? {});
      const sources = Array.from(html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), (m) => m[1]);
      expect(sources).toEqual([expected]);
      if (variable !== undefined) expect(html).not.toContain("appsforoffice.microsoft.com");
    }
  });
});
