// office-addin-lint's own configuration, with two changes: TypeScript already reports undefined
// names (and knows the Office, Excel and Node globals from @types), so ESLint's no-undef is off; and
// its TypeScript block names no .tsx files, so the React files get the same checks here.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;
const typescriptBlock = recommended.find((config) => config.plugins && config.plugins["@typescript-eslint"]);

export default [
  ...recommended,
  {
    ...typescriptBlock,
    files: ["**/*.tsx"],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tsParser,
    },
    rules: {
      "no-undef": "off",
    },
  },
];
