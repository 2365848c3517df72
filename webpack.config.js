/**
 * The add-in's web part: the task pane (React) and the ribbon's function file, built into dist/.
 *
 *   npm run build   production bundle in dist/; manifest URLs rewritten to $ADDIN_URL when it is set
 *   npm start       webpack-dev-server on https://localhost:3000 with office-addin-dev-certs' certificate
 *
 * The manifest and the sources use https://localhost:3000/ (what sideloading expects); a production build points
 * every URL of the copied manifest at the deployment, e.g. ADDIN_URL=https://budget.example.gov.cn/addin/.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** Every https://localhost:3000/ in the manifest → the production URL (always ending in "/"). */
function rewriteManifestUrls(xml, url) {
  if (!url) return xml;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only): ${url}`);
  const base = url.endsWith("/") ? url : `${url}/`;
  return xml.split(DEV_URL).join(base);
}

async function httpsOptions() {
  // Only when serving: creates and trusts a localhost certificate on first use (it may ask the OS to trust it).
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const addinUrl = production ? process.env.ADDIN_URL : undefined;
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // Sources written for node16 resolution import "./x.js" meaning ./x.ts.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the bundle only transpiles, as ES modules so unused Fluent
              // UI components are dropped.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    performance: {
      // Fluent UI + React + the engine; ExcelJS is a separate chunk loaded only in browser file mode, and with the
      // engine and HyperFormula in the pane's Web Worker (src/taskpane/check.worker.ts: a chunk of about 1.8 MB).
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 2_000_000,
    },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || DEV_PORT),
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : undefined,
      hot: false,
    },
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.DEV_URL = DEV_URL;
