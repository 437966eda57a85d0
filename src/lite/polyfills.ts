/*
 * lite-polyfills.js, loaded before lite.js: what Internet Explorer 11 lacks and the light pane's code uses, and
 * nothing else. test/lite-es5.test.ts lists the browser APIs the built lite.js touches and fails on any that IE11
 * has not and this file does not bring, and on any brought here that lite.js does not use. core-js's modules
 * replace a built-in only where it is missing or broken.
 */
import "core-js/es/map";
import "core-js/es/set";
import "core-js/es/symbol";
import "core-js/es/array/from";
import "core-js/es/array/find";
import "core-js/es/array/find-index";
import "core-js/es/array/includes";
import "core-js/es/array/flat";
import "core-js/es/array/flat-map";
import "core-js/es/object/assign";
import "core-js/es/object/entries";
import "core-js/es/object/values";
import "core-js/es/object/from-entries";
import "core-js/es/string/includes";
import "core-js/es/string/starts-with";
import "core-js/es/string/ends-with";
import "core-js/es/string/pad-start";
import "core-js/es/string/repeat";
import "core-js/es/string/code-point-at";
import "core-js/es/string/from-code-point";
import "core-js/es/math/imul";
import "core-js/es/number/is-finite";
import "core-js/es/number/is-nan";
import { installNormalize } from "./polyfills/normalize";
import { installTextDecoder } from "./polyfills/text-decoder";

// Office.js brings a Promise of its own (Office.Promise, the native one where there is one): no second copy.
if (typeof Promise === "undefined") (window as unknown as { Promise: unknown }).Promise = Office.Promise;
installNormalize();
installTextDecoder();
