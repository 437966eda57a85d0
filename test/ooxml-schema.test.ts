/**
 * Word refuses parts that break the ECMA-376 schemas, so every part we write is validated with xmllint against
 * /work/shared/ooxml-schemas (override with REPORT_DRAFTER_SCHEMAS).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { docxParts, flatOpc } from "../src/core/ooxml/package";
import { SkeletonFields, skeletonPartInfo } from "../src/core/skeleton/parts";
import { skeletonBodyXml } from "../src/core/skeleton/writer";
import { indicatorTableXml } from "../src/core/indicators/writer";
import { defaultProfile } from "../src/profiles";
import { requireShared, requireTool } from "./helpers/tool";

const schemas = requireShared("ooxml-schemas", process.env.REPORT_DRAFTER_SCHEMAS) ?? "";
const schema = {
  wml: path.join(schemas, "wml/wml.xsd"),
  // The README names wml/package.xsd, but that file declares no pkg:package element; xmlPackage.xsd does.
  flatOpc: path.join(schemas, "xmlPackage.xsd"),
  contentTypes: path.join(schemas, "contentTypes/opc-contentTypes.xsd"),
  relationships: path.join(schemas, "relationships.xsd"),
  appProperties: path.join(schemas, "docProps/shared-documentPropertiesExtended.xsd"),
};

const profile = defaultProfile;
const variants: Record<string, SkeletonFields> = {
  filled: { province: "Thanh Hóa", agencyShort: "", number: "123", date: "2017-12-15", signer: "Nguyễn Văn A", deputy: false },
  empty: { province: "", agencyShort: "", number: "", date: "", signer: "", deputy: false },
  "deputy, city, typed markup": {
    province: "Thành phố Hồ Chí Minh",
    agencyShort: `S&L"'<`,
    number: `1<2&"'`,
    date: "2018-01-05",
    signer: `Trần "Bé" <&> O'Neil\u0001`,
    deputy: true,
  },
};

const run = schemas !== "" && requireTool("xmllint", "install libxml2-utils (apt-get install libxml2-utils)");

(run ? describe : describe.skip)("the parts we write validate against the OOXML schemas", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "report-drafter-schema-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let counter = 0;
  /** Writes the documents and validates them in one xmllint run; fails with xmllint's errors. */
  function validate(schemaPath: string, documents: Record<string, string>): void {
    const files = Object.entries(documents).map(([name, xml]) => {
      const file = path.join(dir, `${++counter}-${name.replace(/[^\w.-]+/g, "_")}`);
      writeFileSync(file, xml);
      return file;
    });
    const result = spawnSync("xmllint", ["--noout", "--schema", schemaPath, ...files], { encoding: "utf8" });
    // The schema set prints import warnings on every run; only errors matter.
    const errors = result.stderr.split("\n").filter((line) => /error|fails to validate/i.test(line));
    if (result.status !== 0 || errors.length) {
      throw new Error(`xmllint (${path.basename(schemaPath)}) exit ${result.status}:\n${errors.join("\n") || result.stderr}`);
    }
  }

  /** dcterms.xsd uses xml:lang without importing its schema: a wrapper imports it first. */
  function corePropertiesSchema(): string {
    const wrapper = path.join(dir, "core-properties-wrapper.xsd");
    const location = (relative: string) => pathToFileURL(path.join(schemas, relative)).href;
    writeFileSync(
      wrapper,
      `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:report-drafter:schema-wrapper">` +
        `<xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="${location("wml/xml.xsd")}"/>` +
        `<xsd:import namespace="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" schemaLocation="${location("docProps/opc-coreProperties.xsd")}"/>` +
        `</xsd:schema>`,
    );
    return wrapper;
  }

  /** The parts of a Flat OPC package by name, each as a standalone XML document. */
  function flatOpcParts(pkg: string): Record<string, string> {
    const parts: Record<string, string> = {};
    for (const match of pkg.matchAll(/<pkg:part pkg:name="([^"]+)"[^>]*><pkg:xmlData>([\s\S]*?)<\/pkg:xmlData><\/pkg:part>/g)) {
      parts[match[1]] = match[2];
    }
    return parts;
  }

  describe.each(Object.entries(variants))("a .docx (%s)", (name, fields) => {
    const parts = docxParts(profile, skeletonBodyXml(profile, fields));

    it("has the parts of a complete document", () => {
      expect(Object.keys(parts)).toEqual(
        expect.arrayContaining([
          "[Content_Types].xml",
          "_rels/.rels",
          "word/_rels/document.xml.rels",
          "word/document.xml",
          "word/styles.xml",
          "word/settings.xml",
          "word/header1.xml",
          "docProps/core.xml",
          "docProps/app.xml",
        ]),
      );
      expect(Object.keys(parts)[0]).toBe("[Content_Types].xml");
    });

    it("validates the WordprocessingML parts against wml.xsd", () => {
      validate(schema.wml, {
        [`${name}-document.xml`]: parts["word/document.xml"],
        [`${name}-styles.xml`]: parts["word/styles.xml"],
        [`${name}-settings.xml`]: parts["word/settings.xml"],
        [`${name}-header1.xml`]: parts["word/header1.xml"],
      });
    });

    it("validates the package parts against their schemas", () => {
      validate(schema.contentTypes, { "content-types.xml": parts["[Content_Types].xml"] });
      validate(schema.relationships, { "package.rels": parts["_rels/.rels"], "document.xml.rels": parts["word/_rels/document.xml.rels"] });
      validate(corePropertiesSchema(), { "core.xml": parts["docProps/core.xml"] });
      validate(schema.appProperties, { "app.xml": parts["docProps/app.xml"] });
    });
  });

  describe.each(Object.entries(variants))("the Flat OPC package (%s)", (name, fields) => {
    const pkg = flatOpc(profile, skeletonBodyXml(profile, fields));

    it("validates against xmlPackage.xsd, with its parts valid too", () => {
      validate(schema.flatOpc, { [`${name}-package.xml`]: pkg });
      const parts = flatOpcParts(pkg);
      expect(Object.keys(parts).sort()).toEqual([
        "/_rels/.rels",
        "/word/_rels/document.xml.rels",
        "/word/document.xml",
        "/word/styles.xml",
      ]);
      validate(schema.wml, { [`${name}-document.xml`]: parts["/word/document.xml"], [`${name}-styles.xml`]: parts["/word/styles.xml"] });
      validate(schema.relationships, { "package.rels": parts["/_rels/.rels"], "document.rels": parts["/word/_rels/document.xml.rels"] });
    });

    it("leaves the drafter's page setup alone (no w:sectPr)", () => {
      expect(pkg).not.toContain("sectPr");
    });
  });

  it("validates each part on its own, as the add-in inserts a missing part", () => {
    const fields = variants.filled;
    const documents: Record<string, string> = {};
    for (const part of skeletonPartInfo(profile)) {
      documents[`part-${part.id}.xml`] = flatOpcParts(flatOpc(profile, skeletonBodyXml(profile, fields, [part.id])))["/word/document.xml"];
    }
    validate(schema.wml, documents);
  });

  it("validates the indicator table as the Số liệu view inserts it, alone and inside a report", () => {
    const rows = [
      ...profile.indicators.map((i) => ({ name: i.name, unit: i.unit })),
      { name: "Chỉ tiêu riêng <của> tỉnh & huyện", unit: "hộ" },
    ];
    const table = indicatorTableXml(profile, rows);
    validate(schema.flatOpc, { "indicator-package.xml": flatOpc(profile, table) });
    validate(schema.wml, {
      "indicator-inserted.xml": flatOpcParts(flatOpc(profile, table))["/word/document.xml"],
      "indicator-in-report.xml": docxParts(profile, skeletonBodyXml(profile, variants.filled) + table)["word/document.xml"],
    });
  });

  it("rejects a part that breaks the schema (the check is real)", () => {
    const broken = docxParts(profile, skeletonBodyXml(profile, variants.filled))["word/document.xml"].replace(
      "<w:b/><w:bCs/>",
      "<w:bCs/><w:b/>",
    );
    expect(() => validate(schema.wml, { "broken.xml": broken })).toThrow(/not expected/);
  });
});
