import type { Lang } from "../engine/i18n";
import type { Profile } from "../engine/profile/schema";
import { buildTemplate, type TemplateKind } from "../engine/template";
import { officeEnvironment } from "../hosts/excel/context";
import { insertTemplate } from "../hosts/excel/template-insert";
import { saveAs } from "./save-file";

/**
 * 新建模板: inside Excel the template's sheets are inserted into the open workbook (Office.js host); in file mode
 * the template is written by the file host (ExcelJS, loaded on demand) and downloaded.
 */
export type NewTemplateOutcome = { kind: "inserted"; sheet: string } | { kind: "downloaded"; file: string };

export async function newTemplate(mode: "excel" | "file", kind: TemplateKind, profile: Profile): Promise<NewTemplateOutcome> {
  const layout = buildTemplate(kind, profile);
  if (mode === "excel") {
    const out = await insertTemplate(officeEnvironment(), layout);
    return { kind: "inserted", sheet: out.sheet };
  }
  const { writeTemplate } = await import(/* webpackChunkName: "file-host" */ "../hosts/file/template-write.js");
  const file = `${kind}-${profile.id}.template.xlsx`;
  saveAs(await writeTemplate(layout), file);
  return { kind: "downloaded", file };
}

export const TEMPLATE_WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    button: "新建模板",
    "self-evaluation": "项目支出绩效自评表",
    "goal-table": "项目绩效目标表",
    inserted: "已插入模板工作表「{{sheet}}」（含填表说明，评分规则已嵌入）",
    downloaded: "已下载模板 {{file}}",
    failed: "未能生成模板：{{detail}}",
  },
  en: {
    button: "New template",
    "self-evaluation": "Project self-evaluation",
    "goal-table": "Project goal table",
    inserted: "Template sheet “{{sheet}}” inserted (with instructions; the scoring rules embedded)",
    downloaded: "Template {{file}} downloaded",
    failed: "The template could not be made: {{detail}}",
  },
};
