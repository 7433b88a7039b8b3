// What the browser bundle gets for d3-time and d3-time-format (next.config.ts, turbopack.resolveAlias). d3-scale
// ships as one module that imports both for its time scales, and Turbopack keeps a module whole, so every page
// carried their code and the en-US calendar (about 4 kB gzip of `/`) for scales no browser code uses: the time
// scales are drawn on the server only (the one-year-on trackers). Any use in the browser fails loudly here.
const serverOnly = (): never => {
  throw new Error("time scales are drawn on the server only (see src/lib/no-time-scales.ts)");
};

export const timeSecond = serverOnly;
export const timeMinute = serverOnly;
export const timeHour = serverOnly;
export const timeDay = serverOnly;
export const timeWeek = serverOnly;
export const timeMonth = serverOnly;
export const timeYear = serverOnly;
export const timeTickInterval = serverOnly;
export const timeTicks = serverOnly;
export const utcSecond = serverOnly;
export const utcMinute = serverOnly;
export const utcHour = serverOnly;
export const utcDay = serverOnly;
export const utcWeek = serverOnly;
export const utcMonth = serverOnly;
export const utcYear = serverOnly;
export const utcTickInterval = serverOnly;
export const utcTicks = serverOnly;
export const timeFormat = serverOnly;
export const utcFormat = serverOnly;
