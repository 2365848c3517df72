// Preloaded into a spawned budget-check (node --require) by the bounded tests: at exit, the process's peak resident
// memory (KB) goes to the file named by RSS_PROBE_FILE. Test-only; the product knows nothing of it.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.RSS_PROBE_FILE) writeFileSync(process.env.RSS_PROBE_FILE, String(process.resourceUsage().maxRSS));
});
