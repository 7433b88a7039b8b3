/**
 * A copy of plain data with every number cut to seven significant digits. The figures' default series cross
 * from the server into the page as JSON; the ledger's full doubles (0.27750000000002384) were a quarter of the
 * page's payload, while a chart or a table shows three or four digits.
 */
export function toSignificant<T>(data: T, digits = 7): T {
  if (typeof data === "number") return (Number.isFinite(data) ? Number(data.toPrecision(digits)) : data) as T;
  if (Array.isArray(data)) return data.map((item: unknown) => toSignificant(item, digits)) as T;
  if (data !== null && typeof data === "object") {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, toSignificant(value, digits)])) as T;
  }
  return data;
}
