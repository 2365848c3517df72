/**
 * One temporary folder per jest run: tests and the CLI processes they spawn call os.tmpdir(), which reads TMPDIR,
 * so pointing TMPDIR at a fresh folder here (workers and child processes inherit it) lets the teardown remove
 * everything a run wrote, even where a test forgot its own clean-up or was killed half-way.
 */
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

module.exports.setup = async function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), "budget-check-jest-"));
  process.env.BUDGET_CHECK_JEST_TMP = dir;
  process.env.TMPDIR = dir;
};

module.exports.teardown = async function teardown() {
  const dir = process.env.BUDGET_CHECK_JEST_TMP;
  if (dir && path.basename(dir).startsWith("budget-check-jest-")) rmSync(dir, { recursive: true, force: true });
};
