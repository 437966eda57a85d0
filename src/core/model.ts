/**
 * The document model every check runs on: what a report says and how it is laid out, as plain JSON-serialisable
 * data. Built by core/ooxml/read.ts from WordprocessingML, whether it came from Word (Body.getOoxml) or a .docx
 * file, so the add-in and the command line see the same document.
 */

export interface DocModel {
  /** Body content in document order. Tables nested in table cells are flattened into their outer table. */
  blocks: Block[];
  comments: Comment[];
  trackedChanges: TrackedChanges;
  /** Properties stored by web extensions (Office.context.document.settings): name → value as stored (JSON text). */
  settings: Record<string, string>;
}

export type Block = Paragraph | Table;

export interface Paragraph {
  kind: "paragraph";
  /** Position among all paragraphs of the document in reading order, table and text-box paragraphs included. */
  index: number;
  /** NFC text as it reads with revisions accepted: deleted text left out, inserted text kept; tab "\t", break "\n". */
  text: string;
  /** Paragraph style id in force (the explicit w:pStyle, else the document's default paragraph style). */
  style?: string;
  /** That style's name as stored (built-in styles keep their English names: "heading 1"). */
  styleName?: string;
  /** 0-based outline level (0 = Heading 1): from w:outlineLvl on the paragraph or its style chain, else "heading N". */
  outlineLevel?: number;
  /** Automatic numbering or bullets, set on the paragraph or inherited from its style. */
  numbered: boolean;
  /** 0-based list level when numbered. */
  numberingLevel?: number;
  /** The level's number format when the numbering part defines it: "decimal", "upperRoman", "lowerLetter", "bullet"… */
  numberingFormat?: string;
  /** The level's text pattern, e.g. "%1." or "%1)", when the numbering part defines it. */
  numberingText?: string;
  /** Every run with visible (non-space) text is bold, directly or through styles; false when there is no such run. */
  bold: boolean;
  /** As `bold`, for italic. */
  italic: boolean;
  /** w:jc as written ("both", "center", "left", "right", "start", "end"…), direct or from the style chain. */
  alignment?: string;
  /**
   * Distinct font names that display this paragraph's text (the ascii and hAnsi slots of each run with text, and
   * the complex-script slot for runs marked w:cs or w:rtl), theme fonts resolved. Empty when nothing names one.
   */
  fonts: string[];
  /** Distinct font sizes in half-points of the runs with text, where a size is set somewhere in the chain. */
  sizesHalfPt: number[];
  /**
   * Content-control tags: those of controls enclosing the paragraph (block, row, cell), outermost first, then those
   * of controls inside the paragraph (run level) in order. No duplicates.
   */
  tags: string[];
  /**
   * The text is a control's placeholder: the paragraph is inside a control showing its placeholder, or all its
   * visible text comes from such controls.
   */
  placeholder: boolean;
  inTable: boolean;
}

export interface Table {
  kind: "table";
  /** Cell texts (cell paragraphs joined with "\n"), one array per row, one entry per w:tc (merged cells as written). */
  rows: string[][];
  /** Tags of the content controls enclosing the table, outermost first. */
  tags: string[];
  /** Every paragraph in the table's cells (nested tables included), in reading order, indexed like body paragraphs. */
  paragraphs: Paragraph[];
}

export interface Comment {
  id: string;
  author: string;
  /** NFC text of the comment, its paragraphs joined with "\n". */
  text: string;
}

export interface TrackedChanges {
  /** Insertions not yet accepted: inserted (or moved-to) runs, paragraph marks and table rows. */
  insertions: number;
  /** Deletions not yet accepted: deleted (or moved-from) runs, paragraph marks and table rows. */
  deletions: number;
  /** A few short examples, "+text" for inserted and "-text" for deleted text. */
  samples: string[];
}
