/**
 * Issue 11, points 2 and 11: the pane never stays blank. Where the webview is too old for the bundle (IE11, the
 * old Edge) taskpane.html shows a plain, localised message; where office.js hangs or fails the pane says it is
 * waiting, then falls back to file mode and says why.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import * as acorn from "acorn";
import { detectHost, looksInsideOffice, type PageWindow } from "../../src/taskpane/office-detect";
import { PANE_STRINGS } from "../../src/taskpane/i18n";

const ROOT = path.resolve(__dirname, "../..");
const HTML = readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
const TSCONFIG = readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");

function inlineScript(id: string): string {
  const m = new RegExp(`<script id="${id}">([\\s\\S]*?)</script>`).exec(HTML);
  if (!m) throw new Error(`no inline script ${id}`);
  return m[1];
}

/** A page as the inline scripts see it: elements by id with a style, a head that collects added scripts. */
function page(functionCtor: (...args: string[]) => unknown) {
  const els: Record<string, { style: { display: string } }> = { "boot-loading": { style: { display: "" } }, "boot-unsupported": { style: { display: "none" } } };
  const added: Record<string, unknown>[] = [];
  const win: Record<string, unknown> = {};
  const document = {
    getElementById: (id: string) => els[id],
    createElement: () => ({}) as Record<string, unknown>,
    getElementsByTagName: () => [{ appendChild: (s: Record<string, unknown>) => added.push(s) }],
  };
  const context = vm.createContext({ window: win, document, Function: functionCtor });
  return { els, added, win, context };
}

describe("a webview too old for the bundle gets a message, not a blank pane (point 2)", () => {
  it("the bundle is ES2022: the guard's sample needs ES2022 and fails to parse at the level of IE11 and the old Edge", () => {
    expect(TSCONFIG).toMatch(/"target":\s*"ES2022"/);
    const sample = /new Function\("([^"]+)"\)/.exec(inlineScript("syntax-guard"))![1];
    expect(() => acorn.parse(sample, { ecmaVersion: 2022, allowReturnOutsideFunction: true })).not.toThrow();
    // Old Edge (EdgeHTML 18) stops at about ES2019; IE11 at ES5.
    expect(() => acorn.parse(sample, { ecmaVersion: 2019, allowReturnOutsideFunction: true })).toThrow();
    expect(() => acorn.parse(sample, { ecmaVersion: 5, allowReturnOutsideFunction: true })).toThrow();
  });

  it("the page's own scripts are ES5, so they run where the bundle cannot", () => {
    for (const id of ["office-js-loader", "syntax-guard"]) expect(() => acorn.parse(inlineScript(id), { ecmaVersion: 5 })).not.toThrow();
  });

  it("shows the Chinese and English message where ES2022 does not parse, and nothing where it does", () => {
    const old = page(function () {
      throw new SyntaxError("Expected identifier");
    });
    vm.runInContext(inlineScript("syntax-guard"), old.context);
    expect(old.els["boot-unsupported"].style.display).toBe("block");
    expect(old.els["boot-loading"].style.display).toBe("none");
    expect(HTML).toContain("此 Office 的加载项窗口无法运行预算绩效校验");
    expect(HTML).toContain("This Office's add-in window cannot run budget-check");

    const modern = page(Function as unknown as (...args: string[]) => unknown);
    vm.runInContext(inlineScript("syntax-guard"), modern.context);
    expect(modern.els["boot-unsupported"].style.display).toBe("none");
  });

  it("loads office.js without blocking the page and records whether it loaded", () => {
    expect(HTML).not.toMatch(/<script[^>]*src="https:\/\/appsforoffice/);
    const p = page(Function as unknown as (...args: string[]) => unknown);
    vm.runInContext(inlineScript("office-js-loader"), p.context);
    expect(p.win.__officeJsState).toBe("loading");
    expect(p.added[0].src).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    (p.added[0].onerror as () => void)();
    expect(p.win.__officeJsState).toBe("failed");
  });
});

/** A pane window: office.js state, an Office whose onReady answers (or never), timers that run at once. */
function paneWindow(o: { state?: PageWindow["__officeJsState"]; inside?: boolean; host?: string | null; api?: number }): PageWindow {
  const office = {
    HostType: { Excel: "Excel" },
    onReady: () => (o.host === null ? new Promise(() => undefined) : Promise.resolve({ host: o.host ?? "Excel", platform: "PC" })),
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= (o.api ?? 18) } },
  };
  return {
    __officeJsState: o.state,
    ...(o.state === "loaded" ? { Office: office as unknown as typeof Office } : {}),
    location: { search: o.inside ? "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" : "" },
    top: {},
    self: undefined,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, Math.min(ms, 5)),
  };
}

describe("office.js that hangs or fails (point 11)", () => {
  it("knows it runs inside Office from the URL Office opens it with, or from being framed (the web)", () => {
    expect(looksInsideOffice({ location: { search: "?_host_Info=Excel$Win32$16.01$zh-CN" }, top: 1, self: 1 })).toBe(true);
    expect(looksInsideOffice({ location: { search: "" }, top: 1, self: 2 })).toBe(true);
    expect(looksInsideOffice({ location: { search: "?lang=en" }, top: 1, self: 1 })).toBe(false);
  });

  it("inside Office, an office.js that never loads ends the wait with an explanation, counting the seconds shown", async () => {
    const seconds: number[] = [];
    const info = await detectHost({ win: paneWindow({ state: "loading", inside: true }), timeoutMs: 1200, pollMs: 20, onWait: (s) => seconds.push(s) });
    expect(info).toEqual({ inExcel: false, officeMissing: true, fallbackReason: "notice.officeTimeout" });
    expect(seconds).toContain(1);
    expect(PANE_STRINGS.zh["notice.officeTimeout"]).toContain("切换到了浏览器文件模式");
    expect(PANE_STRINGS.zh.connectingSlow).toContain("{{seconds}}");
  });

  it("inside Office, a blocked office.js and an onReady that never answers are explained too", async () => {
    expect(await detectHost({ win: paneWindow({ state: "failed", inside: true }), timeoutMs: 200 })).toMatchObject({ inExcel: false, fallbackReason: "notice.officeFailed" });
    expect(await detectHost({ win: paneWindow({ state: "loaded", inside: true, host: null }), timeoutMs: 200 })).toMatchObject({ inExcel: false, fallbackReason: "notice.officeTimeout" });
  });

  it("outside Office it opens file mode without a warning", async () => {
    expect(await detectHost({ win: paneWindow({ state: "failed" }), timeoutMs: 200 })).toEqual({ inExcel: false, officeMissing: true });
    expect(await detectHost({ win: paneWindow({ state: "loaded", host: "" }), timeoutMs: 200 })).toEqual({ inExcel: false, officeMissing: false });
  });

  it("opens Excel mode in Excel with ExcelApi 1.8, and file mode with a reason in Excel 2016 (ExcelApi 1.1)", async () => {
    expect(await detectHost({ win: paneWindow({ state: "loaded", inside: true }), timeoutMs: 200 })).toEqual({ inExcel: true, officeMissing: false, displayLanguage: "zh-CN" });
    expect(await detectHost({ win: paneWindow({ state: "loaded", inside: true, api: 1 }), timeoutMs: 200 })).toMatchObject({ inExcel: false, fallbackReason: "notice.excelTooOld" });
  });
});
