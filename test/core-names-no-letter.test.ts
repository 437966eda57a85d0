/**
 * The core knows no letter: everything that belongs to one ministry's request (its name, its letter's number, its
 * years) comes from the report profile. The code of src/core, its comments taken out, names none of the labour
 * ministry's letter of 2017: not the ministry, not the letter's number, not its years.
 *
 * Comments are found by TypeScript's own scanner, so "//" inside a string, a template or a regular expression
 * literal is not taken for one; where a "/" or a "}" is ambiguous to a scanner alone, the parsed file says which
 * tokens are regular expressions and template continuations.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import ts from "typescript";

const CORE = path.join(__dirname, "../src/core");

/** The words and numbers that name the 2017 letter, compared case-insensitively after NFC normalisation. */
const FORBIDDEN = ["Lao động", "LĐTBXH", "5121", "2017", "2018"];

/** Every .ts file under a folder, as paths relative to it, sorted. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .map((name) => name.split(path.sep).join("/"))
    .sort();
}

/**
 * The text of a TypeScript file with its comments (line, block and JSDoc) replaced by spaces, their line breaks
 * kept so that line numbers still hold. Strings, templates and regular expressions are left as they are.
 */
function withoutComments(fileName: string, text: string): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // Where a regular expression starts, and where a template goes on after "${…}": the parser knows, the scanner guesses.
  const regexStarts = new Set<number>();
  const templateGoesOn = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) regexStarts.add(node.getStart(source));
    if (node.kind === ts.SyntaxKind.TemplateMiddle || node.kind === ts.SyntaxKind.TemplateTail) templateGoesOn.add(node.getStart(source));
    ts.forEachChild(node, visit);
  };
  visit(source);

  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let out = "";
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const start = scanner.getTokenStart();
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && regexStarts.has(start)) {
      kind = scanner.reScanSlashToken();
    } else if (kind === ts.SyntaxKind.CloseBraceToken && templateGoesOn.has(start)) {
      kind = scanner.reScanTemplateToken(false);
    }
    const token = text.slice(start, scanner.getTokenEnd());
    const comment = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
    out += comment ? token.replace(/[^\r\n]/g, " ") : token;
  }
  return out;
}

interface Place {
  file: string;
  line: number;
  found: string;
  text: string;
}

/** Where the code (comments out) names one of the forbidden words, by file and line. */
function forbiddenPlaces(file: string, code: string): Place[] {
  const needles = FORBIDDEN.map((word) => word.normalize("NFC").toLowerCase());
  return code
    .normalize("NFC")
    .split(/\r?\n/)
    .flatMap((line, i) => {
      const lower = line.toLowerCase();
      return needles.filter((needle) => lower.includes(needle)).map((found) => ({ file, line: i + 1, found, text: line.trim() }));
    });
}

describe("withoutComments", () => {
  const strip = (text: string) => withoutComments("sample.ts", text);

  test("takes out line, block and JSDoc comments, keeping the lines", () => {
    const text = ["/** Báo cáo 2017. */", "const a = 1; // Lao động", "/* LĐTBXH", "   5121 */ const b = 2;"].join("\n");
    const code = strip(text);
    expect(code.split("\n")).toHaveLength(4);
    expect(code).toContain("const a = 1;");
    expect(code).toContain("const b = 2;");
    expect(code).not.toMatch(/2017|Lao động|LĐTBXH|5121|\/\/|\/\*/);
  });

  test('keeps "//" and "/*" inside strings, templates and regular expressions', () => {
    const text = [
      'const url = "http://example.org/*not a comment*/"; // gone one',
      "const re = /\\/\\/ 2017 [/*]/g; // gone two",
      "const half = total / 2 / count; // gone three",
      "const t = `a ${x} // 2018 ${`inner // ${y}`} /* 5121 */`;",
      "const close = { a: `${{ b: 1 }.b}` }; /* gone four */",
    ].join("\n");
    const code = strip(text);
    expect(code).toHaveLength(text.length);
    expect(code).toContain('"http://example.org/*not a comment*/"');
    expect(code).toContain("/\\/\\/ 2017 [/*]/g");
    expect(code).toContain("total / 2 / count");
    expect(code).toContain("`a ${x} // 2018 ${`inner // ${y}`} /* 5121 */`");
    expect(code).toContain("`${{ b: 1 }.b}`");
    expect(code).not.toMatch(/gone/);
  });

  test("finds the words after NFC normalisation and whatever their case", () => {
    const decomposed = "const s = 'LAO ĐỘNG';".normalize("NFD");
    expect(forbiddenPlaces("x.ts", strip(decomposed)).map((p) => p.found)).toEqual(["lao động"]);
    expect(forbiddenPlaces("x.ts", strip("const s = 'lđtbxh'; // 2017")).map((p) => p.found)).toEqual(["lđtbxh"]);
  });
});

describe("src/core", () => {
  const files = tsFiles(CORE);

  test("has TypeScript files to look at", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toEqual(expect.arrayContaining(["check.ts", "rules/doc.recipients.ts", "skeleton/writer.ts"]));
  });

  const sources = files.map((file) => ({ file, text: readFileSync(path.join(CORE, file), "utf8") }));
  const stripped = new Map(sources.map(({ file, text }) => [file, withoutComments(file, text)]));

  test("loses no code: every literal and name of the parsed file stands where it was", () => {
    const kept = new Set([
      ts.SyntaxKind.Identifier,
      ts.SyntaxKind.StringLiteral,
      ts.SyntaxKind.NumericLiteral,
      ts.SyntaxKind.RegularExpressionLiteral,
      ts.SyntaxKind.NoSubstitutionTemplateLiteral,
      ts.SyntaxKind.TemplateHead,
      ts.SyntaxKind.TemplateMiddle,
      ts.SyntaxKind.TemplateTail,
    ]);
    for (const { file, text } of sources) {
      const code = stripped.get(file)!;
      expect(code).toHaveLength(text.length);
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const lost: string[] = [];
      const visit = (node: ts.Node): void => {
        if (kept.has(node.kind)) {
          const start = node.getStart(source);
          if (code.slice(start, node.end) !== text.slice(start, node.end)) lost.push(`${file}: ${text.slice(start, node.end)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      expect(lost).toEqual([]);
    }
  });

  test("names neither the labour ministry, nor letter 5121, nor its years, outside comments", () => {
    const places = sources.flatMap(({ file }) => forbiddenPlaces(`src/core/${file}`, stripped.get(file)!));
    expect(places).toEqual([]);
  });
});
