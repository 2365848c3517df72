import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const OUT = path.join(ROOT, "test-output");
export const EXAMPLE = path.join(ROOT, "examples", "seed002-self-evaluation.xlsx");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Both e2e suites need Debian's Chromium and the seed-002 example; without them they are skipped, loudly. */
export function e2eAvailable(): boolean {
  const ok = existsSync(CHROMIUM) && existsSync(EXAMPLE);
  if (!ok) console.warn(`e2e skipped: needs ${CHROMIUM} (apt-get install chromium) and ${EXAMPLE} (npm run examples)`);
  return ok;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** A static file server on 127.0.0.1 (a random free port); resolves to the server and its base URL. */
export function serve(dir: string): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
