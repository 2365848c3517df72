/**
 * Test page: the real task pane in Excel mode, its Office.js host running against the in-memory Excel (loaded
 * with the seed-002 example), so the e2e test can click through check → select → write → clear as in Excel.
 * Built only by test/e2e; never part of dist/.
 */
import { createRoot } from "react-dom/client";
import { readWorkbook } from "../../../src/hosts/file/read";
import { App } from "../../../src/taskpane/components/App";
import { excelPaneHost } from "../../../src/taskpane/pane-host";
import { spawnCheckWorker } from "../../../src/taskpane/spawn-check-worker";
import { ThemedProvider } from "../../../src/taskpane/theme";
import { FakeExcel } from "../../hosts/excel/fake-excel";
import { fakeFromSnapshot } from "../../hosts/excel/from-snapshot";

declare global {
  interface Window {
    fakeExcel?: FakeExcel;
  }
}

async function start(): Promise<void> {
  const bytes = await (await fetch("example.xlsx")).arrayBuffer();
  const excel = new FakeExcel(fakeFromSnapshot(await readWorkbook(bytes, "seed002-self-evaluation.xlsx")));
  window.fakeExcel = excel;
  // Office.context as the pane reads it for the theme: the in-memory Excel's, as the user last set it.
  const context = {};
  Object.defineProperty(context, "officeTheme", { get: () => excel.officeTheme });
  (window as unknown as { Office: { context: object } }).Office = { context };
  createRoot(document.getElementById("container")!).render(
    <ThemedProvider inExcel>
      <App host={excelPaneHost(excel.env())} initialLang="zh" spawnWorker={spawnCheckWorker} />
    </ThemedProvider>,
  );
}

void start();
