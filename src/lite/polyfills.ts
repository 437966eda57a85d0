/*
 * lite-polyfills.js, loaded before lite.js: what Internet Explorer 11 lacks and the light pane's code uses, and
 * nothing else. test/lite-es5.test.ts lists the browser APIs the built lite.js touches and fails on any that IE11
 * has not and this file does not bring, and on any brought here that lite.js does not use; test/lite-ie11.test.ts
 * runs the pane where only IE11's built-ins exist.
 */
import { installBuiltins } from "./polyfills/builtins";
import { installNormalize } from "./polyfills/normalize";
import { installTextDecoder } from "./polyfills/text-decoder";

// Office.js brings a Promise of its own (Office.Promise, the native one where there is one): no second copy.
if (typeof Promise === "undefined") (window as unknown as { Promise: unknown }).Promise = Office.Promise;
installBuiltins([
  "Map",
  "Set",
  "String.prototype.@@iterator",
  "Array.from",
  ".find",
  ".findIndex",
  ".includes",
  ".flat",
  ".flatMap",
  "Object.assign",
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  ".startsWith",
  ".endsWith",
  ".repeat",
  ".padStart",
  ".codePointAt",
  "String.fromCodePoint",
  "Math.imul",
  "Number.isFinite",
]);
installNormalize();
installTextDecoder();
