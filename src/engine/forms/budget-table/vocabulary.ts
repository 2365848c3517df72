/**
 * Header words and row labels of the department budget tables (部门预算 表1–表11), as data.
 * Matching is done on normalised header text (normalizeHeader: no spaces, half-width, no weight suffix).
 */

/** Headers of the column that names each row (a unit, a category, an item, a year). */
export const LABEL_HEADERS = [
  "项目",
  "收入项目",
  "支出项目",
  "项目名称",
  "支出项目类别",
  "预算单位",
  "单位名称",
  "部门名称",
  "科目名称",
  "功能分类科目名称",
  "经济分类科目名称",
  "任务名称",
  "年度",
  /** 湖北 项目支出绩效目标表: the cost items of a project (保安服务费 | 191 | 依据招标文件 | …). */
  "项目预算成本构成",
  /**
   * Allocation tables (资金安排表, 下达 notices) name their rows by the place or unit the money goes to, left of the
   * project: 海南 「市县/单位名称 | 项目名称 | 金额」, 福建 「乡镇名称 | 项目名称 | 金额」. Their 合计 sits in that column.
   */
  "市县/单位名称",
  "市县名称",
  "市县",
  "地区",
  "地区名称",
  "区县",
  "县(市、区)",
  "乡镇名称",
  "乡镇",
];

/** Headers of a concatenated classification code column (2060599). */
export const CODE_HEADERS = ["科目编码", "功能分类科目编码", "经济分类科目编码", "编码", "科目代码"];

/**
 * Any header of a code column, however the template qualifies it: 支出功能分类科目编码 (决算 tables), 部门预算经济分类科目编码,
 * 政府预算经济分类科目代码 — the listed words and their qualified forms.
 */
const CODE_HEADER = /^(支出|收入)?(功能|经济|部门预算经济|政府预算经济|政府经济)?(分类)?(科目)?(编码|代码)$/;
export function isCodeHeader(text: string): boolean {
  return CODE_HEADERS.includes(text) || (CODE_HEADER.test(text) && text.length > 2);
}

/** A word of a header row's code or label part (科目编码, 类 | 款 | 项): header text, never a data row's label. */
export function isCodeOrPartHeader(text: string): boolean {
  return isCodeHeader(text) || (CODE_PART_HEADERS as readonly string[]).includes(text);
}

/** The three columns of a split code (206 | 05 | 99). */
export const CODE_PART_HEADERS = ["类", "款", "项"] as const;

/** Columns that hold text even though they sit among amounts; 行次 numbers the rows of a 决算 table (公开01表). */
export const TEXT_HEADER = /内容|说明|备注|用途|目标|依据|名称$|摘要|^行次$/;

/** Columns of rates beside the amounts (增、减幅度 22%, 增长率, 占比): not amounts, never added up. */
export const RATE_HEADER = /幅度|增长率|增减率|下降率|增幅|降幅|比率|比例|占比|百分比|\(%\)$/;

/** Rows of rates under the amounts (2016年比2015年增减%, 增长率, 占比): percentages, neither amounts nor differences. */
export const RATE_ROW = /[%％]$|[(（][%％][)）]$|幅度$|增长率$|增减率$|下降率$|百分比$|比重$|占比$/;

/** Rows of counts among the amounts (相关统计数: 团组数(个), 公务用车保有量(辆), 公务接待批次(批)): not amounts. */
export const COUNT_ROW = /[(（](个|人|人次|辆|批|批次|次|台|套|项|家|户|团组|场)[)）]$/;

/** The row under the header that numbers the columns of a 决算 table (栏次 | | 1 | 栏次 | | 2): not a data row. */
export const COLUMN_NUMBER_ROW = /^栏次$/;

/** Text written in an amount cell to say the item does not apply to the unit: no amount, not a wrong one. */
export const NO_AMOUNT_TEXT = /^(单位)?(不需|无需|不)(填列|填报|填写)$|^不适用$|^不涉及$|^无此项$|^暂无$/;

/** Header words of performance forms: a table carrying them is not a budget table. */
export const NOT_BUDGET_HEADER = /指标|分值|得分|权重|评分|执行率/;

/** A column or row that totals its siblings. */
export const TOTAL_LABEL = /^(小计|合计|总计|总额)$|(合计|总计)$/;
export const SUBTOTAL_LABEL = /^小计$/;
export const GRAND_LABEL = /总计$/;

/** "其中：…" — a part of the total shown for information, not one of its summands. */
export const OF_WHICH = /^其中[:：]?/;
/** A breakdown that includes "其他…" is exhaustive: its parts do add up to the total. */
export const OTHER_PART = /^其中[:：]?其他/;

/** Column groups shown beside the sources of funds, never part of the 总计 (政府采购 is spent out of the total). */
export const MEMO_COLUMN = /政府采购|备注/;

/** A year row of the 三公 table ("2022年", "2022年预算数") and the row of changes between years. */
export const YEAR_ROW = /^(\d{4})年?(预算|决算|预算数|决算数|执行数)?数?$/;
export const DELTA_ROW = /增减|变化金额|增长额|比上年/;

/** Rows below a table that end it. */
export const NOTE_ROW = /^(注|备注|说明|本套报表|本表|表\d+|单位[:：]|部门名称[:：]|编制单位)/;

/** Words in a title that tell the table kinds apart. */
export const TITLE_WORDS = /收支总表|收入总表|支出总表|支出表|收入表|三公|功能分类|经济分类|绩效目标表|预算表|决算表|决算总表|收入支出/;

/** A table's number printed above its title: 表1, 公开01表. */
export const TABLE_NUMBER = /^表\s*\d+$|^公开\s*\d+\s*表$/;

/** Words of a performance form's title: a line above a budget table that carries them is not the table's title. */
export const OTHER_FORM_TITLE = /绩效|自评|评价|评分|指标/;

/** An attachment label above a table ("附件1", "附件:"): neither its title nor its number. */
export const ATTACHMENT_LABEL = /^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/;

export const UNIT_LINE = /单位[:：]\s*(亿元|万元|千元|元)/;
export const UNIT_IN_HEADER = /[（(](亿元|万元|千元|元)[)）]/;
export const UNIT_FACTORS: Record<string, number> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };

/** The words naming a fund in titles, income lines and column headers. */
export const FUND_WORDS: Partial<Record<"all" | "general" | "fund" | "capital" | "government", RegExp>> = {
  general: /一般公共预算/,
  fund: /政府性基金/,
  capital: /国有资本/,
  government: /政府预算拨款|财政拨款/,
};

/** Names of the 三公 items, found in the 三公 table's columns and among the economic items of 基本支出. */
export const SANGONG_ITEMS: { key: string; match: RegExp }[] = [
  { key: "abroad", match: /出国/ },
  { key: "reception", match: /接待/ },
  { key: "carPurchase", match: /公务用车购置(?!及)|车辆购置/ },
  { key: "carRunning", match: /公务用车运行/ },
];

/** Leading enumeration of a row label and the level it usually stands for: 一、 > （一） > 1. > （1）. */
export const NUMBERING: { re: RegExp; rank: number }[] = [
  { re: /^[一二三四五六七八九十]+[、.．]/, rank: 0 },
  { re: /^[（(][一二三四五六七八九十]+[)）]/, rank: 1 },
  { re: /^\d{1,2}[、.．](?!\d)/, rank: 2 },
  { re: /^[（(]\d{1,2}[)）]/, rank: 3 },
  { re: /^[①-⑳]/, rank: 4 },
];
