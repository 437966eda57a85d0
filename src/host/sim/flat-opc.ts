/**
 * Flat OPC (the single-XML `pkg:package` form Word's insertOoxml takes and getOoxml returns): reading the parts
 * the simulator uses, from a Flat OPC package or a .docx's parts, and writing a package around a body.
 */
import { WEB_EXTENSION_PART } from "../../core/ooxml/read";
import { XmlElement, firstChild, parseXml, serializeXml } from "../../core/ooxml/xml";
import { element, wordText } from "./wordml";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const WML_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

/** The namespace declarations Word writes on w:document, so that any pasted content stays well-formed. */
export const DEFAULT_DOCUMENT_NAMESPACES: Record<string, string> = {
  "xmlns:wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
  "xmlns:mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
  "xmlns:o": "urn:schemas-microsoft-com:office:office",
  "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "xmlns:m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
  "xmlns:v": "urn:schemas-microsoft-com:vml",
  "xmlns:wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  "xmlns:wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  "xmlns:w10": "urn:schemas-microsoft-com:office:word",
  "xmlns:w": W_NS,
  "xmlns:w14": "http://schemas.microsoft.com/office/word/2010/wordml",
  "xmlns:w15": "http://schemas.microsoft.com/office/word/2012/wordml",
  "xmlns:wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  "xmlns:wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
  "xmlns:wne": "http://schemas.microsoft.com/office/word/2006/wordml",
  "xmlns:wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  "mc:Ignorable": "w14 w15 wp14",
};

/** A part of a package by name ("/word/numbering.xml"): its content type and root element. */
interface PackagePart {
  contentType: string;
  root: XmlElement;
}

/**
 * A relationship of the main document other than styles and glossary (numbering, comments, theme, fontTable,
 * hyperlinks…), kept with its id so that the r:id references in the body stay valid in getOoxml's package.
 */
export interface DocumentRelationship {
  id: string;
  /** The full relationship type URI. */
  type: string;
  /** The target as getOoxml writes it: relative to /word/, absolute elsewhere, or an external URI. */
  target: string;
  external: boolean;
  /** The target part, for an internal relationship. */
  part?: { name: string } & PackagePart;
}

/** What a package or bare w:document holds that the simulator uses. */
export interface OoxmlContent {
  /** The w:document root. */
  document: XmlElement;
  /** The w:body children except the body's w:sectPr. */
  blocks: XmlElement[];
  /** The w:styles root of the styles part, when present. */
  styles?: XmlElement;
  /** Placeholder texts from the glossary part, by building-block name. */
  placeholders: Map<string, string>;
  /** The main document's other relationships whose parts the package holds as XML (pictures are not kept). */
  relationships: DocumentRelationship[];
  /** Office.context.document.settings as stored in the package's web extension parts: name → JSON text. */
  settings: Map<string, string>;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

function attrByLocalName(el: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(el.attrs)) if (localName(name) === local) return value;
  return undefined;
}

function childByLocalName(el: XmlElement, local: string): XmlElement | undefined {
  for (const child of el.children) if (typeof child !== "string" && localName(child.name) === local) return child;
  return undefined;
}

/** The root element inside each part's pkg:xmlData, with its content type, by part name. */
function packageParts(pkg: XmlElement): Map<string, PackagePart> {
  const parts = new Map<string, PackagePart>();
  for (const part of pkg.children) {
    if (typeof part === "string" || localName(part.name) !== "part") continue;
    const name = attrByLocalName(part, "name");
    const data = childByLocalName(part, "xmlData");
    const root = data?.children.find((c): c is XmlElement => typeof c !== "string");
    if (name && root) parts.set(name, { contentType: attrByLocalName(part, "contentType") ?? "", root });
  }
  return parts;
}

/**
 * The XML parts of an unzipped .docx (text by path in the zip), typed by [Content_Types].xml. Parts of other
 * types (pictures, fonts, printer settings) are left out: the simulation holds no binary data.
 */
function unzippedParts(files: Record<string, string>): Map<string, PackagePart> {
  const types = files["[Content_Types].xml"];
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const entry of types === undefined ? [] : parseXml(types).children) {
    if (typeof entry === "string") continue;
    const contentType = attrByLocalName(entry, "ContentType") ?? "";
    const extension = attrByLocalName(entry, "Extension");
    const partName = attrByLocalName(entry, "PartName");
    if (localName(entry.name) === "Default" && extension) defaults.set(extension.toLowerCase(), contentType);
    if (localName(entry.name) === "Override" && partName) overrides.set(partName.toLowerCase(), contentType);
  }
  const parts = new Map<string, PackagePart>();
  for (const [path, text] of Object.entries(files)) {
    const name = `/${path.replace(/^\//, "")}`;
    const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    const contentType = overrides.get(name.toLowerCase()) ?? defaults.get(extension) ?? "";
    if (/[/+]xml$/.test(contentType)) parts.set(name, { contentType, root: parseXml(text) });
  }
  return parts;
}

/** "/word/_rels/document.xml.rels" for "/word/document.xml"; "/_rels/.rels" for the package (""). */
function relationshipsPartName(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name ("/word/theme/theme1.xml"), resolved against its source part's folder. */
function resolvePartName(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(1, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationshipsOf(rels: PackagePart | undefined): Relationship[] {
  return (rels?.root.children ?? []).flatMap((child) => {
    if (typeof child === "string" || localName(child.name) !== "Relationship") return [];
    const { Id: id, Type: type, Target: target, TargetMode: mode } = child.attrs;
    return id && type && target ? [{ id, type, target, external: mode === "External" }] : [];
  });
}

/** Relationship types end with the same name in transitional and strict packages ("…/styles"). */
const isType = (relationship: Relationship, kind: string) => relationship.type.endsWith(`/${kind}`);

/** we:property values of the web extension parts: each setting's JSON text, as Office stores it. */
function readWebExtensionSettings(parts: Map<string, PackagePart>): Map<string, string> {
  const settings = new Map<string, string>();
  for (const [name, { root }] of parts) {
    if (!WEB_EXTENSION_PART.test(name.slice(1))) continue;
    for (const property of childByLocalName(root, "properties")?.children ?? []) {
      if (typeof property === "string" || localName(property.name) !== "property") continue;
      const key = attrByLocalName(property, "name");
      if (key !== undefined) settings.set(key, attrByLocalName(property, "value") ?? "");
    }
  }
  return settings;
}

/** Placeholder text by building-block name, from a w:glossaryDocument. */
function readGlossary(glossary: XmlElement | undefined): Map<string, string> {
  const result = new Map<string, string>();
  const docParts = glossary ? firstChild(glossary, "w:docParts") : undefined;
  if (!docParts) return result;
  for (const docPart of docParts.children) {
    if (typeof docPart === "string" || docPart.name !== "w:docPart") continue;
    const name = firstChild(firstChild(docPart, "w:docPartPr") ?? element("x"), "w:name")?.attrs["w:val"];
    const body = firstChild(docPart, "w:docPartBody");
    if (!name || !body) continue;
    const texts = body.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === "w:p").map(wordText);
    result.set(name, texts.join("\r"));
  }
  return result;
}

/**
 * What the simulator keeps of a package, as Word keeps it when it opens one: the main document (found through
 * the package relationships), its styles and glossary placeholders, the other parts it relates to, and the
 * add-in settings.
 */
function readPackage(parts: Map<string, PackagePart>): OoxmlContent {
  const officeDocument = relationshipsOf(parts.get(relationshipsPartName(""))).find((r) => isType(r, "officeDocument"));
  const mainName = officeDocument ? resolvePartName("/", officeDocument.target) : "/word/document.xml";
  const main = parts.get(mainName);
  if (!main) throw new Error(`The package has no ${mainName} part`);
  const related = relationshipsOf(parts.get(relationshipsPartName(mainName)));
  const partOf = (kind: string, fallback: string) => {
    const relationship = related.find((r) => isType(r, kind) && !r.external);
    return parts.get(relationship ? resolvePartName(mainName, relationship.target) : fallback)?.root;
  };
  const relationships = related.flatMap((r): DocumentRelationship[] => {
    if (isType(r, "styles") || isType(r, "glossaryDocument")) return [];
    if (r.external) return [r];
    const name = resolvePartName(mainName, r.target);
    const part = parts.get(name);
    if (!part) return [];
    return [{ ...r, target: name.startsWith("/word/") ? name.slice("/word/".length) : name, part: { name, ...part } }];
  });
  return {
    ...readDocument(main.root),
    styles: partOf("styles", "/word/styles.xml"),
    placeholders: readGlossary(partOf("glossaryDocument", "/word/glossary/document.xml")),
    relationships,
    settings: readWebExtensionSettings(parts),
  };
}

function readDocument(document: XmlElement): Pick<OoxmlContent, "document" | "blocks"> {
  if (document.name !== "w:document") {
    throw new Error(`Expected a w:document (with the "w" prefix), found <${document.name}>`);
  }
  const body = firstChild(document, "w:body");
  if (!body) throw new Error("The w:document has no w:body");
  const blocks = body.children.filter((c): c is XmlElement => typeof c !== "string" && c.name !== "w:sectPr");
  return { document, blocks };
}

/**
 * Reads a Flat OPC package or a bare w:document. Throws an Error with a readable message when the text is not
 * one of those; the caller reports it as Word's InvalidArgument.
 */
export function readOoxml(text: string): OoxmlContent {
  const root = parseXml(text);
  if (localName(root.name) === "package") return readPackage(packageParts(root));
  return { ...readDocument(root), placeholders: new Map(), relationships: [], settings: new Map() };
}

/** Reads an unzipped .docx: the text of each part by its path in the zip ("word/document.xml"). */
export function readDocxParts(files: Record<string, string>): OoxmlContent {
  return readPackage(unzippedParts(files));
}

function stableGuid(name: string): string {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619) >>> 0;
  const hex = (hash.toString(16).padStart(8, "0") + "0000000000000000000000000").slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** A glossary document holding one placeholder building block per entry, as Word stores placeholder texts. */
export function glossaryDocument(placeholders: Map<string, string>): XmlElement {
  const docParts = [...placeholders].map(([name, text]) =>
    element("w:docPart", {}, [
      element("w:docPartPr", {}, [
        element("w:name", { "w:val": name }),
        element("w:category", {}, [element("w:name", { "w:val": "General" }), element("w:gallery", { "w:val": "placeholder" })]),
        element("w:types", {}, [element("w:type", { "w:val": "bbPlcHdr" })]),
        element("w:behaviors", {}, [element("w:behavior", { "w:val": "content" })]),
        element("w:guid", { "w:val": stableGuid(name) }),
      ]),
      element(
        "w:docPartBody",
        {},
        text
          .split("\r")
          .map((line) =>
            element("w:p", {}, [
              element("w:r", {}, [
                element("w:rPr", {}, [element("w:rStyle", { "w:val": "PlaceholderText" })]),
                element("w:t", { "xml:space": "preserve" }, [line]),
              ]),
            ]),
          ),
      ),
    ]),
  );
  return element("w:glossaryDocument", { "xmlns:w": W_NS }, [element("w:docParts", {}, docParts)]);
}

/**
 * The styles part Word writes for a document that came without one: Word always has styles (its defaults), so
 * every package it gives out carries a styles part.
 */
export function defaultStyles(): XmlElement {
  const style = (type: string, id: string, name: string, extra: XmlElement[] = []) =>
    element("w:style", { "w:type": type, "w:default": "1", "w:styleId": id }, [element("w:name", { "w:val": name }), ...extra]);
  return element("w:styles", { "xmlns:w": W_NS }, [
    element("w:docDefaults", {}, [
      element("w:rPrDefault", {}, [
        element("w:rPr", {}, [
          element("w:rFonts", {
            "w:asciiTheme": "minorHAnsi",
            "w:eastAsiaTheme": "minorHAnsi",
            "w:hAnsiTheme": "minorHAnsi",
            "w:cstheme": "minorBidi",
          }),
          element("w:sz", { "w:val": "22" }),
          element("w:szCs", { "w:val": "22" }),
          element("w:lang", { "w:val": "en-US", "w:eastAsia": "en-US", "w:bidi": "ar-SA" }),
        ]),
      ]),
      element("w:pPrDefault", {}, [
        element("w:pPr", {}, [element("w:spacing", { "w:after": "160", "w:line": "259", "w:lineRule": "auto" })]),
      ]),
    ]),
    style("paragraph", "Normal", "Normal", [element("w:qFormat")]),
    style("character", "DefaultParagraphFont", "Default Paragraph Font", [
      element("w:uiPriority", { "w:val": "1" }),
      element("w:semiHidden"),
      element("w:unhideWhenUsed"),
    ]),
    style("table", "TableNormal", "Normal Table", [
      element("w:uiPriority", { "w:val": "99" }),
      element("w:semiHidden"),
      element("w:unhideWhenUsed"),
      element("w:tblPr", {}, [
        element("w:tblInd", { "w:w": "0", "w:type": "dxa" }),
        element("w:tblCellMar", {}, [
          element("w:top", { "w:w": "0", "w:type": "dxa" }),
          element("w:left", { "w:w": "108", "w:type": "dxa" }),
          element("w:bottom", { "w:w": "0", "w:type": "dxa" }),
          element("w:right", { "w:w": "108", "w:type": "dxa" }),
        ]),
      ]),
    ]),
    style("numbering", "NoList", "No List", [
      element("w:uiPriority", { "w:val": "99" }),
      element("w:semiHidden"),
      element("w:unhideWhenUsed"),
    ]),
  ]);
}

function part(name: string, contentType: string, root: XmlElement): XmlElement {
  return element("pkg:part", { "pkg:name": name, "pkg:contentType": contentType }, [element("pkg:xmlData", {}, [root])]);
}

function relationshipsElement(rels: Relationship[]): XmlElement {
  return element(
    "Relationships",
    { xmlns: RELS_NS },
    rels.map((r) => {
      const attrs: Record<string, string> = { Id: r.id, Type: r.type, Target: r.target };
      if (r.external) attrs.TargetMode = "External";
      return element("Relationship", attrs);
    }),
  );
}

/**
 * A Flat OPC package string with the main document and, when given, its styles and glossary parts and the
 * parts of its other relationships.
 */
export function writePackage(
  document: XmlElement,
  styles?: XmlElement,
  glossary?: XmlElement,
  related: DocumentRelationship[] = [],
): string {
  // Kept relationships keep their ids, which the body refers to; the simulator's own take ids left free.
  const taken = new Set(related.map((r) => r.id));
  const freshId = () => {
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    taken.add(`rId${n}`);
    return `rId${n}`;
  };
  const internal = (id: string, type: string, target: string): Relationship => ({
    id,
    type: REL_TYPE + type,
    target,
    external: false,
  });
  const documentRels: Relationship[] = [];
  if (styles) documentRels.push(internal(freshId(), "styles", "styles.xml"));
  if (glossary) documentRels.push(internal(freshId(), "glossaryDocument", "glossary/document.xml"));
  documentRels.push(...related);
  const packageRels = [internal("rId1", "officeDocument", "word/document.xml")];
  const parts = [
    part("/_rels/.rels", RELS_CONTENT_TYPE, relationshipsElement(packageRels)),
    part("/word/document.xml", WML_CONTENT_TYPE + "document.main+xml", document),
  ];
  if (documentRels.length > 0) {
    parts.push(part("/word/_rels/document.xml.rels", RELS_CONTENT_TYPE, relationshipsElement(documentRels)));
  }
  if (styles) parts.push(part("/word/styles.xml", WML_CONTENT_TYPE + "styles+xml", styles));
  if (glossary) parts.push(part("/word/glossary/document.xml", WML_CONTENT_TYPE + "document.glossary+xml", glossary));
  for (const { part: target } of related) if (target) parts.push(part(target.name, target.contentType, target.root));
  const pkg = element("pkg:package", { "xmlns:pkg": PKG_NS }, parts);
  return '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' + serializeXml(pkg);
}
