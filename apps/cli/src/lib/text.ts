/** Event messages from the model start with their quarter label; drop it where the quarter is shown beside them. */
export function withoutQuarter(message: string, quarter: string): string {
  return message.startsWith(quarter) ? message.slice(quarter.length).trimStart() : message;
}
