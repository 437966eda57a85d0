/**
 * The Flat OPC reader: a pkg:package (as Word's Body.getOoxml returns it) is scanned once for its parts, which are
 * then located through the package relationships like those of a .docx and read in place in the package text.
 */

import { DocModel } from "../model";
import { PartXml, isNamed, readPart, within } from "./cursor";
import { outermostScope, readParts } from "./parts";
import { WEB_EXTENSION_PART, findPackageParts } from "./relationships";
import { XmlError, parseXml } from "./xml";

/**
 * Reads a Flat OPC package (pkg:package, as Word's Body.getOoxml returns it): the parts are found the same way as
 * in a .docx, then read by the same code as readWordprocessingML, in place in the package text. Throws XmlError when
 * the package is malformed or holds no main document.
 */
export function readFlatOpc(pkg: string): DocModel {
  const parts = new Map<string, PartXml & { end: number }>();
  let mainByContentType: string | undefined;
  readPart({ xml: pkg, scope: outermostScope() }, (root) => {
    if (!isNamed(root, "pkg:package")) throw new XmlError(`<${root.tokens.name}> is not a Flat OPC package`, 0);
    while (root.nextChild()) {
      if (root.name !== "pkg:part") {
        root.skip();
        continue;
      }
      const name = (root.attr("pkg", "name") ?? "").replace(/^\//, "");
      const contentType = root.attr("pkg", "contentType") ?? "";
      within(root, "pkg:xmlData", () => {
        if (!root.nextChild()) return;
        const content = root.mark();
        root.skip();
        parts.set(name.toLowerCase(), { ...content, end: root.tokens.position });
        // Without package relationships, the main part is the one typed as such (…document.main+xml).
        if (/\.main\+xml$/.test(contentType)) mainByContentType ??= name;
        while (root.nextChild()) root.skip();
      });
    }
  });
  const part = (name: string | undefined) => (name === undefined ? undefined : parts.get(name.toLowerCase()));
  // Relationship parts hold no prefixed names, so each is parsed on its own from its text in the package.
  const relationships = (name: string) => {
    const rels = part(name);
    return rels && parseXml(pkg.slice(rels.at, rels.end));
  };
  const names = findPackageParts(relationships) ?? (mainByContentType === undefined ? undefined : { document: mainByContentType });
  const document = part(names?.document);
  if (!names || !document) throw new XmlError("The package has no main document part", 0);
  return readParts({
    document,
    styles: part(names.styles),
    numbering: part(names.numbering),
    comments: part(names.comments),
    theme: part(names.theme),
    webExtensions: [...parts].filter(([name]) => WEB_EXTENSION_PART.test(name)).map(([, content]) => content),
  });
}
