import { inferSecondaryFromName, inferSecondaryFromTarget, primaryOf, secondaryOf } from "../../../src/engine/forms/indicators/categories";
import { activityKey, sameActivity, suggestedPartner } from "../../../src/engine/forms/indicators/activity";
import { parseValue } from "../../../src/engine/parse/value";

describe("二级 categories", () => {
  test.each([
    ["举办海智交流活动场次", "数量"],
    ["运行维护海智工作室个数", "数量"],
    ["运行维护单位官方网站数量", "数量"],
    ["举办海智交流活动参加人数", "数量"],
    ["举办海智交流活动内容完成率", "质量"],
    ["采购办公设备验收合格率", "质量"],
    ["资助科普活动工作达标率", "质量"],
    ["海智交流活动出席率", "质量"],
    ["举办海智交流活动及时性", "时效"],
    ["项目按时完成率", "时效"],
    ["预算执行率", "成本"],
    ["人均培训成本", "成本"],
    ["参加活动人员满意度", "满意度"],
    ["带动企业增加收入", "经济效益"],
    ["公众知晓率", "社会效益"],
    ["减少碳排放量", "生态效益"],
    ["建立长效机制", "可持续影响"],
    ["举办中国‚深圳‛科技创新活动周交流分会", null],
    ["采购设备投入率", null],
  ])("%s → %s", (name, category) => {
    expect(inferSecondaryFromName(name)).toBe(category);
  });

  test("a count target or a date says 数量 or 时效 when the name does not; a percentage says nothing", () => {
    expect(inferSecondaryFromTarget(parseValue("=9场"))).toBe("数量");
    expect(inferSecondaryFromTarget(parseValue("≥5000人"))).toBe("数量");
    expect(inferSecondaryFromTarget(parseValue("2019年12月"))).toBe("时效");
    expect(inferSecondaryFromTarget(parseValue("=100%"))).toBeNull();
  });

  test("printed words as the field writes them", () => {
    expect(secondaryOf("数量指标")).toBe("数量");
    expect(secondaryOf("服务对象满意度指标")).toBe("满意度");
    expect(secondaryOf("经济效益")).toBe("经济效益");
    // 湖北 黄冈 2020 (hb-huanggang-stbc-2020): the older template's 进度指标 is the timeliness category.
    expect(secondaryOf("进度指标")).toBe("时效");
    expect(secondaryOf("产出目标")).toBeNull();
    expect(primaryOf("产出目标")).toBe("产出");
    expect(primaryOf("效果目标")).toBe("效益");
    expect(primaryOf("效益指标（30分）")).toBe("效益");
  });
});

describe("activities of paired indicators", () => {
  const same = (q: string, p: string, kind: "quality" | "timeliness") => sameActivity(activityKey(q, "quantity"), activityKey(p, kind));

  test("seed 000 and 001 pairs: same words, 运行维护 ≡ 运维 in either order", () => {
    expect(same("举办海智交流活动场次", "举办海智交流活动内容完成率", "quality")).toBe(true);
    expect(same("举办海智交流活动场次", "举办海智交流活动及时性", "timeliness")).toBe(true);
    expect(same("运行维护海智工作室个数", "海智工作室运维内容完成率", "quality")).toBe(true);
    expect(same("运行维护单位官方网站数量", "单位官方网站运维及时性", "timeliness")).toBe(true);
    expect(same("建设运维中心信息平台数量", "建设运维中心信息平台完成率", "quality")).toBe(true);
  });

  test("participant counts belong to the activity they attend", () => {
    expect(same("举办海智交流活动参加人数", "举办海智交流活动及时性", "timeliness")).toBe(true);
    expect(same("接待科技人才展观众", "参加科技人才展及时性", "timeliness")).toBe(true);
    expect(same("参加中国‚深圳‛科技创新活动周人数", "举办中国‚深圳‛科技创新活动周主题活动及时性", "timeliness")).toBe(true);
  });

  test("a template's numbering (指标1:) or 其中 before a name is not part of the activity, nor of the suggested partner", () => {
    expect(same("指标1:新建保鲜库数量", "指标2:新建保鲜库验收合格率", "quality")).toBe(true);
    expect(same("其中:实施新造林总面积(亩)", "实施新造林总面积完成率", "quality")).toBe(true);
    // Two names numbered 指标1 are not the same activity for that.
    expect(same("指标1:新建堤防、护岸长度", "指标1:工程验收合格率", "quality")).toBe(false);
    expect(suggestedPartner("指标2:灌区节水改造面积", "quality")).toBe("灌区节水改造面积完成率");
    expect(suggestedPartner("其中:新造林数量", "timeliness")).toBe("新造林及时性");
  });

  test("holding and attending the same event are two activities; a bare word pairs with nothing", () => {
    expect(same("举办海智交流活动场次", "参加海智交流活动及时性", "timeliness")).toBe(false);
    expect(same("组织科技人才展参展企业数量", "参加科技人才展及时性", "timeliness")).toBe(false);
    expect(same("举办高层次人才交流活动", "举办活动及时性", "timeliness")).toBe(false);
  });
});
