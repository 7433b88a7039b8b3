import type { NextConfig } from "next";

// Static export: `out/` is the whole site, servable by any static host (see scripts/serve.mjs).
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: {
    // the browser never draws a time scale: see src/lib/no-time-scales.ts
    resolveAlias: {
      "d3-time": { browser: "./src/lib/no-time-scales.ts" },
      "d3-time-format": { browser: "./src/lib/no-time-scales.ts" },
    },
  },
  experimental: {
    // Two root layouts (ja at /, en at /en/) leave no single layout for a 404, so the 404 is its own document.
    globalNotFound: true,
  },
};

export default nextConfig;
