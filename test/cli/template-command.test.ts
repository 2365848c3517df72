import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readTemplateMeta } from "../../src/engine/template";
import { embeddedProfile } from "../../src/engine/profile/embedded";
import { readWorkbook } from "../../src/hosts/file/read";
import { cli, expectOneLineReason } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-template-"));

test("template writes a template with the profile and record, and never overwrites a file", async () => {
  const out = path.join(dir, "自评模板.xlsx");
  const run = await cli(["template", "self-evaluation", "--profile", "central", "--out", out, "--rows", "12"]);
  expect(run).toEqual({ code: 0, stderr: "", stdout: `已生成模板 ${out}（budget-check/self-evaluation/central 第 1 版，评分规则「中央部门项目支出绩效自评（2020 年通行做法）」，12 个指标行）\n` });
  const snapshot = await readWorkbook(readFileSync(out), "t.xlsx");
  expect(embeddedProfile(snapshot)?.id).toBe("central");
  expect(readTemplateMeta(snapshot)?.indicatorRows).toEqual({ header: 10, first: 12, last: 23 });

  const again = await cli(["template", "self-evaluation", "--out", out]);
  expect(again.code).toBe(2);
  expectOneLineReason(again.stderr);
  expect(again.stderr).toContain("已存在，未覆盖");
});

test("template: a profile file is embedded as written; bad arguments get a one-line reason", async () => {
  const profile = JSON.parse(readFileSync(path.join(__dirname, "../../src/engine/profile/builtin/central.json"), "utf8"));
  const file = path.join(dir, "p.json");
  writeFileSync(file, JSON.stringify({ ...profile, id: "county-x" }));
  const out = path.join(dir, "goal.xlsx");
  expect((await cli(["template", "goal-table", "--profile", file, "--out", out], { LANG: "en_US.UTF-8" })).stdout).toContain("budget-check/goal-table/county-x version 1");
  expect(embeddedProfile(await readWorkbook(readFileSync(out), "g.xlsx"))?.id).toBe("county-x");

  for (const args of [["template", "budget-table"], ["template", "goal-table", "--rows", "0"], ["template", "goal-table", "--out", path.join(dir, "x.csv")], ["template", "goal-table", "--profile", "nowhere"]]) {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expectOneLineReason(r.stderr);
  }
  expect(existsSync(path.join(dir, "x.csv"))).toBe(false);
});

test("template with a wrong kind: one localised line naming the valid kinds, exit 2, nothing written", async () => {
  const out = path.join(dir, "nope.xlsx");
  const zh = await cli(["template", "nope", "--out", out]);
  expect(zh).toEqual({ code: 2, stdout: "", stderr: "未知的模板类型「nope」：可选 self-evaluation（项目支出绩效自评表）或 goal-table（项目绩效目标表）\n" });
  const en = await cli(["template", "budget-table", "--out", out, "--lang", "en"]);
  expect(en).toEqual({
    code: 2,
    stdout: "",
    stderr: "Unknown template kind “budget-table”: choose self-evaluation (项目支出绩效自评表, the self-evaluation form) or goal-table (项目绩效目标表, the goal table)\n",
  });
  expect(existsSync(out)).toBe(false);
});
