/* eslint-disable no-undef */
/*
 * Builds the add-in's pages (task pane, ribbon commands) and the playground, after Microsoft's Yeoman
 * task-pane template, with ts-loader instead of Babel and no polyfills: the pane targets the Chromium-based
 * webviews (WebView2, Word on the web, Safari on Mac), which run ES2020 as is.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The URL the manifest is written with, and the one the dev server answers at. */
const devBaseUrl = "https://localhost:3000/";

function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL || devBaseUrl;
  return url.endsWith("/") ? url : `${url}/`;
}

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

  return {
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
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
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
};
