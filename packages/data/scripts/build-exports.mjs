// Build step: writes dist/<table>.csv and dist/<table>.json from the compiled package's rows.
import { writeFileSync } from "node:fs";
import { TABLES, toCsv, toJson } from "../dist/index.js";

const dist = new URL("../dist/", import.meta.url);
for (const table of TABLES) {
  writeFileSync(new URL(`${table}.csv`, dist), toCsv(table));
  writeFileSync(new URL(`${table}.json`, dist), toJson(table));
}
console.log(`wrote ${TABLES.length * 2} exports to dist/`);
