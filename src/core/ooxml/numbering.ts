/**
 * List definitions from numbering.xml: abstract numberings and their levels, list instances with their level
 * overrides, the paragraph styles linked to levels, and the look-up of one level of a list (following one
 * w:numStyleLink hop through the styles).
 */

import { Cursor, integer } from "./cursor";
import { Styles } from "./styles";

interface NumberingLevel {
  format?: string;
  text?: string;
}

export class Numbering {
  /** numId → abstractNumId and per-level overrides. */
  private readonly instances = new Map<string, { abstractId?: string; overrides: Map<number, NumberingLevel> }>();
  private readonly abstracts = new Map<string, { levels: Map<number, NumberingLevel>; styleLink?: string }>();
  /** Paragraph style id → level, for style-linked lists whose style omits w:ilvl. */
  readonly levelOfStyle = new Map<string, number>();
  readonly present: boolean;

  constructor(numbering: Cursor | undefined) {
    this.present = numbering !== undefined;
    if (!numbering) return;
    const c = numbering;
    while (c.nextChild()) {
      if (c.name === "w:abstractNum") this.readAbstract(c);
      else if (c.name === "w:num") this.readInstance(c);
      else c.skip();
    }
  }

  private readAbstract(c: Cursor): void {
    const id = c.wAttr("abstractNumId");
    const entry: { levels: Map<number, NumberingLevel>; styleLink?: string } = { levels: new Map() };
    while (c.nextChild()) {
      if (c.name === "w:lvl") {
        this.readLevel(c, entry.levels);
        continue;
      }
      if (c.name === "w:numStyleLink") entry.styleLink = c.wAttr("val");
      c.skip();
    }
    if (id !== undefined) this.abstracts.set(id, entry);
  }

  private readInstance(c: Cursor): void {
    const id = c.wAttr("numId");
    const instance: { abstractId?: string; overrides: Map<number, NumberingLevel> } = { overrides: new Map() };
    while (c.nextChild()) {
      if (c.name === "w:lvlOverride") {
        this.readOverride(c, instance.overrides);
        continue;
      }
      if (c.name === "w:abstractNumId") instance.abstractId = c.wAttr("val");
      c.skip();
    }
    if (id !== undefined) this.instances.set(id, instance);
  }

  /** A w:lvlOverride: its first w:lvl, at the override's level (else the w:lvl's own). */
  private readOverride(c: Cursor, into: Map<number, NumberingLevel>): void {
    const ilvl = integer(c.wAttr("ilvl"));
    let first = true;
    while (c.nextChild()) {
      if (c.name === "w:lvl" && first) {
        first = false;
        this.readLevel(c, into, ilvl);
      } else {
        c.skip();
      }
    }
  }

  /** The current w:lvl, read to its end. */
  private readLevel(c: Cursor, into: Map<number, NumberingLevel>, ilvl = integer(c.wAttr("ilvl"))): void {
    const level: NumberingLevel = {};
    while (c.nextChild()) {
      if (c.name === "w:numFmt") level.format = c.wAttr("val");
      else if (c.name === "w:lvlText") level.text = c.wAttr("val");
      else if (c.name === "w:pStyle" && ilvl !== undefined) {
        const style = c.wAttr("val");
        if (style !== undefined && !this.levelOfStyle.has(style)) this.levelOfStyle.set(style, ilvl);
      }
      c.skip();
    }
    if (ilvl !== undefined) into.set(ilvl, level);
  }

  has(numId: string): boolean {
    return this.instances.has(numId);
  }

  /** The definition of one level of a list, following one w:numStyleLink hop to the list it borrows. */
  level(numId: string, ilvl: number, styles: Styles): NumberingLevel | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const override = instance.overrides.get(ilvl);
    if (override) return override;
    let abstract = instance.abstractId === undefined ? undefined : this.abstracts.get(instance.abstractId);
    if (abstract?.styleLink !== undefined) {
      const linkedNumId = styles.numberingStyleNumId(abstract.styleLink);
      const linked = linkedNumId === undefined ? undefined : this.instances.get(linkedNumId);
      abstract = linked?.abstractId === undefined ? abstract : (this.abstracts.get(linked.abstractId) ?? abstract);
    }
    return abstract?.levels.get(ilvl);
  }
}
