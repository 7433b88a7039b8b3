"use client";

import { memo, useState } from "react";
import { renderingOnServer } from "@/lib/hydration";
import { useKeepServerMarkup } from "@/lib/use-server-markup";
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
 * JavaScript) gets every row; hydration keeps the server's cells without building them again; a slider
 * move does not rebuild hundreds of hidden cells.
 */
export const LazyTable = memo(function LazyTable({ summary, caption, columns, rows }: Props) {
  const [open, setOpen] = useState(false);
  // The parents are memoised on the run they show, so new `rows` means a new run: until then the cells the
  // server rendered are current.
  const [firstRows] = useState(() => rows);
  const keepServerCells = useKeepServerMarkup(rows === firstRows);
  const body = open ? rows() : keepServerCells ? null : renderingOnServer() ? rows() : [];
  return <DataTable summary={summary} caption={caption} columns={columns} rows={body} onToggle={setOpen} />;
});
