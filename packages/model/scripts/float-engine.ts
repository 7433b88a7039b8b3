// Writes src/engine-float.generated.ts: src/engine.ts with every `N.*` call of the arithmetic interface
// replaced by the float operation `floatNum` performs (N.add(a, b) → (a + b), …), so the float64 path runs the
// one set of equations with no interface calls and with type feedback of its own (the Decimal ledger keeps
// the generic engine). Usage: `node --import tsx scripts/float-engine.ts` (`pnpm generate`); without
// arguments it writes the file, with --check it exits 1 when the file is not what engine.ts gives.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const srcDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
export const ENGINE_FILE = join(srcDir, "engine.ts");
export const FLOAT_ENGINE_FILE = join(srcDir, "engine-float.generated.ts");

const binary: Record<string, ts.BinaryOperator> = {
  add: ts.SyntaxKind.PlusToken,
  sub: ts.SyntaxKind.MinusToken,
  scale: ts.SyntaxKind.AsteriskToken,
  divInt: ts.SyntaxKind.SlashToken,
  lt: ts.SyntaxKind.LessThanToken,
  gt: ts.SyntaxKind.GreaterThanToken,
};

// Written exactly as floatNum's (./_lib/num.ts): not Math.max/min, which treat NaN and -0 differently.
const helpers = {
  max: "__max",
  min: "__min",
  ratio: "__ratio",
} as const;
const HELPERS = `const __max = (a: number, b: number): number => (a > b ? a : b);
const __min = (a: number, b: number): number => (a < b ? a : b);
const __ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
`;

function inlineNum(ctx: ts.TransformationContext) {
  const f = ctx.factory;
  const paren = (e: ts.Expression | undefined) => f.createParenthesizedExpression(e ?? f.createNumericLiteral(0));
  const visit = (node: ts.Node): ts.Node => {
    node = ts.visitEachChild(node, visit, ctx);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "N" && node.name.text === "zero") {
      return f.createNumericLiteral(0);
    }
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return node;
    const callee = node.expression;
    if (!ts.isIdentifier(callee.expression) || callee.expression.text !== "N") return node;
    const [a, b] = node.arguments;
    const op = callee.name.text;
    if (op in binary) return paren(f.createBinaryExpression(paren(a), binary[op]!, paren(b)));
    if (op === "from" || op === "toNumber") return paren(a);
    if (op === "isPositive") return paren(f.createBinaryExpression(paren(a), ts.SyntaxKind.GreaterThanToken, f.createNumericLiteral(0)));
    if (op in helpers) return f.createCallExpression(f.createIdentifier(helpers[op as keyof typeof helpers]), undefined, [paren(a), paren(b)]);
    throw new Error(`engine.ts calls N.${op}, which has no float form here: add it to scripts/float-engine.ts`);
  };
  return (sf: ts.SourceFile) => ts.visitNode(sf, visit) as ts.SourceFile;
}

/** The float engine's source for an engine.ts text. */
export function floatEngineSource(engineText: string): string {
  const sf = ts.createSourceFile(ENGINE_FILE, engineText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const printed = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(ts.transform(sf, [inlineNum]).transformed[0]!);
  if (/\bN\.\w+\(/.test(printed)) throw new Error("an N.* call survived the rewrite");
  // The helpers go after the imports.
  const lines = printed.split("\n");
  const afterImports = lines.reduce((at, line, i) => (line.startsWith("import ") ? i + 1 : at), 0);
  const body = [...lines.slice(0, afterImports), HELPERS, ...lines.slice(afterImports)].join("\n");
  return `/* eslint-disable */
// GENERATED from engine.ts by scripts/float-engine.ts (\`pnpm generate\`): do not edit. A test fails when
// it no longer matches engine.ts. The float64 engine: the same equations with every Num call written as the
// operation floatNum performs, so simulateFast and Monte Carlo run no arithmetic interface.
// @ts-nocheck -- the generic engine's types still say T where the rewrite made numbers.
${body}`;
}

function main(): void {
  const expected = floatEngineSource(readFileSync(ENGINE_FILE, "utf8"));
  if (process.argv.includes("--check")) {
    const current = readFileSync(FLOAT_ENGINE_FILE, "utf8");
    if (current !== expected) {
      console.error(`${FLOAT_ENGINE_FILE} is stale: run \`pnpm --filter @aidebt/model generate\``);
      process.exit(1);
    }
    console.log("engine-float.generated.ts is current");
    return;
  }
  writeFileSync(FLOAT_ENGINE_FILE, expected);
  console.log(`wrote ${FLOAT_ENGINE_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
