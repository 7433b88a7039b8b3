"use client";

import { memo, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { DataTable, type Column } from "@/components/chart/DataTable";

interface Props {
  summary: string;
  caption: string;
  columns: readonly Column[];
  rows: () => ReadonlyArray<Record<string, string>>;
}

/**
 * The site's "show data" table (components/chart/DataTable), but its rows are
 * built only while it is open once the page is interactive: the server render (and a reader without
 * JavaScript) gets every row; a slider move does not rebuild hundreds of hidden cells.
 */
export const LazyTable = memo(function LazyTable({ summary, caption, columns, rows }: Props) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const body = !hydrated || open ? rows() : [];
  return <DataTable summary={summary} caption={caption} columns={columns} rows={body} onToggle={setOpen} />;
});
