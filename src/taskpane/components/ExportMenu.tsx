import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowExportRegular, DocumentTableRegular, PrintRegular, TextBulletListSquareRegular } from "@fluentui/react-icons";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import type { ValidationResult } from "../../engine/validate";
import { planWrites } from "../../engine/write-plan";
import { exportName, findingsCsv, saveAs } from "../export";
import { useT } from "../i18n";

/** 导出: the results as CSV (UTF-8 with BOM) or as an .xlsx of the results sheet, and a printable summary. */
export function ExportMenu(props: { snapshot: WorkbookSnapshot; result: ValidationResult; disabled: boolean; onPrint: () => void; onError: (e: unknown) => void; onDone: (file: string) => void }) {
  const { t, lang } = useT();
  const report = props.result.report;
  const csv = () => {
    const name = exportName(report.file, "csv", lang);
    saveAs(findingsCsv([report], lang), name, "text/csv;charset=utf-8");
    props.onDone(name);
  };
  const xlsx = async () => {
    try {
      const { resultsWorkbook } = await import(/* webpackChunkName: "file-host" */ "../../hosts/file/index.js");
      const bytes = await resultsWorkbook(planWrites(props.snapshot, props.result, { lang }).results);
      const name = exportName(report.file, "xlsx", lang);
      saveAs(bytes, name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      props.onDone(name);
    } catch (e) {
      props.onError(e);
    }
  };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowExportRegular />} disabled={props.disabled} data-testid="export">
          {t("export.button")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<TextBulletListSquareRegular />} onClick={csv} data-testid="export-csv">
            {t("export.csv")}
          </MenuItem>
          <MenuItem icon={<DocumentTableRegular />} onClick={() => void xlsx()} data-testid="export-xlsx">
            {t("export.xlsx")}
          </MenuItem>
          <MenuItem icon={<PrintRegular />} onClick={props.onPrint} data-testid="export-print">
            {t("export.print")}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
