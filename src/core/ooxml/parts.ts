/**
 * Reads a document model from its parts once they are located, whether as whole parts (readWordprocessingML) or in
 * place in a Flat OPC package (readFlatOpc): theme, styles and numbering first, then the body, comments and
 * web-extension settings. Also the outermost namespace scope each document starts from.
 */

import { Block, DocModel } from "../model";
import { BlockSink, BodyReader } from "./body";
import { readComments, readSettings } from "./comments";
import { Cursor, PartXml, Scope, isNamed, readPart } from "./cursor";
import { Numbering } from "./numbering";
import { Styles, readThemeFonts } from "./styles";
import { XmlError } from "./xml";

export interface LocatedParts {
  document: PartXml;
  styles?: PartXml;
  numbering?: PartXml;
  comments?: PartXml;
  theme?: PartXml;
  webExtensions: PartXml[];
}

export function readParts(parts: LocatedParts): DocModel {
  const optional = <T>(part: PartXml | undefined, read: (root: Cursor) => T): T | undefined =>
    part === undefined ? undefined : readPart(part, read);
  const theme = optional(parts.theme, readThemeFonts) ?? new Map<string, string>();
  const styles = optional(parts.styles, (root) => new Styles(root, theme)) ?? new Styles(undefined, theme);
  const numbering = optional(parts.numbering, (root) => new Numbering(root)) ?? new Numbering(undefined);
  const makeReader = () => new BodyReader(styles, numbering, theme);
  const reader = makeReader();
  const blocks: Block[] = [];
  readPart(parts.document, (root) => {
    if (!isNamed(root, "w:document")) {
      throw new XmlError(`The main part is <${root.tokens.name}>, not a WordprocessingML document`, 0);
    }
    const sink: BlockSink = { paragraph: (paragraph) => blocks.push(paragraph), table: (table) => blocks.push(table) };
    let bodySeen = false;
    while (root.nextChild()) {
      if (root.name === "w:body" && !bodySeen) {
        bodySeen = true;
        reader.blocks(root, { tags: [], placeholder: false, inTable: false, depth: 0 }, sink);
      } else {
        root.skip();
      }
    }
  });
  const settings = new Map<string, string>();
  for (const extension of parts.webExtensions) readPart(extension, (root) => readSettings(root, settings));
  return {
    blocks,
    comments: optional(parts.comments, (root) => readComments(root, makeReader)) ?? [],
    trackedChanges: reader.trackedChanges,
    // fromEntries defines own properties, so even a setting named "__proto__" is kept as data.
    settings: Object.fromEntries(settings),
  };
}

/** The scope outside a part: only the xml prefix. A fresh one per document, as scopes keep what they have read. */
export function outermostScope(): Scope {
  return new Scope(new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]));
}
