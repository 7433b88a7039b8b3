import { describe, expect, it } from "vitest";
import { chart, heading, table, text } from "./document.js";
import { csvField, renderCsv, renderMarkdown, renderText } from "./render.js";
import { makeStyle } from "./terminal.js";

const doc = {
  blocks: [
    heading("Run"),
    text("A paragraph."),
    chart(["▁▂▃"], "trend"),
    table(
      [{ header: "quarter" }, { header: "debt", align: "right" as const, format: (v: unknown) => `$${String(v)}bn` }],
      [
        ["2025Q1", 10],
        ["2025Q2", 125.5],
      ],
      { primary: true },
    ),
    table([{ header: "event" }], [["covenant | breach"]]),
  ],
};

describe("renderers", () => {
  it("aligns table columns, right-aligning numbers", () => {
    const out = renderText(doc, { charts: false, style: makeStyle(false) });
    expect(out).toContain("quarter      debt\n-------  --------\n2025Q1      $10bn\n2025Q2   $125.5bn");
    expect(out).not.toContain("▁▂▃");
  });

  it("draws charts only when asked", () => {
    expect(renderText(doc, { charts: true, style: makeStyle(false) })).toContain("trend\n▁▂▃");
  });

  it("aligns Japanese text by display width", () => {
    const out = renderText({ blocks: [table([{ header: "節" }, { header: "x" }], [["借金", 1], ["a", 2]])] }, { charts: false, style: makeStyle(false) });
    expect(out.split("\n")).toEqual(["節    x", "----  -", "借金  1", "a     2", ""]);
  });

  it("writes Markdown tables with escaped pipes and no charts", () => {
    const md = renderMarkdown(doc);
    expect(md).toContain("## Run");
    expect(md).toContain("| quarter | debt |\n| --- | ---: |\n| 2025Q1 | $10bn |");
    expect(md).toContain("covenant \\| breach");
    expect(md).not.toContain("▁");
  });

  it("writes the primary table as CSV with raw values", () => {
    expect(renderCsv(doc)).toBe("quarter,debt\n2025Q1,10\n2025Q2,125.5\n");
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
