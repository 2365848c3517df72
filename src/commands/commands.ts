/**
 * The ribbon's function file. The 校验 button is a ShowTaskpane action (manifest.xml), which Office handles
 * itself; this page only has to initialise Office.js so that the manifest's FunctionFile loads cleanly.
 */
if (typeof Office !== "undefined") {
  void Office.onReady();
}
