import { keptServerChildren } from "@/lib/kept-server-children";
import { tableMarkup, type Column } from "./table-markup";

export type { Column } from "./table-markup";

interface DataTableProps {
  summary: string;
  caption: string;
  columns: readonly Column[];
  /** The records, or null to keep the cells the server rendered (only while hydrating: see use-server-markup). */
  rows: ReadonlyArray<Record<string, string>> | null;
  /** Told when the reader opens or closes the table (client components only). */
  onToggle?: (open: boolean) => void;
}

/** The figure's numbers as a table inside a native <details>: opens without JavaScript. */
export function DataTable({ summary, caption, columns, rows, onToggle }: DataTableProps) {
  return (
    <details className="data-table" onToggle={onToggle ? (event) => onToggle(event.currentTarget.open) : undefined}>
      <summary>{summary}</summary>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={caption}
        {...(rows === null ? keptServerChildren : { dangerouslySetInnerHTML: { __html: tableMarkup(caption, columns, rows) } })}
      />
    </details>
  );
}
