/**
 * A copy of `data` with the value at a dotted path replaced (numeric segments index arrays), the rest shared.
 *
 * The form writes its own fields with this rather than the model's `setPath`, so that a change shows at
 * once even before the model (and zod) has loaded: the form's paths come from the model's schema, so the
 * check `setPath` adds is not needed, and the model validates the whole scenario when it runs it.
 */
export function putPath(data: unknown, path: string, value: unknown): unknown {
  const keys = path.split(".");
  const put = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const key = keys[i] ?? "";
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      const copy = [...(node as unknown[])];
      copy[Number(key)] = put(copy[Number(key)], i + 1);
      return copy;
    }
    const record = node !== null && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>) : {};
    return { ...record, [key]: put(record[key], i + 1) };
  };
  return put(data, 0);
}
