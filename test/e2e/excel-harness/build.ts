import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../../..");

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** Bundle the harness page (development mode: quick, unminified) into `out`, unless it is already fresh. */
export async function buildHarness(out: string, example: string): Promise<void> {
  const page = path.join(out, "index.html");
  const inputs = ["src", "test/e2e/excel-harness", "test/hosts/excel", "webpack.config.js"].map((p) => newestMtime(path.join(ROOT, p)));
  mkdirSync(out, { recursive: true });
  copyFileSync(example, path.join(out, "example.xlsx"));
  if (existsSync(page) && statSync(page).mtimeMs > Math.max(...inputs)) return;
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const { devServer: _devServer, ...base } = (await makeConfig({}, { mode: "development" })) as webpack.Configuration & { devServer?: unknown };
  const config: webpack.Configuration = {
    ...base,
    devtool: false,
    entry: { harness: path.join(__dirname, "harness.tsx") },
    output: { path: out, filename: "[name].js", chunkFilename: "[name].js", clean: false },
    plugins: [],
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
  writeFileSync(page, '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>harness</title></head><body style="margin:0"><div id="container"></div><script src="harness.js"></script></body></html>');
}
