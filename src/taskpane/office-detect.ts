import { EXCEL_MODE_API } from "../hosts/excel/requirements";

/**
 * Whether the pane runs inside Excel, and if not, why. taskpane.html loads office.js from Microsoft's CDN without
 * blocking the page (an inline script adds it with onload/onerror that set `__officeJsState`), so a network that
 * hangs — common behind government proxies — never leaves a blank pane: the pane shows that it is waiting, and
 * after the timeout falls back to file mode and says why.
 */
export interface HostInfo {
  inExcel: boolean;
  displayLanguage?: string;
  /** office.js could not be loaded at all (failed, or still not there when the wait ended). */
  officeMissing: boolean;
  /**
   * Why the pane is in file mode although it looks like it runs inside Office (an i18n key), or undefined:
   * "notice.officeTimeout" (office.js did not load in time), "notice.officeFailed" (blocked or offline),
   * "notice.excelTooOld" (Excel lacks ExcelApi 1.8).
   */
  fallbackReason?: "notice.officeTimeout" | "notice.officeFailed" | "notice.excelTooOld";
}

/** What detectHost reads from the page; `window` in the pane, a stub in tests. */
export interface PageWindow {
  __officeJsState?: "loading" | "loaded" | "failed";
  Office?: typeof Office;
  location: { search: string };
  top: unknown;
  self?: unknown;
  setTimeout(f: () => void, ms: number): unknown;
}

declare global {
  interface Window {
    __officeJsState?: "loading" | "loaded" | "failed";
  }
}

/** How long to wait for office.js and Office.onReady where the page runs inside Office: a slow proxy gets its chance. */
export const OFFICE_WAIT_INSIDE_MS = 30_000;
/** Outside Office (a plain browser opening file mode), a CDN that does not answer is not waited for long. */
export const OFFICE_WAIT_OUTSIDE_MS = 4_000;

/**
 * Office opens the pane with `_host_Info=Excel|…` in its URL (desktop) or inside a frame (the web): then the page
 * is inside Office even before office.js has said so.
 */
export function looksInsideOffice(win: Pick<PageWindow, "location" | "top" | "self">): boolean {
  return /[?&]_host_Info=/i.test(win.location.search) || (win.self !== undefined && win.top !== win.self);
}

export interface DetectOptions {
  win?: PageWindow;
  timeoutMs?: number;
  pollMs?: number;
  /** Called about once a second while waiting, with the seconds waited (the pane shows it). */
  onWait?: (seconds: number) => void;
}

export async function detectHost(options: DetectOptions = {}): Promise<HostInfo> {
  const win = options.win ?? (window as unknown as PageWindow);
  const inside = looksInsideOffice(win);
  const timeoutMs = options.timeoutMs ?? (inside ? OFFICE_WAIT_INSIDE_MS : OFFICE_WAIT_OUTSIDE_MS);
  const pollMs = options.pollMs ?? 100;
  const sleep = (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));
  const started = Date.now();
  let lastSecond = 0;
  const tick = () => {
    const s = Math.floor((Date.now() - started) / 1000);
    if (s !== lastSecond) options.onWait?.((lastSecond = s));
  };
  const missing = (reason: HostInfo["fallbackReason"]): HostInfo => ({ inExcel: false, officeMissing: true, ...(inside ? { fallbackReason: reason } : {}) });

  // 1. office.js itself: loaded, failed, or still loading when the time is up.
  while ((win.__officeJsState ?? (win.Office ? "loaded" : "loading")) === "loading") {
    if (Date.now() - started >= timeoutMs) return missing("notice.officeTimeout");
    await sleep(pollMs);
    tick();
  }
  if (win.__officeJsState === "failed" || !win.Office) return missing("notice.officeFailed");

  // 2. Office.onReady: in a plain browser it answers with no host; inside Office with the host.
  const office = win.Office;
  const left = Math.max(0, timeoutMs - (Date.now() - started));
  const info = await Promise.race([office.onReady(), sleep(left).then(() => null)]);
  if (!info) return { inExcel: false, officeMissing: false, ...(inside ? { fallbackReason: "notice.officeTimeout" as const } : {}) };
  if (info.host !== office.HostType.Excel) return { inExcel: false, officeMissing: false };
  if (!office.context.requirements.isSetSupported("ExcelApi", EXCEL_MODE_API)) {
    return { inExcel: false, officeMissing: false, fallbackReason: "notice.excelTooOld", displayLanguage: office.context.displayLanguage };
  }
  return { inExcel: true, displayLanguage: office.context.displayLanguage, officeMissing: false };
}
