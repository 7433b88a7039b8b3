export interface Column {
  key: string;
  label: string;
  /** Right-align numbers. */
  numeric?: boolean;
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/**
 * A data table as HTML: caption, one header row, then one row per record with its first column as the row
 * header. Written as a string rather than React elements because a hydrating page walks every React element
 * it was given, and the article's tables are about half of its DOM; as a string, a table costs hydration one
 * node (the cells are plain text, nothing in them is interactive).
 */
export function tableMarkup(caption: string, columns: readonly Column[], rows: ReadonlyArray<Record<string, string>>): string {
  const numeric = (column: Column) => (column.numeric ? ' class="num"' : "");
  const head = columns.map((column) => `<th scope="col"${numeric(column)}>${escapeHtml(column.label)}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = columns.map((column, j) => {
        const text = escapeHtml(row[column.key] ?? "");
        return j === 0 ? `<th scope="row">${text}</th>` : `<td${numeric(column)}>${text}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
