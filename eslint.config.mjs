// office-addin-lint's own configuration, with one change: TypeScript already reports undefined
// names (and knows the Office, Excel and Node globals from @types), so ESLint's no-undef is off.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: {
      "office-addins": officeAddins,
    },
    languageOptions: {
      parser: tsParser,
    },
    rules: {
      "no-undef": "off",
    },
  },
];
