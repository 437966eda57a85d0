/* eslint-disable no-undef */
/*
 * Builds the add-in's pages, after Microsoft's Yeoman task-pane template, in two compilations:
 * - the pane, the ribbon commands and the playground, with ts-loader and no polyfills: the Chromium-based webviews
 *   (WebView2, Word on the web, Safari on Mac) run ES2020 as is;
 * - the light pane (lite.js) for Internet Explorer 11 and the old Edge, which Word 2013, 2016 and 2019 use: ES5
 *   through Babel, with only the polyfills src/lite/polyfills.ts names. taskpane.html picks one before either loads.
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The URL the manifest is written with, and the one the dev server answers at. */
const devBaseUrl = "https://localhost:3000/";

function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL || devBaseUrl;
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * Where the pages load office.js from: Microsoft's CDN, or a copy on a server of the organisation's own for networks
 * that block the CDN (OFFICE_JS_URL; see README, "Office.js on a closed network").
 */
const officeJsUrl = process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Only `webpack serve` needs the dev certificates; building (and the playground) must not ask for them. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const baseUrl = dev ? devBaseUrl : productionBaseUrl();

  const main = {
    name: "main",
    mode,
    // No source maps in production: they would ship the build machine's paths and the sources.
    devtool: dev ? "eval-cheap-module-source-map" : false,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
      // Always write, so a file's time says when it was built (the browser tests use that to skip a build).
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // Fluent's context selector schedules through "scheduler", which npm resolved to a second, newer copy:
        // use the one react-dom runs on, so its priorities reach React and the pane ships one scheduler.
        scheduler: path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] })),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `tsc --noEmit` (npm run lint); the bundle only needs the JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent once, for the pane and for the playground that shows the same pane.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "playground",
            // Only what both use: the playground's own libraries (zip) stay out of the pane's download.
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    // webpack's size hints measure raw bytes per file; the budget that matters (gzip of all the JavaScript
    // taskpane.html loads) is printed by `npm run bench`.
    performance: { hints: false },
    plugins: [
      // taskpane.html writes its own script tags: it loads either this pane's files or lite.js (see the template).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
        templateParameters: (compilation, assets) => ({ officeJsUrl, paneScripts: JSON.stringify(assets.js) }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({ filename: "playground.html", template: "./src/playground/playground.html", chunks: ["playground"] }),
      // The manifest's SupportUrl and "learn more" link: a static page, no script.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", globOptions: { ignore: ["**/screenshot-*"] }, noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Page URLs take the base URL; bare origins (AppDomain) take its origin.
            transform: (content) =>
              dev ? content : content.toString().split(devBaseUrl).join(baseUrl).split(new URL(devBaseUrl).origin).join(new URL(baseUrl).origin),
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };

  const lite = {
    name: "lite",
    // After the main compilation, whose output.clean would otherwise remove lite.js.
    dependencies: ["main"],
    mode,
    devtool: false,
    target: ["web", "es5"],
    // Two files, loaded in this order: what IE11 lacks, then the pane (test/lite-es5.test.ts checks them apart).
    entry: { "lite-polyfills": "./src/lite/polyfills.ts", lite: "./src/lite/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // What only some drafters need comes when first needed, as in the main pane: the reader with the first
      // check, Word 2013's file reading only on Word 2013.
      chunkFilename: "lite-[name].js",
      // Beside the page (taskpane.html, the playground): IE11 has no document.currentScript to find it from.
      publicPath: "",
      compareBeforeEmit: false,
      uniqueName: "report_drafter_lite",
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [babelForIe11(), { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: false } } }],
        },
        // Libraries ship modern syntax too (fflate's classes, regular expressions): all of it goes down to ES5,
        // except Babel's own helpers, which the transform would otherwise rewrite into imports of themselves.
        { test: /\.m?js$/, exclude: /node_modules[\\/]@babel[\\/]runtime[\\/]/, use: [babelForIe11()] },
      ],
    },
    optimization: { splitChunks: false },
    performance: { hints: false },
    plugins: [
      // IE11 has no "u" flag: core's Unicode classes come from tables of the BMP instead (src/lite/unicode.ts).
      new webpack.NormalModuleReplacementPlugin(/unicode$/, (resource) => {
        if (path.resolve(resource.context, resource.request) === path.resolve(__dirname, "src/core/unicode")) {
          resource.request = path.resolve(__dirname, "src/lite/unicode.ts");
        }
      }),
    ],
  };

  return [main, lite];
};

/** Syntax down to what Internet Explorer 11 parses; no polyfills are injected (src/lite/polyfills.ts lists them). */
function babelForIe11() {
  return {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      sourceType: "unambiguous",
      // async functions become promise chains, on the page's Promise (Office.Promise in IE11), rather than
      // regenerator's state machines and runtime, which would weigh a third more. The code has no generators: one
      // would stay as syntax, and test/lite-es5.test.ts would refuse it.
      presets: [
        [
          "@babel/preset-env",
          { targets: { ie: "11" }, modules: false, bugfixes: true, exclude: ["transform-async-to-generator", "transform-regenerator"] },
        ],
      ],
      plugins: [
        ["babel-plugin-transform-async-to-promises", { inlineHelpers: false }],
        // Babel's helpers once per file from @babel/runtime, not once per module that needs them.
        ["@babel/plugin-transform-runtime", { corejs: false, regenerator: false, helpers: true }],
      ],
      // Smaller output where the code never relies on the exact behaviour given up: no class is called without
      // new, no getter has side effects, no object spread copies symbols or non-enumerable properties.
      assumptions: {
        noClassCalls: true,
        constantSuper: true,
        superIsCallableConstructor: true,
        setClassMethods: true,
        setPublicClassFields: true,
        setSpreadProperties: true,
        objectRestNoSymbols: true,
        pureGetters: true,
        ignoreFunctionLength: true,
        ignoreToPrimitiveHint: true,
        noDocumentAll: true,
        skipForOfIteratorClosing: true,
        mutableTemplateObject: true,
      },
    },
  };
}
