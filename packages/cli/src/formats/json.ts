/** Stable, pretty JSON with a final newline. Keys appear in the order the contract builds them. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * formatJson of `head` with its last key, `key` (an empty array in `head`), holding `items`: the
 * same bytes, in pieces of one item each, so a large output is never one string.
 */
export function* formatJsonChunks(head: Record<string, unknown>, key: string, items: Iterable<unknown>): Generator<string> {
  const whole = formatJson(head);
  const tail = `"${key}": []\n}\n`;
  if (!whole.endsWith(tail)) throw new Error(`formatJsonChunks: "${key}" must be the last key, an empty array`);
  let first = true;
  for (const item of items) {
    yield `${first ? `${whole.slice(0, -tail.length)}"${key}": [\n` : ',\n'}    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? whole : '\n  ]\n}\n';
}
