#!/usr/bin/env node
/*
 * The playground: the real task pane beside a simulated Word document, in any browser, with no Office, no
 * certificates and no internet. Builds dist/ (production, unless --dev) unless --no-build, then serves it over
 * plain http on loopback only and prints the URL on stdout (build output goes to stderr).
 *
 *   node scripts/playground.js [--no-build] [--dev]      PORT=8080 by default; PORT=0 picks a free port.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
};

async function build(mode) {
  const webpack = require("webpack");
  const config = await require(path.join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode });
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      process.stderr.write(`${stats.toString({ colors: false, preset: "errors-warnings" })}\n`);
      if (stats.hasErrors()) return reject(new Error("The build failed."));
      resolve();
    });
  });
}

function serve(port) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    if (url.pathname === "/") {
      res.writeHead(302, { Location: `/playground.html${url.search}` });
      return res.end();
    }
    const file = path.join(dist, path.normalize(decodeURIComponent(url.pathname)));
    // Never outside dist/, whatever the path says.
    if (!file.startsWith(dist + path.sep)) {
      res.writeHead(403);
      return res.end();
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        return res.end("Not found");
      }
      res.writeHead(200, { "Content-Type": MIME[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Cổng ${port} đang có chương trình khác dùng (port ${port} is in use): chạy PORT=9000 npm run playground, hoặc PORT=0 để chọn cổng trống.`,
            )
          : error,
      ),
    );
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes("--no-build")) await build(args.includes("--dev") ? "development" : "production");
  if (!fs.existsSync(path.join(dist, "playground.html"))) {
    throw new Error("dist/playground.html is missing: run without --no-build, or npm run build first.");
  }
  const server = await serve(process.env.PORT === undefined ? 8080 : Number(process.env.PORT));
  console.log(`http://localhost:${server.address().port}/`);
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
