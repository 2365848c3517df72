import ExcelJS from "exceljs";

/**
 * Seed 001: the 2022 部门预算 of 深圳市科技交流服务中心, 表1–表8 and 表11, typed from the published document
 * (../shared/seeds/001_*.txt), one sheet per table, laid out as printed: title, 单位 line, header rows with merged
 * cells, amounts in 万元 with thousands separators. Hierarchies are shown as the printed tables show them:
 * leading full-width spaces (表1, 表5, 表6), the cell's indent (表4), codes (表7).
 * Every figure is as published, including 商品和服务支出 73 whose items sum to 74 (a unit-conversion tail).
 */
const UNIT = "深圳市科技交流服务中心";
const AMOUNT = "#,##0";
const S1 = "\u3000\u3000";
const S2 = S1 + S1;

type Cell = string | number | null;
type Ws = ExcelJS.Worksheet;
const thin: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

function put(ws: Ws, row: number, col: number, v: Cell, opts: { indent?: number; bold?: boolean; center?: boolean } = {}) {
  const c = ws.getCell(row, col);
  if (v !== null) c.value = v;
  if (typeof v === "number") c.numFmt = AMOUNT;
  c.alignment = { vertical: "middle", wrapText: true, horizontal: opts.center ? "center" : typeof v === "number" ? "right" : "left", ...(opts.indent ? { indent: opts.indent } : {}) };
  if (opts.bold) c.font = { bold: true };
}

/** 表N, the title and the 单位 line above a table of `width` columns; returns the next row. */
function heading(ws: Ws, no: string, title: string, width: number, left: string = `部门名称：${UNIT}`): number {
  put(ws, 1, 1, no);
  ws.mergeCells(2, 1, 2, width);
  put(ws, 2, 1, title, { bold: true, center: true });
  put(ws, 3, 1, left);
  put(ws, 3, width, "单位：万元");
  return 4;
}

/** A header cell spanning rows r1..r2 and columns c1..c2. */
function head(ws: Ws, r1: number, c1: number, r2: number, c2: number, text: string) {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  put(ws, r1, c1, text, { bold: true, center: true });
}

function rows(ws: Ws, from: number, data: Cell[][], indents?: number[]): number {
  data.forEach((r, i) => {
    r.forEach((v, j) => put(ws, from + i, j + 1, v, j === 0 && indents ? { indent: indents[i] } : {}));
  });
  return from + data.length;
}

function borders(ws: Ws, top: number, bottom: number, width: number) {
  for (let r = top; r <= bottom; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = thin;
}

const EXPENSE_BY_FUNCTION: [string, number][] = [
  ["一、科学技术支出", 1512],
  [`${S1}科技条件与服务`, 175],
  [`${S2}其他科技条件与服务支出`, 175],
  [`${S1}科技交流与合作`, 1331],
  [`${S2}其他科技交流与合作支出`, 1331],
  [`${S1}其他科学技术支出`, 6],
  [`${S2}其他科学技术支出`, 6],
  ["二、社会保障和就业支出", 151],
  [`${S1}行政事业单位养老支出`, 151],
  [`${S2}事业单位离退休`, 31],
  [`${S2}机关事业单位基本养老保险缴费支出`, 80],
  [`${S2}机关事业单位职业年金缴费支出`, 40],
  ["三、卫生健康支出", 34],
  [`${S1}行政事业单位医疗`, 34],
  [`${S2}事业单位医疗`, 34],
  ["四、住房保障支出", 402],
  [`${S1}住房改革支出`, 402],
  [`${S2}住房公积金`, 113],
  [`${S2}购房补贴`, 289],
];

/** 表1 and 表6: income on the left, expenditure by function on the right, totals on the same rows. */
function balanceSheet(wb: ExcelJS.Workbook, name: string, no: string, title: string, income: [string, number][], notes: string[]) {
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 30 }, { width: 14 }, { width: 40 }, { width: 14 }];
  let r = heading(ws, no, title, 4);
  head(ws, r, 1, r, 2, "收        入");
  head(ws, r, 3, r, 4, "支        出");
  r++;
  ["项    目", "2022年预算数", "项    目", "2022年预算数"].forEach((t, i) => head(ws, r, i + 1, r, i + 1, t));
  const top = r - 1;
  r++;
  const n = Math.max(income.length, EXPENSE_BY_FUNCTION.length);
  const data: Cell[][] = [];
  for (let i = 0; i < n; i++) data.push([income[i]?.[0] ?? null, income[i]?.[1] ?? null, EXPENSE_BY_FUNCTION[i]?.[0] ?? null, EXPENSE_BY_FUNCTION[i]?.[1] ?? null]);
  data.push(["本年收入合计", 2099, "本年支出合计", 2099], ["上年结余、结转", 0, "结转下年", 0], ["收入总计", 2099, "支出总计", 2099]);
  r = rows(ws, r, data);
  borders(ws, top, r - 1, 4);
  for (const t of notes) put(ws, r++, 1, t);
}

function table2(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表2 收入总表");
  ws.columns = [{ width: 26 }, ...Array.from({ length: 15 }, () => ({ width: 10 }))];
  const r = heading(ws, "表2", "收入总表", 16);
  head(ws, r, 1, r + 3, 1, "预算单位");
  head(ws, r, 2, r + 3, 2, "收入总计");
  head(ws, r, 3, r, 15, "本年收入");
  head(ws, r, 16, r + 3, 16, "上年结余、结转");
  head(ws, r + 1, 3, r + 1, 9, "政府预算拨款");
  head(ws, r + 1, 10, r + 3, 10, "财政专户管理资金");
  head(ws, r + 1, 11, r + 2, 15, "单位资金");
  head(ws, r + 2, 3, r + 2, 7, "一般公共预算拨款");
  head(ws, r + 2, 8, r + 3, 8, "政府性基金预算拨款");
  head(ws, r + 2, 9, r + 3, 9, "国有资本经营预算拨款");
  ["小计", "基本支出拨款", "履职类项目拨款", "财政专项资金拨款", "政府投资项目拨款"].forEach((t, i) => head(ws, r + 3, 3 + i, r + 3, 3 + i, t));
  ["事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"].forEach((t, i) => head(ws, r + 3, 11 + i, r + 3, 11 + i, t));
  rows(ws, r + 4, [[UNIT, 2099, 2099, 1337, 762, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
  borders(ws, r, r + 4, 16);
}

function table3(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表3 支出总表");
  ws.columns = [{ width: 26 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 20 }, { width: 20 }];
  const r = heading(ws, "表3", "支出总表", 7);
  ["预算单位", "支出总计", "基本支出", "项目支出"].forEach((t, i) => head(ws, r, i + 1, r + 1, i + 1, t));
  head(ws, r, 5, r, 7, "2022年政府采购项目");
  ["小计", "其中：面向中小企业政府采购项目", "其中：面向小型、微型企业政府采购项目"].forEach((t, i) => head(ws, r + 1, 5 + i, r + 1, 5 + i, t));
  rows(ws, r + 2, [[UNIT, 2099, 1337, 762, 7, 7, 0]]);
  borders(ws, r, r + 2, 7);
}

const SOURCES_4 = ["小计", "一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"];
const UNIT_FUNDS = ["事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"];
const zeros = (n: number) => Array.from({ length: n }, () => 0);

function table4(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表4 基本支出总表");
  ws.columns = [{ width: 34 }, ...Array.from({ length: 12 }, () => ({ width: 10 }))];
  const r = heading(ws, "表4", "基本支出总表", 13);
  head(ws, r, 1, r + 1, 1, "支出项目类别");
  head(ws, r, 2, r + 1, 2, "总计");
  head(ws, r, 3, r, 6, "政府预算拨款");
  head(ws, r, 7, r + 1, 7, "财政专户管理资金");
  head(ws, r, 8, r, 12, "单位资金");
  head(ws, r, 13, r + 1, 13, "上年结余、结转");
  SOURCES_4.forEach((t, i) => head(ws, r + 1, 3 + i, r + 1, 3 + i, t));
  UNIT_FUNDS.forEach((t, i) => head(ws, r + 1, 8 + i, r + 1, 8 + i, t));
  const items: [string, number, number][] = [
    [UNIT, 1337, 0],
    ["工资福利支出", 1114, 1],
    ["基本工资", 634, 2],
    ["津贴补贴", 202, 2],
    ["奖金", 11, 2],
    ["机关事业单位基本养老保险缴费", 80, 2],
    ["职业年金缴费", 40, 2],
    ["职工基本医疗保险缴费", 34, 2],
    ["住房公积金", 113, 2],
    ["商品和服务支出", 73, 1],
    ["办公费", 2, 2],
    ["水费", 1, 2],
    ["电费", 2, 2],
    ["邮电费", 6, 2],
    ["物业管理费", 31, 2],
    ["维修（护）费", 5, 2],
    ["培训费", 0, 2],
    ["公务接待费", 2, 2],
    ["工会经费", 11, 2],
    ["福利费", 2, 2],
    ["其他交通费用", 2, 2],
    ["其他商品和服务支出", 10, 2],
    ["对个人和家庭的补助", 150, 1],
    ["退休费", 130, 2],
    ["奖励金", 20, 2],
  ];
  const end = rows(
    ws,
    r + 2,
    items.map(([label, v]) => [label, v, v, v, ...zeros(9)]),
    items.map(([, , indent]) => indent),
  );
  borders(ws, r, end - 1, 13);
}

function table5(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表5 项目支出总表");
  ws.columns = [{ width: 34 }, ...Array.from({ length: 14 }, () => ({ width: 10 }))];
  const r = heading(ws, "表5", "项目支出总表", 15);
  head(ws, r, 1, r + 3, 1, "支出项目类别");
  head(ws, r, 2, r, 15, "2022年预算");
  head(ws, r + 1, 2, r + 3, 2, "总计");
  head(ws, r + 1, 3, r + 1, 8, "政府预算拨款");
  head(ws, r + 1, 9, r + 3, 9, "财政专户管理资金");
  head(ws, r + 1, 10, r + 2, 14, "单位资金");
  head(ws, r + 1, 15, r + 3, 15, "上年结余、结转");
  head(ws, r + 2, 3, r + 2, 6, "一般公共预算拨款");
  head(ws, r + 2, 7, r + 3, 7, "政府性基金预算拨款");
  head(ws, r + 2, 8, r + 3, 8, "国有资本经营预算拨款");
  ["小计", "履职类项目拨款", "财政专项资金拨款", "政府投资项目拨款"].forEach((t, i) => head(ws, r + 3, 3 + i, r + 3, 3 + i, t));
  UNIT_FUNDS.forEach((t, i) => head(ws, r + 3, 10 + i, r + 3, 10 + i, t));
  const items: [string, number][] = [
    [UNIT, 762],
    [`${S1}办公设备采购`, 7],
    [`${S1}信息化系统运行维护`, 7],
    [`${S1}科技创新与交流`, 535],
    [`${S1}科技智库与交流`, 168],
    [`${S1}信息化新建项目（非政府投资项目）`, 45],
  ];
  const end = rows(ws, r + 4, items.map(([label, v]) => [label, v, v, v, ...zeros(11)]));
  borders(ws, r, end - 1, 15);
}

function table7(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表7 一般公共预算支出表");
  ws.columns = [{ width: 26 }, { width: 12 }, { width: 36 }, { width: 12 }, { width: 12 }, { width: 12 }];
  const r = heading(ws, "表7", "一般公共预算支出表（按功能分类）", 6);
  ["预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"].forEach((t, i) => head(ws, r, i + 1, r, i + 1, t));
  const items: Cell[][] = [
    [UNIT, null, null, 2099, 1337, 762],
    [null, "206", "科学技术支出", 1512, 751, 761],
    [null, "20605", "科技条件与服务", 175, 0, 175],
    [null, "2060599", "其他科技条件与服务支出", 175, 0, 175],
    [null, "20608", "科技交流与合作", 1331, 751, 580],
    [null, "2060899", "其他科技交流与合作支出", 1331, 751, 580],
    [null, "20609", "其他科学技术支出", 6, 0, 6],
    [null, "2060999", "其他科学技术支出", 6, 0, 6],
    [null, "208", "社会保障和就业支出", 151, 151, 0],
    [null, "20805", "行政事业单位养老支出", 151, 151, 0],
    [null, "2080502", "事业单位离退休", 31, 31, 0],
    [null, "2080505", "机关事业单位基本养老保险缴费支出", 80, 80, 0],
    [null, "2080506", "机关事业单位职业年金缴费支出", 40, 40, 0],
    [null, "210", "卫生健康支出", 34, 34, 0],
    [null, "21011", "行政事业单位医疗", 34, 34, 0],
    [null, "2101102", "事业单位医疗", 34, 34, 0],
    [null, "221", "住房保障支出", 402, 402, 0],
    [null, "22102", "住房改革支出", 402, 402, 0],
    [null, "2210201", "住房公积金", 113, 113, 0],
    [null, "2210203", "购房补贴", 289, 289, 0],
  ];
  const end = rows(ws, r + 1, items);
  borders(ws, r, end - 1, 6);
}

function table8(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表8 三公经费支出表");
  ws.columns = [{ width: 26 }, { width: 14 }, { width: 10 }, { width: 14 }, { width: 12 }, { width: 10 }, { width: 14 }, { width: 14 }];
  const r = heading(ws, "表8", "一般公共预算“三公”经费支出表", 8);
  ["预算单位", "年度", "总计", "因公出国(境)费", "公务接待费"].forEach((t, i) => head(ws, r, i + 1, r + 1, i + 1, t));
  head(ws, r, 6, r, 8, "公务用车购置及运行维护费");
  ["小计", "公务用车购置费", "公务用车运行维护费"].forEach((t, i) => head(ws, r + 1, 6 + i, r + 1, 6 + i, t));
  ws.mergeCells(r + 2, 1, r + 4, 1);
  put(ws, r + 2, 1, UNIT);
  rows(ws, r + 2, [
    [null, "2021年", 2, 0, 2, 0, 0, 0],
    [null, "2022年", 2, 0, 2, 0, 0, 0],
    [null, "增减变化金额", 0, 0, 0, 0, 0, 0],
  ]);
  borders(ws, r, r + 4, 8);
  put(ws, r + 5, 1, "注：无。");
}

const TASK_CONTENT = "按照项目工作要求，及时完成本项目所有工作任务，主要为：";

function table11(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("表11 整体支出绩效目标表");
  ws.columns = [{ width: 14 }, { width: 30 }, { width: 50 }, { width: 12 }, { width: 14 }, { width: 14 }];
  heading(ws, "表11", "部门（单位）整体支出绩效目标表", 6, "2022年度");
  put(ws, 4, 1, "部门（单位）名称");
  ws.mergeCells(4, 2, 4, 3);
  put(ws, 4, 2, UNIT);
  put(ws, 4, 4, "主管部门");
  ws.mergeCells(4, 5, 4, 6);
  put(ws, 4, 5, "深圳市科学技术协会");
  const tasks: Cell[][] = [
    ["科技创新与交流", `${TASK_CONTENT}举办3场创新周主题活动，举办海智交流活动3场，举办创新周主题活动1场，确保项目工作完成度达到100%，提高受众人员满意度。`, 535, 535, null],
    ["科技智库与交流", `${TASK_CONTENT}组织开展学术研讨会5场，发布征集专家广告1批次，确保项目工作完成度达到100%，提高受众人员满意度。`, 168, 168, null],
    ["办公设备采购", `${TASK_CONTENT}购买办公设备8台，确保项目工作完成度达到100%。`, 7, 7, null],
    ["信息化系统运行维护", `${TASK_CONTENT}专家委网站和专家库维护2次，确保项目工作完成度达到100%。`, 7, 7, null],
    [
      "信息化新建项目（非政府投资项目）",
      `${TASK_CONTENT}深圳市科技交流服务中心内控管理系统建设及运维以及深圳市科技交流服务中心信息平台（具体为深圳会展服务平台、深港澳科技联盟服务平台和深圳海智基地服务平台），确保项目工作完成度达到100%，提高受众人员满意度。`,
      45,
      45,
      null,
    ],
    ["基本支出", "主要用于人员、公用及对个人和家庭补助支出等", 1337, 1337, null],
  ];
  const top = 5;
  const firstTask = top + 2;
  const totalRow = firstTask + tasks.length;
  head(ws, top, 1, totalRow, 1, "年度主要任务");
  head(ws, top, 2, top + 1, 2, "任务名称");
  head(ws, top, 3, top + 1, 3, "主要内容");
  head(ws, top, 4, top, 6, "预算金额（万元）");
  ["总额", "其中：财政拨款", "其中：其他资金"].forEach((t, i) => head(ws, top + 1, 4 + i, top + 1, 4 + i, t));
  tasks.forEach((t, i) => t.forEach((v, j) => put(ws, firstTask + i, 2 + j, v)));
  ws.mergeCells(totalRow, 2, totalRow, 3);
  put(ws, totalRow, 2, "金额合计");
  put(ws, totalRow, 4, 2099);
  put(ws, totalRow, 5, 2099);

  let r = totalRow + 1;
  put(ws, r, 1, "年度总体目标");
  ws.mergeCells(r, 2, r, 6);
  put(
    ws,
    r,
    2,
    [
      "一、科技创新与交流：1.举办中国（深圳）科技创新活动周，创新周活动期间组织以当前主流前沿学科为主题的活动及配套项目路演，打造全国知名科技交流活动品牌。2.举办中国科协“海智计划”广东(深圳)工作基地海智交流活动，积极引进海外高层次人才，充分发挥海外人才智力资源优势，为海外科技团体、专家学者为国服务搭建平台。3.举办招才引智主题活动，在国内外推介深圳市创新创业环境、并引入创新型团队、项目和人才。",
      "二、科技智库与交流：1.充分发挥顾问、委员及相关专家的聪明才智，推动我市科技、经济和社会的全面进步，提高政府决策民主化、科学化水平而组织开展的学术交流活动。2.建设好专家库，不断征集专家充实专家库是为做好市政府科技计划项目评审的基本需要。扩大专家队伍，完善专家队伍结构，适应日益评审量增加的需要。",
      "三、办公设备采购：为维持单位日常办公需求购买电脑、复印机（中速数码机）等办公设备。",
      "四、信息化系统运行维护：保证专家委网站和专家库维护运行正常。",
      "五、信息化新建项目（非政府投资项目）：1.深圳市科技交流服务中心信息平台建设及运维。建设三大业务平台，即深圳会展服务平台、深港澳科技联盟服务平台和深圳海智基地服务平台。2.深圳市科技交流服务中心内控管理系统建设及运维。基于现代化信息技术打造新一代的内控管理系统，建成一个面向服务，主动管控的一体化内控管理系统，促进单位经济业务活动工作效率及合规性的提高。",
    ].join("\n"),
  );
  r++;
  const indicators: [string, string, string, string][] = [
    ["产出", "数量", "举办海智交流活动", "3场"],
    ["产出", "数量", "举办创新周主题活动", "3场"],
    ["产出", "数量", "建设运维中心内控管理系统", "1个"],
    ["产出", "数量", "建设运维中心信息平台数量", "1个"],
    ["产出", "数量", "专家委网站和专家库维护", "2次"],
    ["产出", "数量", "购买办公设备", "8台"],
    ["产出", "数量", "发布征集专家广告", "2批次"],
    ["产出", "数量", "组织开展学术研讨会", "5场"],
    ["产出", "数量", "举办招才引智主题活动", "1场"],
    ["产出", "质量", "发布征集专家广告完成率", "100%"],
    ["产出", "质量", "举办招才引智主题活动完成率", "100%"],
    ["产出", "质量", "举办海智交流活动完成率", "100%"],
    ["产出", "质量", "举办创新周主题活动完成率", "100%"],
    ["产出", "质量", "组织开展学术研讨会完成率", "100%"],
    ["产出", "质量", "建设运维中心信息平台完成率", "100%"],
    ["产出", "质量", "专家委网站和专家库维护完成率", "100%"],
    ["产出", "质量", "购买办公设备完成率", "100%"],
    ["产出", "质量", "建设运维中心内控管理系统完成率", "100%"],
    ["产出", "时效", "建设运维中心内控管理系统及时性", "及时"],
    ["产出", "时效", "建设运维中心信息平台及时性", "及时"],
    ["产出", "时效", "举办创新周主题活动及时性", "及时"],
    ["产出", "时效", "专家委网站和专家库维护及时性", "及时"],
    ["产出", "时效", "购买办公设备及时性", "及时"],
    ["产出", "时效", "发布征集专家广告及时性", "及时"],
    ["产出", "时效", "组织开展学术研讨会及时性", "及时"],
    ["产出", "时效", "举办招才引智主题活动及时性", "及时"],
    ["产出", "时效", "举办海智交流活动及时性", "及时"],
    ["产出", "成本", "预算执行率", "≥90%"],
    ["效益", "社会效益", "组织开展学术研讨会工作保障情况", "有效保障"],
    ["效益", "社会效益", "发布征集专家广告工作保障情况", "有效保障"],
    ["效益", "社会效益", "购买办公设备工作保障情况", "有效保障"],
    ["效益", "社会效益", "专家委网站和专家库维护工作保障情况", "有效保障"],
    ["效益", "社会效益", "中国（深圳）科技创新活动周及科技交流与合作项目完成保障情况", "有效保障"],
    ["效益", "社会效益", "海智项目工作保障情况", "有效保障"],
    ["效益", "社会效益", "招才引智项目工作保障情况", "有效保障"],
    ["效益", "社会效益", "信息化平台建设及运维工作保障情况", "有效保障"],
    ["满意度", "服务对象满意度", "受众满意度", "≥90%"],
  ];
  const indTop = r;
  ["一级指标", "二级指标", "三级指标", "目标值"].forEach((t, i) => head(ws, r, 2 + i, r, 2 + i, t));
  r++;
  for (const [p, s, name, target] of indicators) {
    put(ws, r, 2, p);
    put(ws, r, 3, s);
    put(ws, r, 4, name);
    put(ws, r, 5, target);
    r++;
  }
  // 一级 and 二级 cells merged over their rows, as printed.
  for (const col of [2, 3]) {
    let start = indTop + 1;
    for (let i = indTop + 2; i <= r; i++) {
      if (i === r || ws.getCell(i, col).value !== ws.getCell(start, col).value) {
        if (i - 1 > start) ws.mergeCells(start, col, i - 1, col);
        start = i;
      }
    }
  }
  head(ws, indTop, 1, r - 1, 1, "年度绩效指标");
  borders(ws, top, r - 1, 6);
}

export const example: { file: string; build: () => Promise<ExcelJS.Workbook> } = {
  file: "seed001-department-budget.xlsx",
  async build() {
    const wb = new ExcelJS.Workbook();
    wb.creator = "budget-check examples";
    const INCOME_ALL: [string, number][] = [
      ["一、政府预算拨款", 2099],
      [`${S1}1.一般公共预算拨款`, 2099],
      [`${S1}2.政府性基金预算拨款`, 0],
      [`${S1}3.国有资本经营预算拨款`, 0],
      ["二、财政专户管理资金", 0],
      ["三、单位资金", 0],
      [`${S1}1.事业收入`, 0],
      [`${S1}2.事业单位经营收入`, 0],
      [`${S1}3.上级补助收入`, 0],
      [`${S1}4.附属单位上缴收入`, 0],
      [`${S1}5.其他收入`, 0],
    ];
    balanceSheet(wb, "表1 收支总表", "表1", "收支总表", INCOME_ALL, [
      "注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况。",
      "本套报表金额单位转换时可能存在尾数误差。",
    ]);
    table2(wb);
    table3(wb);
    table4(wb);
    table5(wb);
    const INCOME_GOV: [string, number][] = [
      ["政府预算拨款", 2099],
      [`${S1}一般公共预算拨款`, 2099],
      [`${S1}政府性基金预算拨款`, 0],
      [`${S1}国有资本经营预算拨款`, 0],
    ];
    balanceSheet(wb, "表6 政府预算拨款收支总表", "表6", "政府预算拨款收支总表", INCOME_GOV, []);
    table7(wb);
    table8(wb);
    table11(wb);
    return wb;
  },
};
