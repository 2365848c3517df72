/** The media type of an .xlsx, for the browser's download. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Save bytes or text under a name, as the browser downloads a file (file mode's checked copy, template, exports).
 * The object URL is revoked a minute later, not at once: some browsers read it after click() has returned.
 */
export function saveAs(data: Uint8Array | string, name: string, type: string = XLSX_TYPE): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
