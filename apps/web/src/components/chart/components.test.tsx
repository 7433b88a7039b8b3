import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AxisBottom, AxisLeft } from "./axes";
import { Chart, Legend } from "./Chart";
import { DataTable } from "./DataTable";
import { tableMarkup } from "./table-markup";
import { Gauge, gaugeAngle } from "./Gauge";
import { stepValue } from "./controls";
import { defaultFrame, valueScale } from "./geometry";

describe("chart components", () => {
  it("render the data table inside a native details element, row headers first", () => {
    const html = renderToStaticMarkup(
      <DataTable
        summary="Show the data"
        caption="Debt"
        columns={[
          { key: "q", label: "Quarter" },
          { key: "v", label: "$bn", numeric: true },
        ]}
        rows={[{ q: "2025Q1", v: "12" }]}
      />,
    );
    expect(html).toContain("<details");
    expect(html).toContain("<summary>Show the data</summary>");
    expect(html).toContain('<th scope="row">2025Q1</th><td class="num">12</td>');
  });

  it("escape the table's text, so a label or value cannot inject markup", () => {
    const html = tableMarkup(
      'A <b>"caption"</b>',
      [
        { key: "q", label: "Q & A" },
        { key: "v", label: "<v>", numeric: true },
      ],
      [{ q: "<script>alert(1)</script>", v: "it's" }, { q: "2025Q2" }],
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("<caption>A &lt;b&gt;&quot;caption&quot;&lt;/b&gt;</caption>");
    expect(html).toContain('<th scope="col">Q &amp; A</th><th scope="col" class="num">&lt;v&gt;</th>');
    expect(html).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td class="num">it&#39;s</td>');
    // A record without a column's key gets an empty cell, not "undefined".
    expect(html).toContain('<th scope="row">2025Q2</th><td class="num"></td>');
  });

  it("label the SVG chart for assistive technology", () => {
    const html = renderToStaticMarkup(
      <Chart frame={defaultFrame} label="Debt by quarter">
        <g />
      </Chart>,
    );
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Debt by quarter"/);
  });

  it("draw one tick per nice value with its unit label", () => {
    const y = valueScale([0, 100], defaultFrame);
    const html = renderToStaticMarkup(
      <svg>
        <AxisLeft scale={y} frame={defaultFrame} label="$bn" format={String} />
        <AxisBottom x={(i) => i * 10} frame={defaultFrame} ticks={[{ at: 0, text: "2025" }]} label="Quarter" />
      </svg>,
    );
    expect(html.match(/class="grid/g)?.length).toBe(y.ticks(5).length);
    expect(html).toContain(">$bn</text>");
    expect(html).toContain(">2025</text>");
  });

  it("point the gauge's needle at the active class", () => {
    const segments = ["hedge", "speculative", "ponzi"].map((key) => ({ key, label: key, className: `fill-${key}` }));
    const html = renderToStaticMarkup(<Gauge segments={segments} active={2} label="Minsky" />);
    expect(html).toContain('class="gauge-seg active"><path class="fill-ponzi"');
    expect(gaugeAngle(0, 3)).toBeLessThan(0);
    expect(gaugeAngle(1, 3)).toBeCloseTo(0);
    expect(gaugeAngle(2, 3)).toBeGreaterThan(0);
  });

  it("list legend entries with swatches", () => {
    const html = renderToStaticMarkup(
      <Legend items={[{ key: "a", label: "Capex", className: "fill-c1" }, { key: "b", label: "Debt", className: "stroke-c2", shape: "line" }]} />,
    );
    expect(html).toContain("Capex");
    expect(html).toContain('<line x1="0" x2="18" y1="5" y2="5" class="stroke-c2 line"');
  });
});

describe("live numbers in prose", () => {
  it("step within the range on the step grid", () => {
    expect(stepValue(0.3, 1, 0, 1, 0.05)).toBe(0.35);
    expect(stepValue(0.98, 1, 0, 1, 0.05)).toBe(1);
    expect(stepValue(0, -1, 0, 1, 0.05)).toBe(0);
    expect(stepValue(8, 5, 4, 24, 1)).toBe(13);
  });
});
