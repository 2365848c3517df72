import { existsSync } from "fs";
import { join } from "path";
import { FINDING_CODES } from "../../../src/engine/findings/catalog";
import { FORM_MODULES, WORKBOOK_CHECKS } from "../../../src/engine/forms/registry";
import type { CheckInfo } from "../../../src/engine/checks/check";

/**
 * Every check of every form module and every workbook check, and its own test: test/engine/checks/<list>/<name>.test.ts,
 * where <list> is the module's kind or "workbook". A check added without its test fails here.
 */
const lists: [string, readonly CheckInfo[]][] = [
  ...FORM_MODULES.map((m): [string, readonly CheckInfo[]] => [m.kind, m.checks ?? []]),
  ["workbook", WORKBOOK_CHECKS],
];
const all = lists.flatMap(([list, checks]) => checks.map((c) => ({ list, check: c, id: `${list}/${c.name}` })));

const testFile = (id: string) => join(__dirname, `${id}.test.ts`);

describe("the check registry", () => {
  test("every form module with checks and the workbook list are listed", () => {
    expect(lists.map(([l]) => l)).toEqual(["self-evaluation", "department-evaluation", "goal-table", "budget-table", "workbook"]);
    expect(all.length).toBeGreaterThanOrEqual(41);
  });

  test("each check has a unique kebab-case name within its list and declares catalogue codes", () => {
    for (const [list, checks] of lists) {
      const names = checks.map((c) => c.name);
      expect({ list, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ list, duplicates: [] });
      for (const c of checks) {
        expect(c.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(c.codes.length).toBeGreaterThan(0);
        for (const code of c.codes) expect(FINDING_CODES).toContain(code);
      }
    }
  });

  test.each(all.map((x) => [x.id]))("%s has its own test file (test/engine/checks/<list>/<name>.test.ts)", (id) => {
    expect({ id, ownTest: existsSync(testFile(id)) }).toEqual({ id, ownTest: true });
  });
});
