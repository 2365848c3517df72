import ExcelJS from "exceljs";
import { layoutSelfEvaluation, setSelfEvaluationColumns, type SelfEvalData, type SelfEvalIndicatorRow } from "./self-evaluation-layout";

/**
 * Seed 002: the three 2021 项目支出绩效自评表 of 深圳市科技交流服务中心, typed from the published document
 * (../shared/seeds/002_*.txt). Every figure below is as published, including the entered scores; names the PDF
 * clipped at the cell edge are completed from the form's own goal text where it is certain.
 */
const OUT = "产出指标\n（50分）";
const EFF = "效益指标\n（40分）";
const DEPT = "深圳市科学技术协会";
const UNIT = "深圳市科技交流服务中心";

/** An indicator row under one 一级 block, as printed: 二级, 三级, target, actual, weight, score, reason. */
const under =
  (primary: string) =>
  (secondary: string, name: string, target: string | number, actual: string | number, weight: number | string, score: number | string, reason?: string): SelfEvalIndicatorRow => ({
    primary,
    secondary,
    name,
    target,
    actual,
    weight,
    score,
    ...(reason ? { reason } : {}),
  });
const q = under(OUT);
const e = under(EFF);
const NA = (secondary: string) => e(secondary, "不适用", "不适用", "不适用", "-", "-");

function funds(initial: number, adjusted: number, executed: number, rate: number, score: number): SelfEvalData["funds"] {
  return [
    { label: "年度资金总额", initial, adjusted, executed, weight: 10, rate, score },
    { label: "其中：当年财政拨款", initial, adjusted, executed, weight: 10, rate, score: "—" },
    { label: "上年结转资金", initial: "-", adjusted: "-", executed: "-", weight: "—", rate: "—", score: "—" },
    { label: "其他资金", initial: "-", adjusted: "-", executed: "-", weight: "—", rate: "—", score: "—" },
  ];
}

export const innovation: SelfEvalData = {
  project: "科技创新与交流",
  year: "2021年",
  department: DEPT,
  implementer: UNIT,
  fundsUnit: "元",
  funds: funds(4458587, 6819631, 6793831, 0.9962, 9.96),
  expected:
    "1.举办3场海智交流活动、建立5个海智工作站、运行维护海智工作室（创新创业平台），确保项目工作完成度达到100%；2.举办3场创新周主题活动、举办3场粤港澳大湾区科技交流活动；3.运行维护单位官方网站1个，完成单位年度财务审计、完成单位年度部门预算支出绩效自评；4.举办创新创业投资大会1场、引进人才和项目团队5个。",
  achieved:
    "1.举办7场海智交流活动，全年新增18家海智工作站；2.举办3场创新周主题活动、7场粤港澳大湾区科技交流活动；3.全年正常运行维护单位官方网站1个，完成单位年度财务审计、部门预算支出绩效自评；4.举办创新创业投资大会路演，引进5个人才和项目团队。",
  indicators: [
    q("数量指标", "运行维护海智工作室（创新创业平台）", "1个", "1个", 1.5, 1.5),
    q("数量指标", "举办海智交流活动场次", "3场", "7场", 1.5, 1.5),
    q("数量指标", "开展海智工作站建站工作", "5个·", "18个", 1.5, 1.5),
    q("数量指标", "举办创新创业投资大会", "1场", "1场", 1.5, 1.5),
    q("数量指标", "引进人才和项目团队", "5个", "5个", 1.5, 1.5),
    q("数量指标", "运行维护单位官方网站数量", "1个", "1个", 1.5, 1.5),
    q("数量指标", "年度部门预算支出绩效自评", "1次", "1次", 1.5, 1.5),
    q("数量指标", "年度财务审计", "1次", "1次", 1.5, 1.5),
    q("数量指标", "举办粤港澳大湾区科技交流活动", "3场", "7场", 1.5, 1.5),
    q("数量指标", "举办创新周主题活动", "3场", "3场", 1.5, 1.5),
    q("质量指标", "举办海智交流活动完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "运行维护海智工作室（创新创业平台）完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "海智工作站建站工作完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "引进人才和项目团队完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "举办创新创业投资大会完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "年度财务审计完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "运行维护单位官方网站完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "年度部门预算支出绩效自评完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "举办粤港澳大湾区科技交流活动完成率", "100%", "100%", 1.5, 1.5),
    q("质量指标", "举办创新周主题活动完成率", "100%", "100%", 1.5, 1.5),
    q("时效指标", "海智工作站建站工作及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "举办海智交流活动及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "运行维护海智工作室（创新创业平台）及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "举办创新创业投资大会及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "引进人才和项目团队及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "运行维护单位官方网站及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "年度部门预算支出绩效自评及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "年度财务审计及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "举办粤港澳大湾区科技交流活动及时性", "及时", "及时", 1.5, 1.5),
    q("时效指标", "举办创新周主题活动及时性", "及时", "及时", 1.5, 1.5),
    q("成本指标", "成本节约率", "≥0%", "≥0%", 5, 5),
    NA("经济效益指标"),
    e("社会效益指标", "海智项目工作保障情况", "有效保障", "有效保障", 8, 8),
    e("社会效益指标", "招才引智项目工作保障情况", "有效保障", "有效保障", 8, 8),
    e("社会效益指标", "其他科技交流与合作项目工作保障情况", "有效保障", "有效保障", 8, 8),
    e("社会效益指标", "中国（深圳）科技创新活动周及科技", "有效保障", "有效保障", 8, 8),
    NA("生态效益指标"),
    e("满意度指标", "受众满意度", "≥90%", "≥90%", 8, 8),
  ],
  total: { weight: 100, score: 99.96 },
};

const COVID = "由于疫情原因未开展。";
const TERM = "由于市科技专家委员会换届方案待确定，需等换届完成后后";

export const thinkTank: SelfEvalData = {
  project: "科技智库与交流",
  year: "2021年",
  department: DEPT,
  implementer: UNIT,
  fundsUnit: "元",
  funds: funds(1836400, 2459584, 1737827.3, 0.7066, 7.07),
  expected:
    "1.建设好专家库，不断征集专家充实专家库是为做好市政府科技计划项目评审的基本需要。扩大专家队伍，完善专家队伍结构，适应日益评审量增加的需要。2.受市政府及相关部门委托，通过组织协调工作充分发挥顾问、委员及专家的聪明才智，确保每年项目专家评审工作的顺利进行。",
  achieved:
    "1.深圳市科技专家委员会携手深圳商报开展深度合作，就科技专家库专家征集工作进行全媒体宣传推广。2.2021年组织了29批次，邀请了188人次专家，对1085个项目进行了评审。3.开展了两次科技专家学术交流活动。",
  indicators: [
    q("数量指标", "项目评审组织协调类别", 3, 9, 5, 5),
    q("数量指标", "专家库专家征集批次", 2, 2, 5, 5),
    q("数量指标", "科技专家学术活动数量", 8, 2, 1, 0.25, "因疫情原因，减少人员聚集"),
    q("数量指标", "科技专家调研考察数量", 2, 0, 1, 0, "因疫情原因未开展"),
    q("数量指标", "专家活动组织协调数量", 2, COVID, 1, 0, TERM),
    q("数量指标", "咨询大会数量", 1, COVID, 1, 0, TERM),
    q("质量指标", "项目评审组织协调合规性", "合规", "合规", 5, 5),
    q("质量指标", "科技专家学术活动合规性", "合规", "合规", 5, 5),
    q("质量指标", "专家库专家征集合规性", "合规性", "合规性", 5, 5),
    q("质量指标", "专家活动组织协调合规性", "合规", COVID, 1, 0, TERM),
    q("质量指标", "科技专家调研考察合规性", "合规", "无", 1, 0, "因疫情原因未开展"),
    q("时效指标", "项目评审组织协调及时性", "及时", "及时", 5, 5),
    q("时效指标", "科技专家学术活动及时性", "及时", "及时", 5, 5),
    q("时效指标", "专家库专家征集及时性", "及时", "及时", 5, 5),
    q("时效指标", "专家活动组织协调及时性", "及时", COVID, 1, 0, TERM),
    q("时效指标", "科技专家调研考察及时性", "及时", "无", 1, 0, "因疫情原因未开展"),
    q("成本指标", "项目预算金额", "预算数", "预算数", 2, 2),
    NA("经济效益指标"),
    e("社会效益指标", "保障项目评审组织协调正常进行", "保障项目评审组织协调正常进行", "保障项目评审组织协调正常进行", 8, 8),
    e("社会效益指标", "加强科技学术交流", "加强科技学术交流", "加强科技学术交流", 8, 8),
    e("社会效益指标", "保障专家活动正常进行", "专家活动正常进行", COVID, 6, 0, TERM),
    e("社会效益指标", "保障专家评审工作", "保障专家评审工作", "保障专家评审工作", 6, 6),
    e("社会效益指标", "提高决策民主化、科学化水平", "提高决策民主化、科学化水平", "提高决策民主化、科学化水平", 6, 6),
    NA("生态效益指标"),
    e("满意度指标", "抽样学术活动参与者满意度", "95%", "95%", 6, 6),
  ],
  total: { weight: 100, score: 83.32 },
};

export const itMaintenance: SelfEvalData = {
  project: "信息化系统运行维护",
  year: "2021年",
  department: DEPT,
  implementer: UNIT,
  fundsUnit: "元",
  funds: funds(70000, 70000, 70000, 1, 10),
  expected: "保证专家委网站和专家库维护运行正常",
  achieved: "对专家委网站和专家库进行维护，保障网站、平台运行正常。",
  indicators: [
    q("数量指标", "专家委网站和专家库维护数量", 2, 2, 20, 20),
    q("质量指标", "专家委网站和专家库维护运行", "系统正常运行", "系统正常运行", 10, 10),
    q("时效指标", "及时完成", "及时完成", "及时完成", 10, 10),
    q("成本指标", "预算金额", "预算数", "预算数", 10, 10),
    NA("经济效益指标"),
    e("社会效益指标", "专家委网站和专家库维护运行", "专家委网站和专家\n库正常", "专家委网站和专家库\n正常", 30, 30),
    NA("生态效益指标"),
    e("满意度指标", "系统使用人员满意度", "满意", "满意", 10, 10),
  ],
  total: { weight: 100, score: 100 },
};

export const SEED002_PROJECTS: SelfEvalData[] = [innovation, thinkTank, itMaintenance];

/** One sheet per project, named as a department would name them. */
export async function buildSeed002(projects: SelfEvalData[] = SEED002_PROJECTS): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-check examples";
  projects.forEach((p, i) => {
    const ws = wb.addWorksheet(`自评表${i + 1}`);
    setSelfEvaluationColumns(ws);
    layoutSelfEvaluation(ws, 1, p);
  });
  return wb;
}

export const example = {
  file: "seed002-self-evaluation.xlsx",
  build: () => buildSeed002(),
};
