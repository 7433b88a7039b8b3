// data:check — validates every row of the package and prints the summary table.
//
//   pnpm --filter @aidebt/data data:check
import { checkData, formatCheckReport } from "../src/check.js";

const report = checkData();
console.log(formatCheckReport(report));
process.exitCode = report.ok ? 0 : 1;
