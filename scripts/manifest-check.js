// Offline checks of manifest.xml: what Office refuses or silently breaks on, checked without the
// validation service (which needs the internet). Used by `npm run validate` and by test/manifest.test.ts.
const fs = require("fs");
const path = require("path");

const attr = (tag, name) => (tag.match(new RegExp(`\\b${name}="([^"]*)"`)) || [])[1];

function checkManifest(xml, root) {
  const problems = [];
  const need = (ok, message) => ok || problems.push(message);
  const text = (name) => (xml.match(new RegExp(`<${name}>([^<]*)</${name}>`)) || [])[1];

  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id") || ""), "Id must be a GUID");
  need(/^\d+(\.\d+){0,3}$/.test(text("Version") || ""), "Version must be n.n.n.n");
  need(/xsi:type="TaskPaneApp"/.test(xml), "the add-in must be a TaskPaneApp");
  need(/<Host Name="Document"\/>/.test(xml), "the host must be Document (Word)");
  need(text("Permissions") === "ReadWriteDocument", "Permissions must be ReadWriteDocument");
  need(/<Set Name="WordApi" MinVersion="1.1"\/>/.test(xml), "the minimum requirement must be WordApi 1.1");
  need(/<Override Locale="en-US"/.test(xml), "the display name needs an English override");

  for (const url of xml.match(/(DefaultValue|Value)="http[^"]*"/g) || []) {
    need(url.includes('"https://'), `URLs must use https: ${url}`);
  }
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) need(defined.has(resid), `resid "${resid}" is not defined`);
  for (const m of xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)) {
    const inShort = xml.indexOf(m[0]) < xml.indexOf("<bt:LongStrings>");
    need(m[2].length <= (inShort ? 125 : 250), `string "${m[1]}" is too long`);
  }
  const displayName = attr(xml.match(/<DisplayName [^>]*>/)?.[0] || "", "DefaultValue") || "";
  need(displayName.length > 0 && displayName.length <= 125, "DisplayName must be 1–125 characters");
  for (const [, file] of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g)) {
    need(fs.existsSync(path.join(root, file)), `icon ${file} is missing`);
  }
  // Each page is built from src/<name>/<name>.html (webpack.config.js).
  for (const [, page] of xml.matchAll(/https:\/\/localhost:3000\/([\w-]+)\.html/g)) {
    need(fs.existsSync(path.join(root, "src", page, `${page}.html`)), `page ${page}.html is not built from src/${page}/${page}.html`);
  }
  return problems;
}

module.exports = { checkManifest };
