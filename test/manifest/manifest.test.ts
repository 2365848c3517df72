import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

/** The XSDs kept in the repo; the shared copy beside the repo (../shared) only if the repo's copy is missing. */
function schemaDir(): string {
  const inRepo = path.join(__dirname, "schemas");
  if (existsSync(path.join(inRepo, MAIN_XSD))) return inRepo;
  return path.resolve(ROOT, "../shared/office-manifest-schemas");
}

async function validate(xml: string) {
  const dir = schemaDir();
  const xsds = readdirSync(dir).filter((f) => f.endsWith(".xsd"));
  const file = (f: string) => ({ fileName: f, contents: readFileSync(path.join(dir, f), "utf8") });
  // The schemas import each other: the main one is validated against, the other five are preloaded.
  return validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema: [file(MAIN_XSD)], preload: xsds.filter((f) => f !== MAIN_XSD).map(file) });
}

const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as { rewriteManifestUrls(xml: string, url?: string): string };

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest schemas", async () => {
    const r = await validate(MANIFEST);
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("is rejected by the same validation when it is wrong (the check is real)", async () => {
    const r = await validate(MANIFEST.replace("ReadWriteDocument", "ReadWriteEverything"));
    expect(r.valid).toBe(false);
  });

  it("is an Excel task pane with a 校验 button on the Home tab that opens the pane", () => {
    expect(MANIFEST).toMatch(/xsi:type="TaskPaneApp"/);
    expect(MANIFEST).toMatch(/<Host Name="Workbook"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(MANIFEST).toMatch(/<bt:String id="CheckButton.Label" DefaultValue="校验">\s*<bt:Override Locale="en-US" Value="Check"\/>/);
    expect(MANIFEST).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(MANIFEST).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("points at icons that exist as PNGs of the stated size", () => {
    const urls = [...MANIFEST.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const [, file, size] of urls) {
      const png = readFileSync(path.join(ROOT, file));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  it("has every URL rewritten to ADDIN_URL by the production build, and still validates", async () => {
    const prod = webpackConfig.rewriteManifestUrls(MANIFEST, "https://budget.example.gov.cn/addin");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://budget.example.gov.cn/addin/taskpane.html"/>');
    expect((await validate(prod)).valid).toBe(true);
    expect(webpackConfig.rewriteManifestUrls(MANIFEST, undefined)).toBe(MANIFEST);
    expect(() => webpackConfig.rewriteManifestUrls(MANIFEST, "http://insecure.example")).toThrow(/https/);
  });
});
