import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

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

export const DIST = path.join(ROOT, "dist");


function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** Build dist/ unless it is newer than every source it is built from (a fresh clone always builds). */
/**
 * Build the pane into dist/ unless it is newer than its sources. Several e2e files run at once in jest's workers: one
 * builds while the others wait on a lock directory (mkdir is atomic), so no test reads a half-written or old bundle.
 */
export function ensureBuilt(): void {
  const built = path.join(DIST, "taskpane.html");
  const fresh = () => {
    const sources = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"].map((p) => newestMtime(path.join(ROOT, p)));
    return existsSync(built) && statSync(built).mtimeMs > Math.max(...sources);
  };
  const lock = `${DIST}.build-lock`;
  const deadline = Date.now() + 10 * 60_000;
  while (!fresh()) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building; a lock left by a killed run is taken over after ten minutes.
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      continue;
    }
    try {
      if (fresh()) return;
      const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, ADDIN_URL: "" },
      });
      if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * The pane in file mode in a new browser context, as the big-workbook e2e and `npm run bench` measure it: Office.js's
 * CDN refused (unreachable in tests), and every main-thread task over 50 ms recorded from the page's first script on
 * (a PerformanceObserver on "longtask"), read with longTasks() and emptied with resetLongTasks().
 */
export async function measuredPaneContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 500, height: 800 }, locale: "zh-CN", ...options });
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
  await context.addInitScript(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  return context;
}

/** The main-thread tasks over 50 ms since the page opened or since resetLongTasks(), in ms. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __tasks: number[] }).__tasks = [];
  });
}
