// Build "the limit": the engine's own source with every Num call rewritten as an inline float operation
// (N.add(a, b) → (a + b), …), compiled with the TypeScript compiler. Same equations, no arithmetic interface;
// the fast path is measured against it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, "..", "src", "engine.ts");
const dist = join(here, "..", "dist");

const binary: Record<string, ts.BinaryOperator> = {
  add: ts.SyntaxKind.PlusToken,
  sub: ts.SyntaxKind.MinusToken,
  scale: ts.SyntaxKind.AsteriskToken,
  divInt: ts.SyntaxKind.SlashToken,
  lt: ts.SyntaxKind.LessThanToken,
  gt: ts.SyntaxKind.GreaterThanToken,
};

function inline(ctx: ts.TransformationContext) {
  const f = ctx.factory;
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
    const paren = (e: ts.Expression | undefined) => f.createParenthesizedExpression(e ?? f.createNumericLiteral(0));
    if (op in binary) return paren(f.createBinaryExpression(paren(a), binary[op]!, paren(b)));
    if (op === "from" || op === "toNumber") return paren(a);
    if (op === "isPositive") return paren(f.createBinaryExpression(paren(a), ts.SyntaxKind.GreaterThanToken, f.createNumericLiteral(0)));
    if (op === "max" || op === "min" || op === "ratio") {
      // a and b would appear twice in a conditional: call a one-line helper instead (V8 inlines it)
      const helper = op === "ratio" ? "__ratio" : op === "max" ? "Math.max" : "Math.min";
      return f.createCallExpression(f.createIdentifier(helper), undefined, [paren(a), paren(b)]);
    }
    throw new Error(`no inline form for N.${op}`);
  };
  return (sf: ts.SourceFile) => ts.visitNode(sf, visit) as ts.SourceFile;
}

/** Write the inlined engine next to the built package and return its URL. */
export function buildInlineEngine(): string {
  const text = readFileSync(src, "utf8");
  const sf = ts.createSourceFile(src, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = ts.transform(sf, [inline]).transformed[0]!;
  const printed = ts.createPrinter().printFile(out);
  const js = ts.transpileModule(printed, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
  const helpers = "const __ratio = (a, b) => (b === 0 ? 0 : a / b);\n";
  const rewritten = helpers + js.replace(/from "\.\/(.+?)\.js"/g, (_m, p: string) => `from "${pathToFileURL(join(dist, `${p}.js`)).href}"`);
  const dir = join(tmpdir(), "aidebt-model-bench"); // outside the package, so no linter or git sees it
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "engine-inline.mjs");
  writeFileSync(file, rewritten);
  return pathToFileURL(file).href;
}
