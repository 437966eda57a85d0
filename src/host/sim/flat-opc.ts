/**
 * Flat OPC (the single-XML `pkg:package` form Word's insertOoxml takes and getOoxml returns): reading the parts
 * the simulator uses and writing a package around a body.
 */
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

/** What a package or bare w:document holds that the simulator uses. */
export interface OoxmlContent {
  /** The w:document root. */
  document: XmlElement;
  /** The w:body children except the body's w:sectPr. */
  blocks: XmlElement[];
  /** The w:styles root of /word/styles.xml, when present. */
  styles?: XmlElement;
  /** Placeholder texts from the glossary part, by building-block name. */
  placeholders: Map<string, string>;
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

/** The root element inside each part's pkg:xmlData, by part name. */
function packageParts(pkg: XmlElement): Map<string, XmlElement> {
  const parts = new Map<string, XmlElement>();
  for (const part of pkg.children) {
    if (typeof part === "string" || localName(part.name) !== "part") continue;
    const name = attrByLocalName(part, "name");
    const data = childByLocalName(part, "xmlData");
    const root = data?.children.find((c): c is XmlElement => typeof c !== "string");
    if (name && root) parts.set(name, root);
  }
  return parts;
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
 * Reads a Flat OPC package (its /word/document.xml part) or a bare w:document. Throws an Error with a
 * readable message when the text is not one of those; the caller reports it as Word's InvalidArgument.
 */
export function readOoxml(text: string): OoxmlContent {
  const root = parseXml(text);
  let document: XmlElement;
  let styles: XmlElement | undefined;
  let placeholders = new Map<string, string>();
  if (localName(root.name) === "package") {
    const parts = packageParts(root);
    const main = parts.get("/word/document.xml");
    if (!main) throw new Error("The package has no /word/document.xml part");
    document = main;
    styles = parts.get("/word/styles.xml");
    placeholders = readGlossary(parts.get("/word/glossary/document.xml"));
  } else {
    document = root;
  }
  if (document.name !== "w:document") {
    throw new Error(`Expected a w:document (with the "w" prefix), found <${document.name}>`);
  }
  const body = firstChild(document, "w:body");
  if (!body) throw new Error("The w:document has no w:body");
  const blocks = body.children.filter((c): c is XmlElement => typeof c !== "string" && c.name !== "w:sectPr");
  return { document, blocks, styles, placeholders };
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
        element("w:category", {}, [
          element("w:name", { "w:val": "General" }),
          element("w:gallery", { "w:val": "placeholder" }),
        ]),
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

function part(name: string, contentType: string, root: XmlElement): XmlElement {
  return element("pkg:part", { "pkg:name": name, "pkg:contentType": contentType }, [
    element("pkg:xmlData", {}, [root]),
  ]);
}

function relationships(rels: { id: string; type: string; target: string }[]): XmlElement {
  return element(
    "Relationships",
    { xmlns: RELS_NS },
    rels.map((r) => element("Relationship", { Id: r.id, Type: REL_TYPE + r.type, Target: r.target })),
  );
}

/** A Flat OPC package string with the main document and, when given, its styles and glossary parts. */
export function writePackage(document: XmlElement, styles?: XmlElement, glossary?: XmlElement): string {
  const documentRels: { id: string; type: string; target: string }[] = [];
  if (styles) documentRels.push({ id: "rId1", type: "styles", target: "styles.xml" });
  if (glossary) documentRels.push({ id: "rId2", type: "glossaryDocument", target: "glossary/document.xml" });
  const parts = [
    part(
      "/_rels/.rels",
      RELS_CONTENT_TYPE,
      relationships([{ id: "rId1", type: "officeDocument", target: "word/document.xml" }]),
    ),
    part("/word/document.xml", WML_CONTENT_TYPE + "document.main+xml", document),
  ];
  if (documentRels.length > 0) {
    parts.push(part("/word/_rels/document.xml.rels", RELS_CONTENT_TYPE, relationships(documentRels)));
  }
  if (styles) parts.push(part("/word/styles.xml", WML_CONTENT_TYPE + "styles+xml", styles));
  if (glossary) parts.push(part("/word/glossary/document.xml", WML_CONTENT_TYPE + "document.glossary+xml", glossary));
  const pkg = element("pkg:package", { "xmlns:pkg": PKG_NS }, parts);
  return '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' + serializeXml(pkg);
}
