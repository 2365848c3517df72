import { Spinner } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeEnvironment } from "../hosts/excel/context";
import { App } from "./components/App";
import { createPaneI18n, langFrom } from "./i18n";
import { detectHost } from "./office-detect";
import { excelPaneHost, filePaneHost } from "./pane-host";
import { spawnCheckWorker } from "./spawn-check-worker";
import { ThemedProvider } from "./theme";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

function render(node: React.ReactNode, lang: string, inExcel = false): void {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  // Office's theme inside Excel, the system's (light or dark) elsewhere.
  root.render(<ThemedProvider inExcel={inExcel}>{node}</ThemedProvider>);
}

async function start(): Promise<void> {
  const urlLang = new URLSearchParams(window.location.search).get("lang");
  const waitLang = langFrom(urlLang);
  const t = createPaneI18n(waitLang).t;
  render(<Spinner label={t("connecting")} />, waitLang);
  // A slow network: say how long the pane has been waiting for Office, never a blank or silent pane.
  const info = await detectHost({ onWait: (s) => s >= 3 && render(<Spinner label={t("connectingSlow", { seconds: s })} />, waitLang) });
  if (info.inExcel) {
    // Inside Office the pane follows Office's display language (zh-CN first, English otherwise).
    const lang = langFrom(info.displayLanguage);
    render(<App host={excelPaneHost(officeEnvironment())} initialLang={lang} spawnWorker={spawnCheckWorker} />, lang, true);
  } else {
    const lang = langFrom(urlLang ?? info.displayLanguage ?? "zh");
    render(<App host={filePaneHost()} initialLang={lang} startupNotice={info.fallbackReason} spawnWorker={spawnCheckWorker} />, lang);
  }
}

void start();
