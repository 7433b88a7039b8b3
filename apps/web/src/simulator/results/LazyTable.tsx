"use client";

import { memo, useState, useSyncExternalStore } from "react";
import type { Column } from "@/components/chart/DataTable";

const noop = () => () => {};

/** True once the page has hydrated (false in the server render and during hydration). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

interface Props {
  summary: string;
  caption: string;
  columns: readonly Column[];
  rows: () => ReadonlyArray<Record<string, string>>;
}

/**
 * The site's "show data" table (same markup and classes as components/chart/DataTable), but its rows are
 * built only while it is open once the page is interactive: the server render (and a reader without
 * JavaScript) gets every row; a slider move does not rebuild hundreds of hidden cells.
 */
export const LazyTable = memo(function LazyTable({ summary, caption, columns, rows }: Props) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const body = !hydrated || open ? rows() : [];
  return (
    <details className="data-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? "num" : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((row, i) => (
              <tr key={i}>
                {columns.map((column, j) =>
                  j === 0 ? (
                    <th key={column.key} scope="row">
                      {row[column.key]}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? "num" : undefined}>
                      {row[column.key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
});
