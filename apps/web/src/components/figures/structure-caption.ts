import { fillTemplate } from "@/messages/types";
import type { StructureMessages } from "./explain-types";
import type { StructureData } from "./structure-data";

/** The amounts of quarter `i`, one per flow of the diagram (USD bn; NaN outside the run). */
export function structureAmounts(d: StructureData, i: number) {
  const at = (series: readonly number[]) => series[i] ?? Number.NaN;
  return {
    debt: at(d.debt),
    rent: at(d.rent),
    interest: at(d.interest),
    payments: at(d.support) + at(d.guaranteePaid),
    guarantee: at(d.guarantees),
    consolidated: at(d.consolidated),
  };
}

/**
 * The diagram's caption for quarter `i`: which sentences it has is decided by that quarter's amounts, so it
 * says that rent flows only when the run has rent, and that debt was consolidated only when it was.
 */
export function structureCaption(m: StructureMessages, d: StructureData, i: number, money: (usdBn: number) => string): string {
  const a = structureAmounts(d, i);
  const quarter = d.labels[i] ?? "";
  const parts = [a.debt > 0 ? fillTemplate(m.captionDebt, { quarter, debt: money(a.debt) }) : fillTemplate(m.captionNoDebt, { quarter })];
  const capitalised = d.capitalised[i] ?? 0;
  if (a.rent > 0 || a.interest > 0) parts.push(fillTemplate(m.captionRent, { rent: money(a.rent), interest: money(a.interest) }));
  else if (capitalised > 0) parts.push(fillTemplate(m.captionBuilding, { capitalised: money(capitalised) }));
  if (a.guarantee > 0) parts.push(fillTemplate(m.captionGuarantee, { guarantee: money(a.guarantee) }));
  if (a.consolidated > 0) parts.push(fillTemplate(m.captionConsolidated, { consolidated: money(a.consolidated) }));
  const events = d.events[i] ?? [];
  if (events.length > 0) parts.push(fillTemplate(m.captionEvents, { events: events.join(" / ") }));
  // Japanese sentences run on; English ones are spaced.
  return parts.join(m.captionDebt.endsWith("。") ? "" : " ");
}
