// One flat config for every workspace; type-aware rules through the TypeScript project service.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.next/**",
      "**/out/**",
      "**/.turbo/**",
      "**/.reports/**",
      "**/coverage/**",
      "**/next-env.d.ts",
      "**/*.config.{js,mjs,ts}",
      "**/docs-api/**",
      // The fast path's engine, generated from src/engine/ at build (packages/model/scripts/float-engine.ts).
      "**/src/generated/**",
      "apps/web/public/docs/**",
      // Consumer code is compiled and linted inside the scratch project the pack test installs into.
      "examples/consumer/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: {
          allowDefaultProject: ["*.mjs", "scripts/*.mjs", "bench/*.mjs", "test/*.mjs"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
