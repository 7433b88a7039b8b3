import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ja } from "./ja";
import { fillTemplate, splitTemplate } from "./types";

function leaves(value: unknown, path = ""): Array<[string, unknown]> {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message files", () => {
  it("have exactly the same keys in Japanese and English", () => {
    expect(leaves(ja).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
  });

  it("use the same placeholders in both languages", () => {
    const enLeaves = new Map(leaves(en));
    for (const [path, value] of leaves(ja)) {
      if (typeof value !== "string") continue;
      expect(placeholders(value), path).toEqual(placeholders(String(enLeaves.get(path))));
    }
  });

  it("leave no text empty except the deliberately blank axis labels", () => {
    const blanks = [...leaves(ja), ...leaves(en)].filter(([, v]) => v === "").map(([p]) => p);
    expect(new Set(blanks)).toEqual(new Set(["figures.h1b.axes.x"]));
  });

  it("keep Japanese text in the Japanese file", () => {
    expect(ja.figures.trigger.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(en.figures.trigger.title).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe("templates", () => {
  it("fill placeholders and leave unknown ones visible", () => {
    expect(fillTemplate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("split into text and slots", () => {
    expect(splitTemplate("At {rate}, {outcome}.")).toEqual([
      { text: "At " },
      { slot: "rate" },
      { text: ", " },
      { slot: "outcome" },
      { text: "." },
    ]);
  });
});
