// Plain data, importable from server components too (the hook beside it, use-server-markup, is not).

/**
 * Props for an element whose children the server rendered and the browser keeps: React hydrates an element
 * with `dangerouslySetInnerHTML` without walking its children and, in production, without comparing them.
 * Swap such an element for one with a different `key` to draw new children: React does not clear the
 * server's children when the prop goes away.
 */
export const keptServerChildren = { dangerouslySetInnerHTML: { __html: "" }, suppressHydrationWarning: true } as const;
