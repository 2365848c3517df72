// Lint (`npm run lint`, part of `npm test`): Microsoft's Office add-in rules — office-addin-lint's plugin with its React
// set — over the whole tree. Formatting is not linted (prettier's rule off): the code keeps its own style.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The load/sync rules know Office.js's proxy objects; elsewhere `cell.value` is ExcelJS or plain data.
// The TypeScript plugin instance office-addins brings (ESLint refuses a second instance under the same name).
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

const officeJsRules = [
  "office-addins/call-sync-after-load",
  "office-addins/call-sync-before-read",
  "office-addins/load-object-before-read",
  "office-addins/no-context-sync-in-loop",
  "office-addins/no-empty-load",
  "office-addins/no-navigational-load",
];

export default [
  // What .gitignore leaves out (build output, test output, a local corpus) is not ours to lint.
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-output/**", "corpus/**", ".prof/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "prettier/prettier": "off",
      // TypeScript reports undefined names and unused parameters of types better (typescript-eslint's advice).
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // React 17+ JSX transform; props are typed by TypeScript.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Chinese text legitimately holds the ideographic space U+3000 in strings and patterns.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipRegExps: true, skipTemplates: true }],
    },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: ["src/hosts/excel/**", "src/taskpane/**"],
    rules: Object.fromEntries(officeJsRules.map((r) => [r, "off"])),
  },
];
