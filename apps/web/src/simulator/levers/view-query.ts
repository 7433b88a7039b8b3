/** Which parameters the form shows: the key levers (the default) or all of them. */
export type ParamView = "levers" | "all";

/** The query key that keeps the view in a shared link (`?params=all`); absent means the key levers. */
export const VIEW_KEY = "params";

/** The view a query string asks for. */
export function viewOf(search: string): ParamView {
  return new URLSearchParams(search).get(VIEW_KEY) === "all" ? "all" : "levers";
}

/** The query string with the view written in (the default view leaves no key, so an untouched link stays clean). */
export function withView(search: string, view: ParamView): string {
  const params = new URLSearchParams(search);
  if (view === "all") params.set(VIEW_KEY, "all");
  else params.delete(VIEW_KEY);
  const query = params.toString();
  return query ? `?${query}` : "";
}
