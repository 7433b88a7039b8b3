/** The public sources presets cite, by id (from the project's FACTS.md). */
import type { Source } from "./presets.js";

/**
 * Public sources the presets cite (from the project's FACTS.md).
 *
 * @example
 * SOURCES.beignetBond.url; // "https://mail.fudzilla.net/news/ai/61913-…"
 */
export const SOURCES = {
  hyperion: {
    id: "hyperion",
    title: "Meta / Blue Owl Hyperion JV (Beignet Investor LLC): $27B cost, 80/20, 4-year leases, capped RVG",
    url: "https://www.stocktitan.net/news/META/meta-announces-joint-venture-with-funds-managed-by-blue-owl-capital-cb9waindzv96.html",
  },
  beignetBond: {
    id: "beignetBond",
    title: "Beignet $27.3B bond: 6.58% coupon, A+, due 2049, ~225bp over Treasuries",
    url: "https://mail.fudzilla.net/news/ai/61913-blackrock-sinks-billions-into-meta-s-louisiana-ai-project",
  },
  capitalStack: {
    id: "capitalStack",
    title: "Hyperion capital stack: $27.3B debt + $2.2B equity",
    url: "https://www.aicerts.ai/news/?p=18451",
  },
  metaBond: {
    id: "metaBond",
    title: "Meta $30B bond, Oct 2025: six tranches 5–40 years, ~140bp at the long end",
    url: "https://particle.news/story/meta-raises-30-billion-in-record-bond-sale-to-fund-ai-buildout",
  },
  metaLife: {
    id: "metaLife",
    title: "Meta server useful life 5.5 years from Jan 2025",
    url: "https://theoutpost.ai/news-story/meta-s-ai-server-accounting-change-set-to-boost-2025-profits-by-billions-11874",
  },
  burry: {
    id: "burry",
    title: "Burry: two-to-three-year product cycle; $176B understated depreciation 2026–28",
    url: "https://www.capitalaidaily.com/big-short-investor-michael-burry-accuses-hyperscalers-of-modern-era-fraud-says-176-billion-earnings-distortion-coming",
  },
  kedrosky: {
    id: "kedrosky",
    title: "Kedrosky (Odd Lots): training GPUs last 18–24 months",
    url: "https://spokengoods.pages.dev/podcasts/951499-odd-lots/why-paul-kedrosky-says-ai-is-like-every-bubble-all-rolled-into-one",
  },
  capex2025: {
    id: "capex2025",
    title: "2025 capex guidance: GOOGL $91–93B, META $70–72B, AMZN ~$125B; big four above $380B",
    url: "https://particle.news/story/big-tech-lifts-ai-capex-to-about-380-billion-as-cloud-growth-reaccelerates",
  },
  oracleCapex: {
    id: "oracleCapex",
    title: "Oracle FY26 capex about $35B",
    url: "https://quarter-results.com/financial-reports/NYSE/ORCL/Q1/2026/orcl-q1-2026-earnings-report",
  },
  costPerGw: {
    id: "costPerGw",
    title: "Huang: $50–60B per GW, about $35B of it Nvidia",
    url: "https://www.livemint.com/companies/nvidia-is-set-to-get-a-big-boost-from-openai-here-s-how-much-11756731303509.html",
  },
  mckinsey: {
    id: "mckinsey",
    title: "McKinsey: ~60% of AI data-centre capex is chips/IT",
    url: "https://thedailyscout.com/briefings/qpF6vCVINBg/mckinsey-flags-7t-data-centre-build",
  },
  spvTotal: { id: "spvTotal", title: "FT: at least $120B through SPVs (Oracle ~$66B, Meta $30B, xAI $20B, CoreWeave $2.6B)", url: "https://archive.is/i97os" },
  msGap: {
    id: "msGap",
    title: "Morgan Stanley: $2.9T DC capex to 2028, $1.5T gap, $800B private credit",
    url: "https://aigazine.com/industry/data-center-private-credit-set-to-dominate-funding--s",
  },
  covenants: {
    id: "covenants",
    title: "Minimum DSCR covenants 1.10–1.25x",
    url: "https://lawinsider.com/dictionary/minimum-debt-service-coverage-ratio",
  },
  sizing: {
    id: "sizing",
    title: "Sizing DSCR for contracted cash flows 1.20–1.30x",
    url: "https://courses.renewablesvaluationinstitute.com/pages/academy/debt-service-coverage-ratio-dscr",
  },
  meta2024: {
    id: "meta2024",
    title: "Meta Q4 2024 results (recalled in FACTS.md H; verify against the 10-K): revenue $164.5B, cash $77.8B, LTD $28.8B",
  },
  sequoia: { id: "sequoia", title: "Sequoia (Cahn): AI's $600B question", url: "https://sequoiacap.com/article/ais-600b-question" },
  oracleLoans: {
    id: "oracleLoans",
    title: "Oracle New Mexico: ~$18B at SOFR+250bp, 4+1+1 years",
    url: "https://www.newsmax.com/finance/streettalk/banks-18-billion-oracle/2025/11/07/id/1233687/",
  },
} as const satisfies Record<string, Source>;
