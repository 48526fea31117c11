/** Stable, pretty JSON with a final newline. Keys appear in the order the contract builds them. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
