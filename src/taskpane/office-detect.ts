/**
 * Whether the pane runs inside Excel. taskpane.html loads office.js from Microsoft's CDN with an onerror flag;
 * outside Office the library either fails to load (offline, blocked) or reports no host. A CDN that neither
 * answers nor fails is cut off by the timeout, so the page never hangs on it.
 */
export interface HostInfo {
  inExcel: boolean;
  displayLanguage?: string;
  /** office.js could not be loaded at all. */
  officeMissing: boolean;
}

declare global {
  interface Window {
    __officeJsFailed?: boolean;
  }
}

export const OFFICE_READY_TIMEOUT_MS = 10_000;

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || window.__officeJsFailed) return { inExcel: false, officeMissing: true };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || info.host !== Office.HostType.Excel) return { inExcel: false, officeMissing: false };
  return { inExcel: true, displayLanguage: Office.context.displayLanguage, officeMissing: false };
}
