/**
 * WordprocessingML → DocModel. The one reader behind the add-in (Flat OPC from Body.getOoxml) and the command line
 * (parts unzipped by host/docx), so both see the same document.
 *
 * The parts are read as a stream of tokens (XmlTokenizer), in one pass each, without building a tree: paragraphs
 * are made as their runs go by, and what the checks never look at (drawings, section and table properties, field
 * codes…) is passed over. Run and paragraph properties written the same as before are read once (see Cursor.cached).
 *
 * Namespaces are resolved by URI, so strict OOXML (purl.oclc.org) and documents that bind WordprocessingML to a
 * prefix other than "w" read the same as Word's usual output. Style and numbering look-ups are memoised, so the cost
 * is linear in the size of the document.
 *
 * This module is the entry point; the reader's parts live beside it: cursor.ts (namespaces, the token cursor),
 * styles.ts (theme, run and paragraph properties, the style chain), numbering.ts (list definitions), body.ts (blocks,
 * runs and tracked changes), comments.ts (comments and web-extension settings), parts.ts (a document from its located
 * parts), relationships.ts (package relationships) and flat-opc.ts (Flat OPC packages).
 */

import { DocModel } from "../model";
import { PartXml } from "./cursor";
import { outermostScope, readParts } from "./parts";
import { Utf8Decoder } from "./xml";

export { readFlatOpc } from "./flat-opc";
export { WEB_EXTENSION_PART, findPackageParts } from "./relationships";
export type { PackageParts } from "./relationships";

/** The XML of a document's parts, each a whole part as stored in the package. */
export interface WordprocessingMLParts<Part = string> {
  /** The main document part (word/document.xml). */
  document: Part;
  styles?: Part;
  numbering?: Part;
  comments?: Part;
  /** The theme part, to name theme fonts ("+Body" → "Calibri"). */
  theme?: Part;
  /** Web extension parts (word/webextensions/webextension*.xml), whose properties become `settings`. */
  webExtensions?: Part[];
}

/**
 * A part given as its UTF-8 bytes: `binary` holds them one per character (as Node's Buffer#toString("latin1")
 * makes), `decode` turns a range of them into text. The reader finds the markup in the bytes and decodes only the
 * text it reads, instead of whole parts.
 */
export interface Utf8Part {
  binary: string;
  decode: Utf8Decoder;
}

/** Reads a document from its parts. Throws XmlError when a part is malformed, has a DOCTYPE or is not WordprocessingML. */
export function readWordprocessingML(input: WordprocessingMLParts | WordprocessingMLParts<Utf8Part>): DocModel {
  const scope = outermostScope();
  const part = (xml: string | Utf8Part): PartXml =>
    typeof xml === "string" ? { xml, scope } : { xml: xml.binary, scope, utf8: xml.decode };
  const optional = (xml: string | Utf8Part | undefined) => (xml === undefined ? undefined : part(xml));
  return readParts({
    document: part(input.document),
    styles: optional(input.styles),
    numbering: optional(input.numbering),
    comments: optional(input.comments),
    theme: optional(input.theme),
    webExtensions: (input.webExtensions ?? []).map((xml: string | Utf8Part) => part(xml)),
  });
}
