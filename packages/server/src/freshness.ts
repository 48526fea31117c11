/**
 * Whether a piece of work is still wanted, in one place. Work on a report (reading it from disk,
 * analysing an edit, a worker's analysis of a large document) first claims a token for the report;
 * its result is stored or published only while that token is still the report's current one. Any
 * newer claim (an edit, a change on disk, a newer index run, the report forgotten) makes every older
 * token stale. The index run claims the token of WORKSPACE the same way.
 */
export const WORKSPACE = '\0workspace';

export class Freshness {
  private readonly current = new Map<string, number>();
  private next = 0;

  /** A new token for `id`: every earlier one is stale from now on. */
  claim(id: string): number {
    const token = ++this.next;
    this.current.set(id, token);
    return token;
  }

  /** Whether `token` is still the current token of `id`. */
  isCurrent(id: string, token: number): boolean {
    return this.current.get(id) === token;
  }

  /** The current token of `id` (a new one if none was claimed yet). */
  tokenOf(id: string): number {
    return this.current.get(id) ?? this.claim(id);
  }

  /** Makes every token stale (shutdown). */
  staleAll(): void {
    for (const id of this.current.keys()) this.current.set(id, ++this.next);
  }
}
