export interface Column {
  key: string;
  label: string;
  /** Right-align numbers. */
  numeric?: boolean;
}

interface DataTableProps {
  summary: string;
  caption: string;
  columns: readonly Column[];
  rows: ReadonlyArray<Record<string, string>>;
  /** Told when the reader opens or closes the table (client components only). */
  onToggle?: (open: boolean) => void;
}

/** The figure's numbers as a table inside a native <details>: opens without JavaScript. */
export function DataTable({ summary, caption, columns, rows, onToggle }: DataTableProps) {
  return (
    <details className="data-table" onToggle={onToggle ? (event) => onToggle(event.currentTarget.open) : undefined}>
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
            {rows.map((row, i) => (
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
}
