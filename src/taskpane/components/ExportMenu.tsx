import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ArrowExportRegular, DocumentTableRegular, PrintRegular, TextBulletListSquareRegular } from "@fluentui/react-icons";
import type { Report } from "../../engine/report";
import { CheckCancelled } from "../check-client";
import { exportName, findingsCsv } from "../export";
import { saveAs } from "../save-file";
import { useT } from "../i18n";

/** 导出: the results as CSV (UTF-8 with BOM) or as an .xlsx of the results sheet, and a printable summary. */
export function ExportMenu(props: {
  report: Report;
  /** The results sheet as an .xlsx (file mode: written in the pane's worker). */
  resultsXlsx: () => Promise<Uint8Array>;
  disabled: boolean;
  onPrint: () => void;
  onError: (e: unknown) => void;
  onDone: (file: string) => void;
}) {
  const { t, lang } = useT();
  const report = props.report;
  const csv = () => {
    const name = exportName(report.file, "csv", lang);
    saveAs(findingsCsv([report], lang), name, "text/csv;charset=utf-8");
    props.onDone(name);
  };
  const xlsx = async () => {
    try {
      const bytes = await props.resultsXlsx();
      const name = exportName(report.file, "xlsx", lang);
      saveAs(bytes, name);
      props.onDone(name);
    } catch (e) {
      // 取消 while 正在生成…: nothing to offer, nothing to say beyond the pane's own notice.
      if (!(e instanceof CheckCancelled)) props.onError(e);
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
