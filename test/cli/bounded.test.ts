import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { makeXlsx, makeZip, numberCell, textCell, xlsxEntries } from "../hosts/file/zip";

/**
 * Hostile workbooks of a few hundred bytes that used to exhaust memory or hang: run as a user would, through the
 * real command, under a memory cap, each finishing in seconds with its reason.
 */
const dir = mkdtempSync(path.join(tmpdir(), "budget-check-bounded-"));
const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
const main = path.join(__dirname, "..", "..", "src", "cli", "main.ts");

function file(name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

function run(p: string): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(tsx, [main, "validate", p], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, LANG: "zh_CN.UTF-8", NODE_OPTIONS: "--max-old-space-size=512" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

describe("bounded memory and time for tiny hostile workbooks (512 MB heap)", () => {
  it("A1 and XFD1048576: the far cell is left out and said so, not a 17-billion-cell grid", () => {
    const p = file("sparse.xlsx", makeXlsx([{ name: "S", body: `<sheetData>${row(1, textCell("A1", "项目"))}${row(1048576, numberCell("XFD1048576", 1))}</sheetData>` }]));
    const r = run(p);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "sparse.xlsx：工作表「S」XFD1048576：远离本表其余数据的 1 处内容（如 XFD1048576）未读取，也未校验\nsparse.xlsx 中没有识别到 budget-check 支持的表（如项目支出绩效自评表）\n",
    );
    expect(r.ms).toBeLessThan(60_000);
  });

  it("an uncached =SUM(A1:XFD1048576) is left uncomputed instead of hanging", () => {
    const p = file("sum.xlsx", makeXlsx([{ name: "S", body: `<sheetData>${row(1, textCell("A1", "项目") + '<c r="B1"><f>SUM(A1:XFD1048576)</f></c><c r="C1"><f>SUM(A2:Z1048576)</f></c>')}</sheetData>` }]));
    const r = run(p);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "sum.xlsx：工作表「S」B1：公式 =SUM(A1:XFD1048576) 引用 17,179,869,184 个单元格，超过计算上限 200,000 个，文件中也没有保存其结果，未计算；依赖此单元格的校验可能不完整\n" +
        "sum.xlsx：工作表「S」C1：公式 =SUM(A2:Z1048576) 引用 27,262,950 个单元格，超过计算上限 200,000 个，文件中也没有保存其结果，未计算；依赖此单元格的校验可能不完整\n" +
        "sum.xlsx 中没有识别到 budget-check 支持的表（如项目支出绩效自评表）\n",
    );
  });

  it("a zip that inflates past the cap is refused on its declared size, before inflating", () => {
    // The part says it inflates to 880 MB (writing that many real bytes would only slow the test down).
    const entries = [
      ...xlsxEntries([{ name: "S", body: `<sheetData>${row(1, textCell("A1", "项目"))}</sheetData>` }]),
      { name: "xl/media/pad.bin", data: new Uint8Array(1_000_000), deflate: true, declaredSize: 880_000_000 },
    ];
    const p = file("bomb.xlsx", makeZip(entries));
    const r = run(p);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("bomb.xlsx 解压后过大（839 MB），超过 800 MB 的上限\n");
  });
});
