import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing and a real npm install take longer than a unit test.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
  },
});
