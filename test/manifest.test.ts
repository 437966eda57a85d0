/** The offline manifest checks of `npm run validate`, on our manifest and on manifests broken the ways Office minds. */
import { readFileSync } from "fs";
import * as path from "path";

const { checkManifest } = require("../scripts/manifest-check") as { checkManifest: (xml: string, root: string) => string[] };

const root = path.resolve(__dirname, "..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

test("our manifest passes, and every page and icon it names is built from the sources", () => {
  expect(checkManifest(manifest, root)).toEqual([]);
});

test.each([
  ["a page nothing builds", manifest.replace("/help.html", "/huong-dan.html"), /huong-dan\.html/],
  ["an icon that is missing", manifest.replace("icon-32.png", "icon-33.png"), /icon-33\.png/],
  ["a URL without https", manifest.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"), /https/],
  ["a resource id not defined", manifest.replace('resid="Commands.Url"', 'resid="Commands.Missing"'), /Commands\.Missing/],
])("reports %s", (_, broken, message) => {
  expect(checkManifest(broken, root)).toEqual([expect.stringMatching(message)]);
});
