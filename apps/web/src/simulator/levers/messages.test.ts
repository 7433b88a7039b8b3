import { describe, expect, it } from "vitest";
import { leverMessages } from "./messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe("the key levers' and live band's words", () => {
  it("have every key in Japanese and in English, none empty", () => {
    const words = leverMessages;
    const ja = words("ja");
    const en = words("en");
    expect(keysOf(ja).sort()).toEqual(keysOf(en).sort());
    for (const text of [...keysOf(ja).map((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ja)), ...keysOf(en).map((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en))]) {
      expect(typeof text === "string" && text.length > 0).toBe(true);
    }
  });
});
