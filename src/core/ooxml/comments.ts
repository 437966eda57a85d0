/**
 * Comments (each read by a body reader of its own, so that its paragraphs and revisions do not count as the
 * document's) and the we:property settings of web extensions, where Office.context.document.settings are kept.
 */

import { Comment } from "../model";
import { BlockSink, BodyReader } from "./body";
import { Cursor, within } from "./cursor";

export function readComments(comments: Cursor, makeReader: () => BodyReader): Comment[] {
  const result: Comment[] = [];
  while (comments.nextChild()) {
    if (comments.name !== "w:comment") {
      comments.skip();
      continue;
    }
    const id = comments.wAttr("id") ?? "";
    const author = comments.wAttr("author") ?? "";
    const texts: string[] = [];
    const sink: BlockSink = {
      paragraph: (paragraph) => texts.push(paragraph.text),
      table: (table) => table.paragraphs.forEach((paragraph) => texts.push(paragraph.text)),
    };
    // A reader of its own: comment paragraphs are not document paragraphs and their revisions are not counted.
    makeReader().blocks(comments, { tags: [], placeholder: false, inTable: false, depth: 0 }, sink);
    result.push({ id, author, text: texts.join("\n") });
  }
  return result;
}

/** we:property name/value pairs of a web extension (where Office.context.document.settings are kept), into `settings`. */
export function readSettings(extension: Cursor, settings: Map<string, string>): void {
  within(extension, "we:properties", () => {
    while (extension.nextChild()) {
      const name = extension.tokens.attribute("name");
      if (extension.name === "we:property" && name !== undefined) settings.set(name, extension.tokens.attribute("value") ?? "");
      extension.skip();
    }
  });
}
