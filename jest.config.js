/** Jest runs the TypeScript sources directly through ts-jest; browser suites drive Chromium themselves. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" }, diagnostics: { warnOnly: false } }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/helpers/dom-timeouts.ts"],
  testTimeout: 30000,
};
