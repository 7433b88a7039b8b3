/**
 * The flows of the structure diagram, with no imports: the client leaf and the view computed with the model
 * both read this, and it must not pull geometry or model code into the page's first JavaScript.
 */
export type FlowKey = "debt" | "rent" | "interest" | "payments" | "guarantee" | "consolidated";

/** Drawing and table order: balances under flows, so a quarter's rent stays visible over the debt behind it. */
export const FLOWS: readonly FlowKey[] = ["guarantee", "debt", "consolidated", "rent", "payments", "interest"];
