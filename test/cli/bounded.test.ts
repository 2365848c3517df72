import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { deflatedZeros, makeXlsx, makeZip, numberCell, textCell, xlsxEntries } from "../hosts/file/zip";

/**
 * Every worst case of issue 15, run as a user would, through the real command in its own process, under the memory
 * a run may use (1,536 MB heap; peak resident memory measured by test/cli/rss-probe.cjs): each finishes within 60 s
 * with its one-line reason, or reads what can be read and says the rest. Tiny files of a few KB once took 4 GB or hung.
 */
jest.setTimeout(600_000);

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-bounded-"));
const root = path.join(__dirname, "..", "..");
const main = path.join(root, "src", "cli", "main.ts");
const probe = path.join(__dirname, "rss-probe.cjs");

/** What a run may use on this machine (issue 15: 60 s and 1.5 GB). */
const LIMIT_MS = 60_000;
const LIMIT_RSS_MB = 1536;

function file(name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  rssMB: number;
}

function run(p: string): Run {
  const rssFile = `${p}.rss`;
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1536", "--require", "tsx/cjs", "--require", probe, main, "validate", p], {
    cwd: root,
    encoding: "utf8",
    timeout: LIMIT_MS,
    env: { ...process.env, LANG: "zh_CN.UTF-8", RSS_PROBE_FILE: rssFile, NODE_OPTIONS: "" },
  });
  const ms = Date.now() - started;
  let rssMB = Infinity;
  try {
    rssMB = Math.round(Number(readFileSync(rssFile, "utf8")) / 1024);
  } catch {
    // No probe file: the process died before exiting normally (killed at the time limit, or out of memory).
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms, rssMB };
}

/** Within time and memory, exit 2, nothing on stdout, no stack trace, and stderr exactly the expected lines. */
function expectBounded(r: Run, lines: string[]): void {
  expect(r.ms).toBeLessThan(LIMIT_MS);
  expect(r.rssMB).toBeLessThan(LIMIT_RSS_MB);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/^\s+at |Error:|FATAL/m);
  expect(r.stderr).toBe(lines.map((l) => `${l}\n`).join(""));
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const sheet = (body: string) => makeXlsx([{ name: "S", body }]);
const noForm = (f: string) => `${f} 中没有识别到 budget-check 支持的表（如项目支出绩效自评表）`;

describe("issue 15's worst cases through the CLI: within 60 s and 1.5 GB, or a one-line reason", () => {
  it("A1 and XFD1048576: the far cell is left out and said, not a 17-billion-cell grid", () => {
    const r = run(file("sparse.xlsx", sheet(`<sheetData>${row(1, textCell("A1", "项目"))}${row(1048576, numberCell("XFD1048576", 1))}</sheetData>`)));
    expectBounded(r, ["sparse.xlsx：工作表「S」XFD1048576：远离本表其余数据的 1 处内容（如 XFD1048576）未读取，也未校验", noForm("sparse.xlsx")]);
  });

  it("A1 and AAA200000", () => {
    const r = run(file("aaa.xlsx", sheet(`<sheetData>${row(1, textCell("A1", "项目"))}${row(200000, numberCell("AAA200000", 1))}</sheetData>`)));
    expectBounded(r, ["aaa.xlsx：工作表「S」AAA200000：远离本表其余数据的 1 处内容（如 AAA200000）未读取，也未校验", noForm("aaa.xlsx")]);
  });

  it("<mergeCell ref=\"A1:XFD1048576\"/>: not read as merged, said (it hung in ExcelJS's load, then ran out of memory)", () => {
    const r = run(file("merge.xlsx", sheet(`<sheetData>${row(1, textCell("A1", "项目"))}</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`)));
    expectBounded(r, ["merge.xlsx：工作表「S」A1:XFD1048576：合并区域 A1:XFD1048576 过大，未按合并区域读取（各单元格照常读取）", noForm("merge.xlsx")]);
  });

  it("an uncached =SUM(A1:XFD1048576) and =SUM(A2:Z1048576) are left uncomputed and said", () => {
    const r = run(file("sum.xlsx", sheet(`<sheetData>${row(1, textCell("A1", "项目") + '<c r="B1"><f>SUM(A1:XFD1048576)</f></c><c r="C1"><f>SUM(A2:Z1048576)</f></c>')}</sheetData>`)));
    expectBounded(r, [
      "sum.xlsx：工作表「S」B1：公式 =SUM(A1:XFD1048576) 引用 17,179,869,184 个单元格，超过计算上限 200,000 个，文件中也没有保存其结果，未计算；依赖此单元格的校验可能不完整",
      "sum.xlsx：工作表「S」C1：公式 =SUM(A2:Z1048576) 引用 27,262,950 个单元格，超过计算上限 200,000 个，文件中也没有保存其结果，未计算；依赖此单元格的校验可能不完整",
      noForm("sum.xlsx"),
    ]);
  });

  describe("a 1 MB zip holding 1.1 GB", () => {
    let zeros: Awaited<ReturnType<typeof deflatedZeros>>;
    const base = () => xlsxEntries([{ name: "S", body: `<sheetData>${row(1, textCell("A1", "项目"))}</sheetData>` }]);
    beforeAll(async () => {
      zeros = await deflatedZeros(1_100_000_000);
    });

    it("that says so: refused on its declared size, before inflating", () => {
      const r = run(file("bomb.xlsx", makeZip([...base(), { name: "xl/media/image1.png", data: "", deflated: zeros }])));
      expectBounded(r, ["bomb.xlsx 解压后过大（1049 MB），超过 800 MB 的上限"]);
      expect(r.rssMB).toBeLessThan(400);
    });

    it("whose headers say 1 KB: stopped at the 800 MB cap while inflating (it was inflated whole: 21 s, 1.2 GB)", () => {
      const r = run(file("lying.xlsx", makeZip([...base(), { name: "xl/media/image1.png", data: "", deflated: zeros, declaredSize: 1024 }])));
      expectBounded(r, ["lying.xlsx 解压后超过 800 MB 的上限（其中的压缩文件声明的大小不实），已停止读取"]);
      expect(r.rssMB).toBeLessThan(600);
    });

    it("in the sheet's own XML, whose headers say 1 KB: stopped at the sheet's 256 MB cap", () => {
      const entries = base().map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, deflated: zeros, declaredSize: 1024 } : e));
      const r = run(file("lying-sheet.xlsx", makeZip(entries)));
      expectBounded(r, ["lying-sheet.xlsx 中有一张工作表解压后超过 256 MB 的上限，已停止读取"]);
    });
  });
});
