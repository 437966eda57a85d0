/**
 * Package relationships, shared with host/docx so both find parts the same way: the main document through
 * _rels/.rels, then its styles, numbering, comments and theme through the document's relationships (transitional
 * or strict), and the part names of web extensions.
 */

import { XmlElement } from "./xml";

/** Where the parts the reader uses live in a package: part names without the leading "/" ("word/document.xml"). */
export interface PackageParts {
  document: string;
  styles?: string;
  numbering?: string;
  comments?: string;
  theme?: string;
}

/** Web extension parts, which hold the add-in's per-document settings. */
export const WEB_EXTENSION_PART = /^word\/webextensions\/webextension\d*\.xml$/i;

const RELATIONSHIP_BASES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

/** "_rels/.rels" for the package (""), "word/_rels/document.xml.rels" for "word/document.xml". */
function relationshipsPartName(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: relative to the source part's folder unless it starts with "/". */
function resolveTarget(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The first internal target of a relationship of `kind` ("officeDocument", "styles"…), transitional or strict. */
function relatedPart(rels: XmlElement | undefined, source: string, kind: string): string | undefined {
  if (!rels) return undefined;
  for (const child of rels.children) {
    if (typeof child === "string" || !(child.name === "Relationship" || child.name.endsWith(":Relationship"))) continue;
    const { Type: type, Target: target, TargetMode: mode } = child.attrs;
    if (target === undefined || mode === "External") continue;
    if (RELATIONSHIP_BASES.some((base) => type === base + kind)) return resolveTarget(source, target);
  }
  return undefined;
}

/**
 * Finds the main document through the package relationships (_rels/.rels), then its styles, numbering, comments
 * and theme through the document's relationships. `relationships` returns a parsed .rels part, or undefined when
 * the package has none by that name. Undefined when the package declares no main document.
 */
export function findPackageParts(relationships: (relsPartName: string) => XmlElement | undefined): PackageParts | undefined {
  const document = relatedPart(relationships(relationshipsPartName("")), "", "officeDocument");
  if (document === undefined) return undefined;
  const rels = relationships(relationshipsPartName(document));
  return {
    document,
    styles: relatedPart(rels, document, "styles"),
    numbering: relatedPart(rels, document, "numbering"),
    comments: relatedPart(rels, document, "comments"),
    theme: relatedPart(rels, document, "theme"),
  };
}
