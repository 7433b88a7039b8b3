#!/usr/bin/env node
// Renders the social images public/og-ja.png and public/og-en.png (1200×630) with Debian chromium.
// The title comes from @aidebt/content; the motif is the debt treadmill as rising, expiring bars.
// Run after changing the title: `pnpm og` (the PNGs are committed, so the build needs no browser).
import { writeFileSync } from "node:fs";
import { getEdition } from "@aidebt/content";
import { chromium } from "playwright-core";

const bars = Array.from({ length: 16 }, (_, i) => {
  const h = 60 + i * 14 + (i % 4) * 10;
  const fade = i < 8 ? 0.35 : 1;
  return `<div style="height:${h}px;opacity:${fade}"></div>`;
}).join("");

function html(lang) {
  const { title } = getEdition(lang);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  body{margin:0;width:1200px;height:630px;background:#141518;color:#e7e5e0;font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;display:flex;flex-direction:column;justify-content:space-between;padding:72px 80px;box-sizing:border-box}
  h1{font-size:${lang === "ja" ? 64 : 70}px;line-height:1.25;margin:0;max-width:1040px;font-weight:700;letter-spacing:.02em;text-wrap:balance}
  .bars{display:flex;align-items:flex-end;gap:14px;height:300px}
  .bars div{width:48px;background:linear-gradient(#f0934f,#6fa3e6);border-radius:4px 4px 0 0}
  .rule{height:6px;background:#f5a25d;width:240px;border-radius:3px}
  </style></head><body><div class="rule"></div><h1>${title}</h1><div class="bars">${bars}</div></body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const lang of ["ja", "en"]) {
    await page.setContent(html(lang));
    const png = await page.screenshot({ type: "png" });
    writeFileSync(new URL(`../public/og-${lang}.png`, import.meta.url), png);
    console.log(`public/og-${lang}.png`);
  }
} finally {
  await browser.close();
}
