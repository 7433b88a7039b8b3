"use client";

import { memo, useEffect, useRef, useState } from "react";
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
 * built only while it is open, or once the reader has pointed at or focused its chart (whose values on hover
 * are read from these rows, components/chart/readout.ts), once the page is interactive: the server render (and
 * a reader without JavaScript) gets every row; hydration keeps the server's cells without building them again;
 * a slider move does not rebuild hundreds of hidden cells of charts nobody looked at.
 */
export const LazyTable = memo(function LazyTable({ summary, caption, columns, rows }: Props) {
  const [open, setOpen] = useState(false);
  const [engaged, setEngaged] = useState(false);
  const table = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const section = table.current?.closest("section");
    if (!section || engaged) return;
    const engage = () => setEngaged(true);
    section.addEventListener("pointerover", engage, { once: true, passive: true });
    section.addEventListener("focusin", engage, { once: true });
    return () => {
      section.removeEventListener("pointerover", engage);
      section.removeEventListener("focusin", engage);
    };
  }, [engaged]);
  // The parents are memoised on the run they show, so new `rows` means a new run: until then the cells the
  // server rendered are current.
  const [firstRows] = useState(() => rows);
  const keepServerCells = useKeepServerMarkup(rows === firstRows);
  const body = keepServerCells ? null : open || engaged || renderingOnServer() ? rows() : [];
  return (
    <div ref={table} className="lazy-table">
      <DataTable summary={summary} caption={caption} columns={columns} rows={body} onToggle={setOpen} />
    </div>
  );
});
