// `npm run lint` (office-addin-lint) picks this file up: Microsoft's add-in rules and Prettier, over TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** Packages that tie code to Node, React or Fluent: none belongs in the pure layers. */
const NODE_AND_UI = [
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "worker_threads",
  "zlib",
  "url",
  "node:*",
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
];
/** Globals of the browser, Office and Node that the pure layers must not reach for. */
const PLATFORM_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "Office",
  "Word",
  "OfficeExtension",
  "process",
  "require",
  "Buffer",
  "__dirname",
];

/** The main pane's React modules, which the light pane must not pull in (they bring React and Fluent). */
const LITE_FORBIDDEN_VIEWS = ["taskpane/App", "taskpane/Pane", "taskpane/*View", "taskpane/ProvinceField", "taskpane/view-styles", "taskpane/index"];

/** The rules for one layer: the layers above it it may not import, and what else it must not touch. */
function layer(files, above, packages = [], globals = []) {
  const message = "The arrows point down only: taskpane and cli → host → core → profiles (DESIGN.md).";
  return {
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: above.map((dir) => `**/${dir}/**`).concat(above.map((dir) => `**/${dir}`)), message },
            ...(packages.length > 0 ? [{ group: packages, message: "This layer is pure TypeScript: no Node, React or Fluent here." }] : []),
          ],
        },
      ],
      ...(globals.length > 0
        ? {
            "no-restricted-globals": [
              "error",
              ...globals.map((name) => ({ name, message: "core is pure TypeScript: no DOM, Office or Node." })),
            ],
          }
        : {}),
    },
  };
}

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  // The add-in rules and Prettier cover the React views too (.tsx), which the recommended set leaves out.
  ...officeAddins.configs.recommended.map((config) => (config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config)),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript (`tsc --noEmit`, the first half of `npm run lint`) checks names, with Office's and the DOM's.
    rules: { "no-undef": "off", "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  // The arrows point down only (DESIGN.md): taskpane and cli → host → core → profiles. A file that imports upward,
  // or core reaching for Node, the DOM or Office, fails `npm run lint`.
  layer("src/profiles/**", ["core", "host", "taskpane", "lite", "cli", "playground", "commands"], NODE_AND_UI),
  layer("src/core/**", ["host", "taskpane", "lite", "cli", "playground", "commands"], NODE_AND_UI, PLATFORM_GLOBALS),
  layer("src/host/**", ["taskpane", "lite", "cli", "playground", "commands"]),
  // The light pane (IE11) shares the pane's plain modules (strings, helpers), never its React views.
  layer("src/lite/**", ["cli", "playground", "commands", ...LITE_FORBIDDEN_VIEWS], NODE_AND_UI),
  {
    // These two rules take navigation properties (selection.paragraphs) and ClientResult.value read after the
    // sync for unloaded scalars; the simulated Word's tests check the real load/sync rules instead.
    files: ["src/host/word/**"],
    rules: { "office-addins/load-object-before-read": "off", "office-addins/call-sync-before-read": "off" },
  },
  {
    // The playground's document view reads the browser's own selection (window.getSelection), not Word's.
    files: ["src/playground/DocumentView.tsx"],
    rules: { "office-addins/load-object-before-read": "off", "office-addins/call-sync-before-read": "off" },
  },
];
