module.exports = require("./temp-dir.js").setup;
