import { describe, expect, it } from "vitest";
import { viewOf, withView } from "./view-query";

describe("the parameter view in the address", () => {
  it("is the key levers unless the link asks for all", () => {
    expect(viewOf("")).toBe("levers");
    expect(viewOf("?params=all&s=v1.e30")).toBe("all");
    expect(viewOf("?params=everything")).toBe("levers");
  });

  it("is written beside the scenario without touching it, and leaves no key for the default view", () => {
    expect(withView("?s=v1.e30", "all")).toBe("?s=v1.e30&params=all");
    expect(withView("?s=v1.e30&params=all", "levers")).toBe("?s=v1.e30");
    expect(withView("?params=all", "levers")).toBe("");
  });
});
