#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm run build:cli` (run automatically by `npm ci` through `prepare`).
require("../lib/cli/main.js");
