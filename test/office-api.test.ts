/**
 * The Office.js members the add-in uses, kept in test/office-api-members.json with their requirement sets.
 *
 * Why: the manifest promises Word 2016 (WordApi 1.1 only), Word 2019 has 1.1–1.3, and a member from a newer set
 * fails there at run time, not in the compiler. So this test reads the code, not a list someone remembered:
 *
 * - Which code: every file the add-in's pages load (the task pane and the ribbon commands, the entries webpack
 *   builds into taskpane.html and commands.html) and everything they import, dynamic imports included. The
 *   playground and host/sim run only against the simulated Word, outside Word, so they are not walked unless a
 *   page of the add-in starts importing them.
 * - Which members: every property access, method call, element access with a literal name and object
 *   destructuring whose member is declared in @types/office-js (namespaces Word, Office, OfficeExtension). A member
 *   is named after where the types declare it: `Word.ContentControl.tag`, `OfficeExtension.ClientRequestContext.sync`
 *   (what `context.sync()` calls), `Word.Table.insertParagraph` (a call on a `ContentControl | Table` counts for
 *   both). Namespaces, classes and enums themselves are not members; their members are. Names given as strings
 *   (`load("items/tag")`, `insertParagraph("", "After")`) are not seen: what is loaded is read back by a property
 *   access, which is.
 * - Its set: the `[Api set: WordApi 1.3]` or `**Requirement set**: … | Settings` remark of the member's own JSDoc,
 *   else of its class or interface (`Word.Table.load` is WordApi 1.3 because Word.Table is), else "none" (the
 *   types name no set: Word.run, RequestContext and the OfficeExtension plumbing come with every Word API).
 * - Covered without a check: a set the manifest's <Requirements> declares, at or below its MinVersion, and the sets
 *   the table's "baseline" lists (common API sets every Word that runs the add-in has), each with its reason.
 *
 * The rule for "guarded" (anything not covered must be). A version check is a call to `isSetSupported` with a
 * literal set name (and version; none means the set's first), or a call with a literal version to a function of ours
 * whose body calls `isSetSupported` with a literal set name (our `supports("1.x")`); it covers a member of the same
 * set at that version or lower. Walking outward from the use, the first of these that applies decides:
 * 1. the use sits in a branch of an `if`, `?:`, `&&` or `||` whose condition is a covering check, a const holding
 *    one, or `!` of either: the branch taken when the check holds is guarded, the other is the fallback and is not;
 * 2. an earlier statement of a block around the use is `if (<condition>) return|throw` on such a check: after
 *    `if (!supports("1.3")) return` the use is guarded, after `if (supports("1.3")) return` it is the fallback;
 * 3. a function around the use keeps a covering check in a const of its own (`const modern = supports("1.3")`):
 *    it chooses by it, and values it makes only when `modern` (insertSkeleton's parentTable, null otherwise) carry
 *    the guard, which a walk over the syntax cannot follow;
 * 4. a named function around the use is called at least once, and only ever called (never passed as a value) from
 *    places this rule finds guarded: readPlace is only called as `supports("1.3") ? readPlace() : …`.
 * What it cannot see: in a function that keeps the check in a const (rule 3), a use on a path where the check
 * failed that no `if` on the const marks. That is why the table's guard note, required for these members, must
 * name every function that uses one: a person says there how it is guarded. GUARD_EXAMPLES below show the rule at
 * work on code written to pass it and to fail it; the last test runs them.
 */
import { readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";

/** A member's set as the types give it; for members above the baseline how the code guards it and what it does without it. */
type Entry = { set: string; guard?: string; fallback?: string; note?: string };
/** baseline: sets outside the manifest that every Word running the add-in has, each with its reason. */
type Table = { baseline: Record<string, string>; members: Record<string, Entry> };
type RequirementSet = { name: string; version: string };
type Use = { member: string; set: string; file: string; line: number; top: string; node: ts.Node };

const root = path.resolve(__dirname, "..");
const TABLE_FILE = "test/office-api-members.json";
const table = JSON.parse(readFileSync(path.join(root, TABLE_FILE), "utf8")) as Table;
/** The pages of the add-in, as webpack.config.js builds them for taskpane.html (either pane) and commands.html. */
const ADDIN_ENTRIES = ["src/taskpane/index.tsx", "src/lite/polyfills.ts", "src/lite/index.ts", "src/commands/commands.ts"];
/** Small examples of the guard rule, compiled with the add-in (one Program) but never walked as add-in code. */
const EXAMPLES_FILE = path.join(root, "test", "office-api-guard-examples.virtual.ts");

/* ------------------------------------------------------------------------------------------------------------ */
/* The manifest and requirement sets                                                                           */
/* ------------------------------------------------------------------------------------------------------------ */

/** The <Sets> of manifest.xml's <Requirements>: set name → minimum version. */
function manifestSets(): Map<string, string> {
  const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const defaultMin = /<Sets\b[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1] ?? "1.1";
  const sets = new Map<string, string>();
  for (const set of requirements.matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = /\bName="([^"]+)"/.exec(set[1])?.[1];
    if (name) sets.set(name, /\bMinVersion="([^"]+)"/.exec(set[1])?.[1] ?? defaultMin);
  }
  return sets;
}

/** "WordApi 1.3" → { WordApi, 1.3 }; a set named without a version ("Settings") is its first version. */
function parseSet(set: string): RequirementSet {
  const match = /^(.*\S)\s+(\d+(?:\.\d+)*)$/.exec(set.trim());
  return match ? { name: match[1], version: match[2] } : { name: set.trim(), version: "1.1" };
}

/** Compares versions part by part as numbers: 1.10 is above 1.9. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const manifest = manifestSets();

/** Whether every Word that runs the add-in has the set: the manifest asks for it, or the table's baseline says why. */
function coveredWithoutCheck(set: string): boolean {
  if (set in table.baseline) return true;
  const { name, version } = parseSet(set);
  const min = manifest.get(name);
  return min !== undefined && compareVersions(version, min) <= 0;
}

/**
 * The sets a member needs that not every Word has. "Selection + MatrixCoercion" (the types list two) needs both;
 * "A | B" (overloads used in different places disagree) is taken at its most demanding: each of them.
 */
function setsToCheck(set: string): RequirementSet[] {
  return set
    .split(/ [|+] /)
    .filter((part) => !coveredWithoutCheck(part))
    .map(parseSet);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* One Program over the add-in's pages (and the rule's examples)                                               */
/* ------------------------------------------------------------------------------------------------------------ */

const GUARD_EXAMPLES = `
const supports = (version: string) => Office.context.requirements.isSetSupported("WordApi", version);

export function guardedByIf() {
  return Word.run(async (context) => {
    if (supports("1.3")) context.document.getSelection().parentTableOrNullObject.load("isNullObject");
    await context.sync();
  });
}
export function guardedByNegatedElse() {
  return Word.run(async (context) => {
    if (!supports("1.3")) return;
    else context.document.getSelection().parentTableOrNullObject.load("isNullObject");
  });
}
export function guardedByConstInFunction() {
  const modern = supports("1.3");
  return Word.run(async (context) => {
    const table = modern ? context.document.getSelection().parentTableOrNullObject : null;
    table?.load("isNullObject");
    await context.sync();
  });
}
export function guardedByEarlyExit() {
  return Word.run(async (context) => {
    if (!supports("1.3")) return;
    context.document.getSelection().parentTableOrNullObject.load("isNullObject");
    await context.sync();
  });
}
export function guardedByDirectCheck() {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    if (Office.context.requirements.isSetSupported("WordApi", "1.5")) controls.load("items");
    await context.sync();
    if (Office.context.requirements.isSetSupported("WordApi", "1.6")) controls.items.forEach((c) => c.onDataChanged.add(async () => undefined));
  });
}
function guardedHelperOnlyCalledUnderCheck() {
  return Word.run(async (context) => {
    context.document.getSelection().parentTableOrNullObject.load("isNullObject");
    await context.sync();
  });
}
export const callsTheHelper = () => (supports("1.3") ? guardedHelperOnlyCalledUnderCheck() : undefined);

export function unguardedPlain() {
  return Word.run(async (context) => {
    context.document.getSelection().parentTableOrNullObject.load("isNullObject");
    await context.sync();
  });
}
export function unguardedInTheFallbackBranch() {
  return Word.run(async (context) => {
    if (supports("1.3")) return;
    else context.document.getSelection().parentTableOrNullObject.load("isNullObject");
  });
}
export function unguardedUnderANegatedCheck() {
  return Word.run(async (context) => {
    if (!supports("1.3")) context.document.getSelection().parentTableOrNullObject.load("isNullObject");
  });
}
export function unguardedCheckTooLow() {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items");
    await context.sync();
    if (supports("1.3")) controls.items.forEach((c) => c.onDataChanged.add(async () => undefined));
  });
}
export function unguardedAfterExitOnSuccess() {
  return Word.run(async (context) => {
    if (supports("1.3")) {
      return;
    }
    context.document.getSelection().parentTableOrNullObject.load("isNullObject");
  });
}
export function unguardedOtherSetChecked() {
  return Word.run(async (context) => {
    if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) context.document.getSelection().parentTableOrNullObject;
  });
}
function unguardedHelperCalledOnceWithoutCheck() {
  return Word.run(async (context) => {
    context.document.getSelection().parentTableOrNullObject.load("isNullObject");
    await context.sync();
  });
}
export const callsTheOtherHelper = () => {
  if (supports("1.3")) void unguardedHelperCalledOnceWithoutCheck();
  void unguardedHelperCalledOnceWithoutCheck();
};
`;

function createProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const isExamples = (fileName: string) => path.resolve(fileName) === EXAMPLES_FILE;
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) =>
    isExamples(fileName)
      ? ts.createSourceFile(fileName, GUARD_EXAMPLES, language, true, ts.ScriptKind.TS)
      : getSourceFile.call(host, fileName, language, ...rest);
  host.fileExists = (fileName) => isExamples(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => (isExamples(fileName) ? GUARD_EXAMPLES : readFile.call(host, fileName));
  return ts.createProgram({ rootNames: [...ADDIN_ENTRIES.map((f) => path.join(root, f)), EXAMPLES_FILE], options, host });
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Members and their sets from @types/office-js                                                                */
/* ------------------------------------------------------------------------------------------------------------ */

const isOfficeTypes = (file: ts.SourceFile) => /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/.test(file.fileName);

const MEMBER_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.EnumMember,
]);

/** "Word.ContentControl.tag": the names of the declaration and of the namespaces and class around it. */
function memberName(declaration: ts.Node): string {
  const parts: string[] = [];
  for (let node: ts.Node | undefined = declaration; node && !ts.isSourceFile(node); node = node.parent) {
    const name = (node as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.join(".");
}

/** The set named by a declaration's own JSDoc: "[Api set: WordApi 1.3]" or "**Requirement set**: {@link … | Settings}". */
function setInJsDoc(declaration: ts.Node): string | undefined {
  const text = declaration.getSourceFile().text;
  for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
    const raw = text.slice(doc.pos, doc.end);
    const api = /\[Api set:\s*([^\]]+?)\s*\]/.exec(raw);
    if (api) return api[1].replace(/\s+/g, " ");
    // Common API: "**Requirement set**: {@link … | Settings}", or "**Requirement sets**:" with one "- {@link … | Set}" a line.
    const common = /\*\*Requirement sets?\*\*:((?:\s|\*|-)*\{@link [^|}]*\|[^}]+\})+/.exec(raw);
    if (common) return [...common[0].matchAll(/\{@link [^|}]*\|\s*([^}]+?)\s*\}/g)].map((m) => m[1].replace(/\s+/g, " ")).join(" + ");
  }
  return undefined;
}

/** The member's own set, else its class's, interface's or enum's, else "none". */
function setOf(declaration: ts.Node): string {
  const own = setInJsDoc(declaration);
  if (own) return own;
  const container = declaration.parent;
  if (container && (ts.isClassDeclaration(container) || ts.isInterfaceDeclaration(container) || ts.isEnumDeclaration(container))) {
    return setInJsDoc(container) ?? "none";
  }
  return "none";
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The guard rule                                                                                               */
/* ------------------------------------------------------------------------------------------------------------ */

type Analysis = {
  files: string[];
  uses: Use[];
  /** Member → the sets its declarations in @types/office-js give. */
  typeSets: Map<string, Set<string>>;
  guarded: (use: Use) => boolean;
  examples: Use[];
};

function analyse(): Analysis {
  const program = createProgram();
  const checker = program.getTypeChecker();
  const srcDir = path.join(root, "src") + path.sep;
  const addinFiles = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && path.resolve(f.fileName).startsWith(srcDir) && /\.tsx?$/.test(f.fileName));
  const examplesFile = program.getSourceFiles().find((f) => path.resolve(f.fileName) === EXAMPLES_FILE);
  if (!examplesFile) throw new Error("the guard rule's examples were not compiled");
  const walked = [...addinFiles, examplesFile];

  const resolve = (symbol: ts.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  // Identifiers by name, for finding the calls of a function without asking the checker about every identifier.
  const identifiers = new Map<string, ts.Identifier[]>();
  for (const file of walked) {
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node)) identifiers.set(node.text, [...(identifiers.get(node.text) ?? []), node]);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const typeSets = new Map<string, Set<string>>();
  const collect = (file: ts.SourceFile): Use[] => {
    const uses: Use[] = [];
    const record = (node: ts.Node, symbol: ts.Symbol | undefined, call?: ts.CallExpression) => {
      const declarations = (resolve(symbol)?.declarations ?? []).filter(
        (d) => isOfficeTypes(d.getSourceFile()) && MEMBER_KINDS.has(d.kind),
      );
      // Of a method's overloads, the one the call resolves to: getSelectedDataAsync(Matrix) needs other sets than (Text).
      const chosen = call && checker.getResolvedSignature(call)?.declaration;
      for (const declaration of declarations) {
        const member = memberName(declaration);
        const overloads = declarations.filter((d) => memberName(d) === member);
        if (chosen && overloads.length > 1 && overloads.includes(chosen as ts.Declaration) && declaration !== chosen) continue;
        const set = setOf(declaration);
        typeSets.set(member, (typeSets.get(member) ?? new Set()).add(set));
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        if (!uses.some((u) => u.member === member && u.node === node)) {
          uses.push({ member, set, file: path.relative(root, file.fileName), line, top: topLevelName(node), node });
        }
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
        record(node.name, checker.getSymbolAtLocation(node.name), call);
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
        record(node, checker.getTypeAtLocation(node.expression).getProperty(node.argumentExpression.text));
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = node.propertyName ?? node.name;
        if (ts.isIdentifier(name)) record(node, checker.getTypeAtLocation(node.parent).getProperty(name.text));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return uses;
  };

  /** A version check: isSetSupported("Set", "1.x"), or a call with a literal version to our helper around it. */
  const checkOf = (expression: ts.Expression): RequirementSet | undefined => {
    if (!ts.isCallExpression(expression)) return undefined;
    const [first, second] = expression.arguments;
    const callee = expression.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "isSetSupported") {
      // isSetSupported("MatrixCoercion") asks for the set's first version.
      if (!first || !ts.isStringLiteralLike(first)) return undefined;
      if (!second) return { name: first.text, version: "1.1" };
      return ts.isStringLiteralLike(second) ? { name: first.text, version: second.text } : undefined;
    }
    if (!first || !ts.isStringLiteralLike(first)) return undefined;
    for (const declaration of resolve(checker.getSymbolAtLocation(callee))?.declarations ?? []) {
      const body = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
      if (!body || !ts.isFunctionLike(body) || body.getSourceFile().isDeclarationFile) continue;
      let set: string | undefined;
      const find = (node: ts.Node): void => {
        const inner = ts.isCallExpression(node) ? node : undefined;
        const innerCallee = inner?.expression;
        if (innerCallee && ts.isPropertyAccessExpression(innerCallee) && innerCallee.name.text === "isSetSupported") {
          const name = inner.arguments[0];
          if (name && ts.isStringLiteralLike(name)) set = name.text;
        }
        if (set === undefined) ts.forEachChild(node, find);
      };
      find(body);
      if (set !== undefined) return { name: set, version: first.text };
    }
    return undefined;
  };

  /** A condition that is a check, a const holding one, or `!` of either. */
  const conditionOf = (expression: ts.Expression): { check: RequirementSet; negated: boolean } | undefined => {
    let e = expression;
    while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
      const inner = conditionOf(e.operand);
      return inner && { check: inner.check, negated: !inner.negated };
    }
    if (ts.isIdentifier(e)) {
      const declaration = resolve(checker.getSymbolAtLocation(e))?.valueDeclaration;
      const isConst =
        declaration && ts.isVariableDeclaration(declaration) && (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
      return isConst && declaration.initializer ? conditionOf(declaration.initializer) : undefined;
    }
    const check = checkOf(e);
    return check && { check, negated: false };
  };

  const covers = (check: RequirementSet, needed: RequirementSet) =>
    check.name === needed.name && compareVersions(check.version, needed.version) >= 0;

  /** The condition whose branch `child` is, and whether it is the branch taken when the condition holds. */
  const branchOf = (parent: ts.Node, child: ts.Node): { condition: ts.Expression; whenTrue: boolean } | undefined => {
    if (ts.isIfStatement(parent) && child !== parent.expression)
      return { condition: parent.expression, whenTrue: child === parent.thenStatement };
    if (ts.isConditionalExpression(parent) && child !== parent.condition)
      return { condition: parent.condition, whenTrue: child === parent.whenTrue };
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return { condition: parent.left, whenTrue: true };
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) return { condition: parent.left, whenTrue: false };
    }
    return undefined;
  };

  /** A const in the function's own body (nested functions left out) holding a check for the set: `const modern = supports("1.3")`. */
  const keepsCheck = (fn: ts.SignatureDeclaration, needed: RequirementSet): boolean => {
    let found = false;
    const visit = (node: ts.Node) => {
      if (found || (node !== fn && ts.isFunctionLike(node))) return;
      if (ts.isVariableDeclaration(node) && node.initializer && (ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) !== 0) {
        const condition = conditionOf(node.initializer);
        if (condition && !condition.negated && covers(condition.check, needed)) found = true;
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn, visit);
    return found;
  };

  const exits = (statement: ts.Statement): boolean => {
    const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
    return last !== undefined && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
  };

  /**
   * An earlier `if (…) return|throw` on a check for the set, in the same block: after `if (!check) return` the set
   * is there; after `if (check) return` the rest is the fallback.
   */
  const earlyExit = (block: ts.Node, child: ts.Node, needed: RequirementSet): boolean | undefined => {
    const statements = (block as { statements?: ts.NodeArray<ts.Statement> }).statements;
    if (!statements) return undefined;
    for (let i = statements.indexOf(child as ts.Statement) - 1; i >= 0; i--) {
      const statement = statements[i];
      if (!ts.isIfStatement(statement) || statement.elseStatement || !exits(statement.thenStatement)) continue;
      const condition = conditionOf(statement.expression);
      if (condition && covers(condition.check, needed)) return condition.negated;
    }
    return undefined;
  };

  /** The symbol a function is called by: its own name, or the const it is assigned to. */
  const functionSymbol = (fn: ts.Node): ts.Symbol | undefined => {
    if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name) return checker.getSymbolAtLocation(fn.name);
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
      return checker.getSymbolAtLocation(fn.parent.name);
    }
    return undefined;
  };

  const referencesTo = (symbol: ts.Symbol): ts.Identifier[] =>
    (identifiers.get(symbol.name) ?? []).filter((id) => {
      const declarationName = (id.parent as { name?: ts.Node }).name === id && symbol.declarations?.includes(id.parent as ts.Declaration);
      return !declarationName && resolve(checker.getSymbolAtLocation(id)) === symbol;
    });

  const guardedAt = (node: ts.Node, needed: RequirementSet, seen: Set<ts.Symbol>): boolean => {
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      const branch = branchOf(parent, child);
      const condition = branch && conditionOf(branch.condition);
      // Rule 1: the nearest branch on a check for the set decides, either way.
      if (branch && condition && covers(condition.check, needed)) return branch.whenTrue !== condition.negated;
      // Rule 2: an early exit on a check, earlier in a block around the use.
      const exited = earlyExit(parent, child, needed);
      if (exited !== undefined) return exited;
      if (!ts.isFunctionLike(parent)) continue;
      // Rule 3: the function keeps the check in a const and chooses by it.
      if (keepsCheck(parent, needed)) return true;
      // Rule 4: the function is only called where the set is known to be there.
      const symbol = functionSymbol(parent);
      if (symbol && !seen.has(symbol)) {
        const references = referencesTo(symbol);
        const callee = (id: ts.Identifier) => ts.isCallExpression(id.parent) && id.parent.expression === id;
        const nextSeen = new Set(seen).add(symbol);
        if (references.length > 0 && references.every((id) => callee(id) && guardedAt(id.parent, needed, nextSeen))) return true;
      }
    }
    return false;
  };

  return {
    files: addinFiles.map((f) => path.relative(root, f.fileName)),
    uses: addinFiles.flatMap(collect),
    typeSets,
    guarded: (use) => setsToCheck(use.set).every((needed) => guardedAt(use.node, needed, new Set())),
    examples: collect(examplesFile),
  };
}

/** The name of the top-level function or const the node sits in (e.g. insertSkeleton), or "(module)". */
function topLevelName(node: ts.Node): string {
  let top: ts.Node = node;
  while (top.parent && !ts.isSourceFile(top.parent)) top = top.parent;
  if (ts.isFunctionDeclaration(top) || ts.isClassDeclaration(top)) return top.name?.text ?? "(default export)";
  if (ts.isVariableStatement(top)) {
    return top.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : "(destructuring)")).join(", ");
  }
  return "(module)";
}

const where = (use: Use) => `${use.file}:${use.line} ${use.member} (${use.set}, in ${use.top})`;

/* ------------------------------------------------------------------------------------------------------------ */
/* Tests                                                                                                        */
/* ------------------------------------------------------------------------------------------------------------ */

let analysis: Analysis;
beforeAll(() => {
  analysis = analyse();
});

const usedMembers = () => [...new Set(analysis.uses.map((u) => u.member))].sort();
const typeSetOf = (member: string) => [...(analysis.typeSets.get(member) ?? [])].sort().join(" | ");
const needsGuard = (member: string) => setsToCheck(typeSetOf(member)).length > 0;

test("the manifest names the Word API set the table's rule starts from", () => {
  // Without it every WordApi member would need a check, and a wrong manifest would pass as a wrong table.
  expect(manifest.get("WordApi")).toBeDefined();
});

test("the walk reaches the Word host through the add-in's pages, so a silent miss cannot pass as no use", () => {
  expect(analysis.files).toEqual(expect.arrayContaining(["src/host/word/word-host.ts", ...ADDIN_ENTRIES]));
  expect(analysis.files.some((f) => f.startsWith("src/playground/") || f.startsWith("src/host/sim/"))).toBe(false);
  expect(usedMembers()).toEqual(expect.arrayContaining(["Word.run", "OfficeExtension.ClientRequestContext.sync", "Office.onReady"]));
});

test("every Office.js member the code uses is in the table, so its set and fallback were thought about", () => {
  const missing = usedMembers().filter((m) => !(m in table.members));
  const suggestion = missing.map((m) => `"${m}": { "set": "${typeSetOf(m)}"${needsGuard(m) ? ', "guard": "…", "fallback": "…"' : ""} }`);
  expect(suggestion).toEqual([]);
});

test("the table's sets are the ones @types/office-js gives, so the table is checked against the types, not memory", () => {
  const wrong = Object.entries(table.members)
    .filter(([member]) => analysis.typeSets.has(member))
    .filter(([member, entry]) => entry.set !== typeSetOf(member))
    .map(([member, entry]) => `${member}: table says "${entry.set}", @types/office-js says "${typeSetOf(member)}"`);
  expect(wrong).toEqual([]);
});

test("no table entry is stale: each names a member the code still uses", () => {
  const used = new Set(usedMembers());
  expect(Object.keys(table.members).filter((m) => !used.has(m))).toEqual([]);
});

test("each baseline set is one a used member needs, and says why every Word that runs the add-in has it", () => {
  const needed = new Set(usedMembers().flatMap((m) => typeSetOf(m).split(/ [|+] /)));
  expect(Object.keys(table.baseline).filter((set) => !needed.has(set))).toEqual([]);
  expect(Object.entries(table.baseline).filter(([, why]) => why.trim().length < 20)).toEqual([]);
});

test("the baseline leaves the manifest's sets to the manifest, so raising a member's need cannot be waved through", () => {
  expect(Object.keys(table.baseline).filter((set) => manifest.has(parseSet(set).name))).toEqual([]);
});

test("a member above the manifest's sets is only used where a version check guards it (WordApi 1.1 is Word 2016)", () => {
  const unguarded = analysis.uses.filter((use) => setsToCheck(use.set).length > 0 && !analysis.guarded(use)).map(where);
  expect(unguarded).toEqual([]);
});

test("a member above the manifest's sets has a guard and a fallback note that name every function using it", () => {
  const problems: string[] = [];
  for (const member of usedMembers().filter(needsGuard)) {
    const entry = table.members[member];
    if (!entry) continue; // reported as missing above
    if (!entry.guard?.trim()) problems.push(`${member}: no "guard" note`);
    if (!entry.fallback?.trim()) problems.push(`${member}: no "fallback" note`);
    const functions = new Set(analysis.uses.filter((u) => u.member === member).map((u) => u.top));
    const names = (fn: string) => new RegExp(`(^|[^\\w$])${fn.replace(/\$/g, "\\$")}(?![\\w$])`).test(entry.guard ?? "");
    for (const fn of functions) if (!names(fn)) problems.push(`${member}: the guard note does not name ${fn}`);
  }
  for (const [member, entry] of Object.entries(table.members)) {
    if (analysis.typeSets.has(member) && !needsGuard(member) && (entry.guard || entry.fallback)) {
      problems.push(`${member}: needs no guard on the manifest's sets; drop its guard/fallback notes`);
    }
  }
  expect(problems).toEqual([]);
});

test("the guard rule flags exactly the unguarded examples", () => {
  // Every example function named unguarded… uses a WordApi 1.3/1.5 member without a check that covers it there.
  // Only WordApi members count here, so the examples do not depend on the table's baseline.
  const above = analysis.examples.filter((use) => use.set.startsWith("WordApi ") && setsToCheck(use.set).length > 0);
  const flagged = [...new Set(above.filter((use) => !analysis.guarded(use)).map((use) => use.top))].sort();
  const expected = [...new Set(above.map((use) => use.top))].filter((name) => name.startsWith("unguarded")).sort();
  expect(expected).toHaveLength(7);
  expect(new Set(above.map((use) => use.top)).size - expected.length).toBe(6); // the guarded… examples are there too
  expect(flagged).toEqual(expected);
});
