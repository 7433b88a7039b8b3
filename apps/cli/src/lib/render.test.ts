import { describe, expect, it } from "vitest";
import { chart, heading, table, text } from "./document.js";
import { csvField, renderCsv, renderMarkdown, renderText, wrap } from "./render.js";
import { makeStyle } from "./terminal.js";

const doc = {
  blocks: [
    heading("Run"),
    text("A paragraph."),
    chart(["▁▂▃"], "trend"),
    table(
      [
        { id: "quarter", header: "Quarter" },
        { id: "debt", header: "debt", align: "right" as const, format: (v: unknown) => `$${String(v)}bn` },
      ],
      [
        ["2025Q1", 10],
        ["2025Q2", 125.5],
      ],
      { primary: true },
    ),
    table([{ id: "event", header: "event" }], [["covenant | breach"]]),
  ],
};

describe("renderers", () => {
  it("aligns table columns, right-aligning numbers", () => {
    const out = renderText(doc, { charts: false, style: makeStyle(false) });
    expect(out).toContain("Quarter      debt\n-------  --------\n2025Q1      $10bn\n2025Q2   $125.5bn");
    expect(out).not.toContain("▁▂▃");
  });

  it("draws charts only when asked", () => {
    expect(renderText(doc, { charts: true, style: makeStyle(false) })).toContain("trend\n▁▂▃");
  });

  it("aligns Japanese text by display width", () => {
    const out = renderText({ blocks: [table([{ id: "a", header: "節" }, { id: "b", header: "x" }], [["借金", 1], ["a", 2]])] }, { charts: false, style: makeStyle(false) });
    expect(out.split("\n")).toEqual(["節    x", "----  -", "借金  1", "a     2", ""]);
  });

  it("writes Markdown tables with escaped pipes and no charts", () => {
    const md = renderMarkdown(doc);
    expect(md).toContain("## Run");
    expect(md).toContain("| Quarter | debt |\n| --- | ---: |\n| 2025Q1 | $10bn |");
    expect(md).toContain("covenant \\| breach");
    expect(md).not.toContain("▁");
  });

  it("writes the primary table as CSV with stable ids as the header and raw values", () => {
    expect(renderCsv(doc)).toBe("quarter,debt\n2025Q1,10\n2025Q2,125.5\n");
  });

  it("escapes control characters in every human format, so no terminal sequence runs", () => {
    const hostile = { blocks: [heading("run \u001b]0;owned\u0007"), table([{ id: "x", header: "x" }], [["a\u001b[2Jb"]])] };
    for (const out of [renderText(hostile, { charts: false, style: makeStyle(false) }), renderMarkdown(hostile), renderCsv(hostile)]) {
      expect(out).not.toContain("\u001b");
      expect(out).toContain("\\x1b");
    }
  });

  it("fits a wide table to the terminal: cuts the widest text column, then leaves columns out and names them", () => {
    const wide = {
      blocks: [
        table(
          [
            { id: "id", header: "id" },
            { id: "text", header: "text" },
            { id: "n", header: "n", align: "right" as const },
            { id: "more", header: "more" },
          ],
          [["a", "x".repeat(80), 1, "y".repeat(30)]],
        ),
      ],
    };
    const render = (width: number): string[] =>
      renderText(wide, { charts: false, style: makeStyle(false), width, hiddenColumns: (n, ids) => `(${n} hidden: ${ids})` }).trimEnd().split("\n");
    const forty = render(40);
    expect(Math.max(...forty.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(forty[2]).toBe(`a   ${"x".repeat(14)}…  1  ${"y".repeat(15)}…`);
    const thirty = render(30);
    expect(thirty.slice(0, -1).every((l) => l.length <= 30)).toBe(true);
    expect(thirty[2]).toBe(`a   ${"x".repeat(22)}…  1`);
    expect(thirty.at(-1)).toBe("(1 hidden: more)");
    const piped = renderText(wide, { charts: false, style: makeStyle(false) });
    expect(piped).toContain("x".repeat(80));
    expect(piped).toContain("y".repeat(30));
  });

  it("wraps the note of left-out columns to the terminal's width, never on a pipe", () => {
    const columns = Array.from({ length: 8 }, (_, i) => ({ id: `column${i}`, header: `column${i}` }));
    const doc = { blocks: [table(columns, [columns.map(() => "x".repeat(20))])] };
    const note = (n: number, ids: string): string => `(${n} more columns not shown: ${ids}; choose with --columns)`;
    const lines = renderText(doc, { charts: false, style: makeStyle(false), width: 24, hiddenColumns: note }).trimEnd().split("\n");
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.slice(3).join(" ")).toBe(note(7, "column1, column2, column3, column4, column5, column6, column7"));
    expect(wrap("(2 more columns not shown: a, b)", 16)).toEqual(["(2 more columns", "not shown: a, b)"]);
  });

  it("quotes CSV fields that need it", () => {
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(" padded")).toBe('" padded"');
  });
});

describe("plain numbers", () => {
  it("drops float noise and padding zeros", async () => {
    const { plainNumber } = await import("./numbers.js");
    expect(plainNumber(12)).toBe("12");
    expect(plainNumber(0.6799999999999999)).toBe("0.68");
    expect(plainNumber(1234.5678)).toBe("1234.57");
    expect(plainNumber(0.012345)).toBe("0.01235");
  });
});
