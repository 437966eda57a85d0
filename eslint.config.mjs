// `npm run lint` (office-addin-lint) picks this file up: Microsoft's add-in rules and Prettier, over TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript (`tsc --noEmit`, the first half of `npm run lint`) checks names, with Office's and the DOM's.
    rules: { "no-undef": "off", "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  {
    // These two rules take navigation properties (selection.paragraphs) and ClientResult.value read after the
    // sync for unloaded scalars; the simulated Word's tests check the real load/sync rules instead.
    files: ["src/host/word/**"],
    rules: { "office-addins/load-object-before-read": "off", "office-addins/call-sync-before-read": "off" },
  },
];
