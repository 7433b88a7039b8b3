// Generates the fast path's engine: every file of src/engine/ copied to src/generated/engine/ with each call of
// the arithmetic interface (`N.add(a, b)`, `N.zero`, …) written as the float operation `floatNum` performs
// (`(a + b)`, `0`, …), so that simulateFast and Monte Carlo run the one set of equations with no interface
// calls and with type feedback of their own (the Decimal ledger keeps the generic engine). The output is a
// build product: gitignored, made by the turbo task `generate` before build, typecheck, lint and test, and
// shipped in dist/. Usage: `node --import tsx scripts/float-engine.ts` (`pnpm generate`); with --check it exits
// 1 when the generated files are not what the sources give.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const srcDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
export const ENGINE_DIR = join(srcDir, "engine");
export const FLOAT_ENGINE_DIR = join(srcDir, "generated", "engine");

const binary: Record<string, ts.BinaryOperator> = {
  add: ts.SyntaxKind.PlusToken,
  sub: ts.SyntaxKind.MinusToken,
  scale: ts.SyntaxKind.AsteriskToken,
  divInt: ts.SyntaxKind.SlashToken,
  lt: ts.SyntaxKind.LessThanToken,
  gt: ts.SyntaxKind.GreaterThanToken,
};

// Written exactly as floatNum's (../_lib/num.ts): not Math.max/min, which treat NaN and -0 differently.
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
    // imports that leave src/engine/ are one level deeper from src/generated/engine/
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      if (spec.startsWith("../")) {
        const moved = f.createStringLiteral(`../${spec}`);
        return ts.isImportDeclaration(node)
          ? f.updateImportDeclaration(node, node.modifiers, node.importClause, moved, node.attributes)
          : f.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, moved, node.attributes);
      }
    }
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
    throw new Error(`the engine calls N.${op}, which has no float form here: add it to scripts/float-engine.ts`);
  };
  return (sf: ts.SourceFile) => ts.visitNode(sf, visit) as ts.SourceFile;
}

/** The float copy of one engine source file. */
export function floatEngineSource(text: string, name = "engine.ts"): string {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const printed = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(ts.transform(sf, [inlineNum]).transformed[0]!);
  if (/\bN\.\w+\(/.test(printed)) throw new Error(`${name}: an N.* call survived the rewrite`);
  if (/\bst\.N\.\w+/.test(printed)) throw new Error(`${name}: calls st.N.* directly; write \`const N = st.N;\` and call N.*`);
  // The helpers go after the imports, where the file uses them.
  const lines = printed.split("\n");
  const afterImports = lines.reduce((at, line, i) => (line.startsWith("import ") ? i + 1 : at), 0);
  const usesHelpers = /\b__(max|min|ratio)\(/.test(printed);
  const body = [...lines.slice(0, afterImports), ...(usesHelpers ? [HELPERS] : []), ...lines.slice(afterImports)].join("\n");
  return `/* eslint-disable */
// GENERATED from src/engine/${name} by scripts/float-engine.ts (\`pnpm generate\`, a turbo task before build and
// test): do not edit, and do not commit. The float64 engine: the same equations with every Num call written as
// the operation floatNum performs, so simulateFast and Monte Carlo run no arithmetic interface.
// @ts-nocheck -- the generic engine's types still say T where the rewrite made numbers.
${body}`;
}

/** Every engine source file (tests excluded) and its float copy's text. */
export function floatEngineFiles(): Array<{ name: string; text: string }> {
  return readdirSync(ENGINE_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((name) => ({ name, text: floatEngineSource(readFileSync(join(ENGINE_DIR, name), "utf8"), name) }));
}

function main(): void {
  const files = floatEngineFiles();
  if (process.argv.includes("--check")) {
    const stale = files.filter(({ name, text }) => {
      const path = join(FLOAT_ENGINE_DIR, name);
      return !existsSync(path) || readFileSync(path, "utf8") !== text;
    });
    if (stale.length > 0) {
      console.error(`stale float engine (${stale.map((f) => f.name).join(", ")}): run \`pnpm --filter @aidebt/model generate\``);
      process.exit(1);
    }
    console.log("src/generated/engine is current");
    return;
  }
  rmSync(FLOAT_ENGINE_DIR, { recursive: true, force: true });
  mkdirSync(FLOAT_ENGINE_DIR, { recursive: true });
  for (const { name, text } of files) writeFileSync(join(FLOAT_ENGINE_DIR, name), text);
  console.log(`wrote ${files.length} files to ${FLOAT_ENGINE_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
