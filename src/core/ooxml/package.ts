/**
 * Wraps skeleton blocks into packages: the Flat OPC string Word's insertOoxml takes, and the parts of a
 * complete .docx for the command line. Pure: zipping is the caller's business.
 */
import { ReportProfile } from "../../profiles/schema";
import { pageNumberParagraph, sectionProperties, skeletonStyles } from "../skeleton/writer";
import { escapeXml } from "./escape";

const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  core: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  app: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  we: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  wetp: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
};

const CONTENT_TYPE = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  webExtension: "application/vnd.ms-office.webextension+xml",
  taskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
};

const REL_TYPE = {
  document: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationshipsXml(relationships: Relationship[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`);
  return `<Relationships xmlns="${NS.rels}">${items.join("")}</Relationships>`;
}

function documentXml(bodyXml: string, sectPr = ""): string {
  return `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${bodyXml}${sectPr}</w:body></w:document>`;
}

/**
 * The one styles part of both packages: document defaults, the built-in defaults Word expects, and the
 * skeleton's own styles (body text as Normal, so text typed after the skeleton is body text too).
 */
function stylesXml(profile: ReportProfile): string {
  const { layout } = profile;
  const font = escapeXml(layout.font);
  const size = Math.round(layout.sizes.body * 2);
  return (
    `<w:styles xmlns:w="${NS.w}">` +
    "<w:docDefaults><w:rPrDefault><w:rPr>" +
    `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
    "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>" +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    skeletonStyles(profile) +
    "</w:styles>"
  );
}

function settingsXml(): string {
  return (
    `<w:settings xmlns:w="${NS.w}">` +
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    // Without it Word opens the file in compatibility mode.
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    "</w:settings>"
  );
}

function headerXml(profile: ReportProfile): string {
  return `<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${pageNumberParagraph(profile)}</w:hdr>`;
}

function corePropertiesXml(profile: ReportProfile): string {
  const title = `${profile.document.title} ${profile.document.subtitle}`;
  return (
    `<cp:coreProperties xmlns:cp="${NS.core}" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>`
  );
}

function appPropertiesXml(): string {
  return `<Properties xmlns="${NS.app}"><Application>report-drafter</Application></Properties>`;
}

/** The add-in's <Id> and <Version> in manifest.xml (a test holds them equal): Word finds the add-in whose settings these are by them. */
const ADD_IN_ID = "d7bec054-e81a-4428-a2c9-898edba8ea72";

/**
 * The id of the add-in's instance in the document. Word makes up a random one; a fixed one keeps our output
 * deterministic, and a document we write holds only this one instance.
 */
const WEB_EXTENSION_INSTANCE_ID = "{6F1C3D2A-5E8B-4A7C-9D41-2B7E0C5A9F13}";

/**
 * The add-in's part, as Word keeps Office.context.document.settings: one we:property per setting, its value the
 * JSON text of the setting. Undefined when there is no setting to keep.
 */
function webExtensionXml(settings: Record<string, unknown>): string | undefined {
  const properties = Object.entries(settings).flatMap(([name, value]) => {
    // undefined and functions have no JSON text, so no value Office could read back.
    const json: string | undefined = JSON.stringify(value);
    return json === undefined ? [] : [`<we:property name="${escapeXml(name)}" value="${escapeXml(json)}"/>`];
  });
  if (properties.length === 0) return undefined;
  return (
    `<we:webextension xmlns:we="${NS.we}" id="${WEB_EXTENSION_INSTANCE_ID}">` +
    `<we:reference id="${ADD_IN_ID}" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
    `<we:properties>${properties.join("")}</we:properties><we:bindings/><we:snapshot xmlns:r="${NS.r}"/>` +
    "</we:webextension>"
  );
}

/** Where Word lists the add-ins of a document; it points at the add-in's part through rId1 of its relationships. */
function taskpanesXml(): string {
  return (
    `<wetp:taskpanes xmlns:wetp="${NS.wetp}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4">` +
    `<wetp:webextensionref xmlns:r="${NS.r}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
  );
}

const STYLES_RELATIONSHIP: Relationship = { id: "rIdStyles", type: REL_TYPE.styles, target: "styles.xml" };

/**
 * The Flat OPC package Body.insertOoxml and Range.insertOoxml take. No w:sectPr: inserting at the cursor
 * must not change the drafter's page setup.
 */
export function flatOpc(profile: ReportProfile, bodyXml: string): string {
  const part = (name: string, contentType: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    part("/_rels/.rels", CONTENT_TYPE.rels, relationshipsXml([{ id: "rId1", type: REL_TYPE.document, target: "word/document.xml" }])) +
    part("/word/document.xml", CONTENT_TYPE.document, documentXml(bodyXml)) +
    part("/word/_rels/document.xml.rels", CONTENT_TYPE.rels, relationshipsXml([STYLES_RELATIONSHIP])) +
    part("/word/styles.xml", CONTENT_TYPE.styles, stylesXml(profile)) +
    "</pkg:package>"
  );
}

/**
 * Every part of a complete .docx, by path in the zip, [Content_Types].xml first. `settings` are the add-in's
 * document settings (Office.context.document.settings), kept in the web extension parts the way Word keeps them.
 */
export function docxParts(profile: ReportProfile, bodyXml: string, settings: Record<string, unknown> = {}): Record<string, string> {
  const headerRel: Relationship = { id: "rIdHeader1", type: REL_TYPE.header, target: "header1.xml" };
  const typed: { path: string; contentType: string; xml: string }[] = [
    { path: "word/document.xml", contentType: CONTENT_TYPE.document, xml: documentXml(bodyXml, sectionProperties(profile, headerRel.id)) },
    { path: "word/styles.xml", contentType: CONTENT_TYPE.styles, xml: stylesXml(profile) },
    { path: "word/settings.xml", contentType: CONTENT_TYPE.settings, xml: settingsXml() },
    { path: "word/header1.xml", contentType: CONTENT_TYPE.header, xml: headerXml(profile) },
    { path: "docProps/core.xml", contentType: CONTENT_TYPE.core, xml: corePropertiesXml(profile) },
    { path: "docProps/app.xml", contentType: CONTENT_TYPE.app, xml: appPropertiesXml() },
  ];
  const packageRelationships: Relationship[] = [
    { id: "rId1", type: REL_TYPE.document, target: "word/document.xml" },
    { id: "rId2", type: REL_TYPE.core, target: "docProps/core.xml" },
    { id: "rId3", type: REL_TYPE.app, target: "docProps/app.xml" },
  ];
  // Relationship parts other than the package's and the document's.
  const otherRelationships: Record<string, string> = {};
  const webExtension = webExtensionXml(settings);
  if (webExtension !== undefined) {
    typed.push(
      { path: "word/webextensions/taskpanes.xml", contentType: CONTENT_TYPE.taskpanes, xml: taskpanesXml() },
      { path: "word/webextensions/webextension1.xml", contentType: CONTENT_TYPE.webExtension, xml: webExtension },
    );
    packageRelationships.push({ id: "rId4", type: REL_TYPE.taskpanes, target: "word/webextensions/taskpanes.xml" });
    otherRelationships["word/webextensions/_rels/taskpanes.xml.rels"] = relationshipsXml([
      { id: "rId1", type: REL_TYPE.webExtension, target: "webextension1.xml" },
    ]);
  }
  const contentTypes =
    `<Types xmlns="${NS.types}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
    typed.map((p) => `<Override PartName="/${p.path}" ContentType="${p.contentType}"/>`).join("") +
    "</Types>";
  const documentRels = relationshipsXml([
    STYLES_RELATIONSHIP,
    { id: "rIdSettings", type: REL_TYPE.settings, target: "settings.xml" },
    headerRel,
  ]);
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypes,
    "_rels/.rels": relationshipsXml(packageRelationships),
    "word/_rels/document.xml.rels": documentRels,
    ...otherRelationships,
  };
  for (const p of typed) parts[p.path] = p.xml;
  for (const path of Object.keys(parts)) parts[path] = XML_DECLARATION + parts[path];
  return parts;
}
