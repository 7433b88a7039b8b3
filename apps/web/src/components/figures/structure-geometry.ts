import { scaleLinear } from "d3-scale";
import { curveBasis, line } from "d3-shape";
import type { FlowKey } from "./structure-flows";

/**
 * The layout of the structure diagram: three boxes in a row (sponsor, vehicle, lenders) and the lanes
 * between them, with each flow's width from its amount. Two width scales, because a quarter's rent and a
 * balance of debt differ by an order of magnitude: flows per quarter share one, balances the other.
 */

export const structureFrame = { width: 640, height: 340 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const boxes = {
  sponsor: { x: 4, y: 118, w: 112, h: 176 },
  vehicle: { x: 264, y: 118, w: 112, h: 176 },
  lenders: { x: 524, y: 118, w: 112, h: 176 },
} as const satisfies Record<string, Box>;

/** The widest a flow is drawn, in SVG units: lanes are 54 apart, room for the widest flow and its two labels. */
export const MAX_WIDTH = 22;

export type { FlowKey } from "./structure-flows";

/** Which scale a flow is measured on. */
export const flowKind: Record<FlowKey, "flow" | "balance"> = {
  debt: "balance",
  rent: "flow",
  interest: "flow",
  payments: "flow",
  guarantee: "balance",
  consolidated: "balance",
};

/**
 * Width of each flow for the amounts given, against the largest amount of its kind in `reach` (every quarter
 * of the runs being compared), so that moving through the quarters shows growth rather than a rescaling.
 */
export function flowWidths(amounts: Record<FlowKey, number>, reach: { flow: number; balance: number }): Record<FlowKey, number> {
  const scale = {
    flow: scaleLinear().domain([0, reach.flow > 0 ? reach.flow : 1]).range([0, MAX_WIDTH]).clamp(true),
    balance: scaleLinear().domain([0, reach.balance > 0 ? reach.balance : 1]).range([0, MAX_WIDTH]).clamp(true),
  };
  const out = {} as Record<FlowKey, number>;
  for (const key of Object.keys(amounts) as FlowKey[]) {
    const v = amounts[key];
    out[key] = Number.isFinite(v) && v > 0 ? Number(scale[flowKind[key]](v).toFixed(2)) : 0;
  }
  return out;
}

/** A lane from one box's side to another's at height `y`, arrowhead at `to`. */
export interface Lane {
  d: string;
  /** Where the flow's name sits (the lane's middle, above the widest flow) and its amount (below it). */
  label: { x: number; y: number };
  value: { x: number; y: number };
  /** The arrowhead's triangle at the lane's end. */
  head: string;
}

function head(x: number, y: number, dir: 1 | -1): string {
  return `M${x},${y}L${x - 9 * dir},${y - 6}L${x - 9 * dir},${y + 6}Z`;
}

function straight(x0: number, x1: number, y: number): Lane {
  const dir = x1 > x0 ? 1 : -1;
  const x = (x0 + x1) / 2;
  return { d: `M${x0},${y}L${x1 - 9 * dir},${y}`, label: { x, y: y - MAX_WIDTH / 2 - 4 }, value: { x, y: y + MAX_WIDTH / 2 + 12 }, head: head(x1, y, dir) };
}

const right = (b: Box) => b.x + b.w;

/** The lanes: rent and payments run sponsor → vehicle, debt lenders → vehicle, interest back, consolidation vehicle → sponsor. */
export const lanes: Record<FlowKey, Lane> = {
  rent: straight(right(boxes.sponsor), boxes.vehicle.x, 150),
  payments: straight(right(boxes.sponsor), boxes.vehicle.x, 204),
  consolidated: straight(boxes.vehicle.x, right(boxes.sponsor), 258),
  debt: straight(boxes.lenders.x, right(boxes.vehicle), 150),
  interest: straight(right(boxes.vehicle), boxes.lenders.x, 204),
  guarantee: (() => {
    // Over the vehicle: the guarantee binds the sponsor to the vehicle's lenders, not to the vehicle.
    const from: [number, number] = [boxes.sponsor.x + boxes.sponsor.w / 2, boxes.sponsor.y];
    const to: [number, number] = [boxes.lenders.x + boxes.lenders.w / 2, boxes.lenders.y - 9];
    const d = line().curve(curveBasis)([from, [from[0], 40], [structureFrame.width / 2, 40], [to[0], 40], to]) ?? "";
    return { d, label: { x: structureFrame.width / 2, y: 22 }, value: { x: structureFrame.width / 2, y: 80 }, head: `M${to[0]},${to[1] + 9}L${to[0] - 6},${to[1]}L${to[0] + 6},${to[1]}Z` };
  })(),
};

/** The diagram's layout as plain data, for the server to hand to the client leaf (which then needs no geometry code). */
export const structureLayout = { frame: structureFrame, boxes, lanes };
export type StructureLayout = typeof structureLayout;
