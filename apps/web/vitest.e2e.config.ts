import { defineConfig } from "vitest/config";

// Browser tests against the built static site (out/): one sirv server, one headless Debian chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: ".reports/vitest-e2e.json" }]],
  },
});
