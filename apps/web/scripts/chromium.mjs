// The browser every script and browser test drives: Debian's chromium, headless, with everything that would
// reach the network switched off (the machine has no internet). One list for the budgets and the e2e tests.
export const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
