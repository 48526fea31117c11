/**
 * Whether a piece of work is still wanted, in one place. Anything that changes a report (an edit, a
 * change on disk, the document opened or closed, a newer index run, the report forgotten) claims a
 * new token for it, and every older token is stale from then on. Work on a report (reading it from
 * disk, analysing an edit, the editor's worker analysing a document) runs under a token, and its
 * result is stored or published only while that token is current; an entry of the store carries the
 * token it was made under, so an entry whose token is current is the report as it is now (the open
 * document's current version, the file as last read). Work in flight under the current token is
 * tracked here too, so that a request waits for it instead of starting it again (`inFlight`), and
 * the debounce of edits is a token as well (`afterQuiet`): a newer edit makes the older timer a no-op.
 *
 * The index run claims the token of WORKSPACE; the comparison's token, COMPARISON, is claimed by
 * each change of an analysis (comparing.ts compares until a run started under the current one), and
 * SETTLE the grouping of every report once edits pause.
 */
export const WORKSPACE = '\0workspace';
export const COMPARISON = '\0comparison';
/** The whole grouping after edits paused (comparing.ts): a change claims it, so a pending one waits for the next pause. */
export const SETTLE = '\0settle';

export class Freshness {
  private readonly current = new Map<string, number>();
  private readonly work = new Map<string, { token: number; done: Promise<void> }>();
  private next = 0;
  private stopped = false;

  /** A new token for `id`: every earlier one is stale from now on. */
  claim(id: string): number {
    const token = ++this.next;
    this.current.set(id, token);
    return token;
  }

  /** Whether `token` is still the current token of `id` (never after `staleAll`). */
  isCurrent(id: string, token: number | undefined): boolean {
    return !this.stopped && token !== undefined && this.current.get(id) === token;
  }

  /** The current token of `id` (a new one if none was claimed yet). */
  tokenOf(id: string): number {
    return this.current.get(id) ?? this.claim(id);
  }

  /** `done` is work on `id` under `token`: `inFlight` gives it while the token is current and the work runs. */
  track(id: string, token: number, done: Promise<void>): void {
    const mine = { token, done };
    this.work.set(id, mine);
    void done.finally(() => {
      if (this.work.get(id) === mine) this.work.delete(id);
    });
  }

  /** The work on `id` still running under its current token (undefined: none). */
  inFlight(id: string): Promise<void> | undefined {
    const w = this.work.get(id);
    return w && this.isCurrent(id, w.token) ? w.done : undefined;
  }

  /** Claims a token for `id` and runs `work` with it after `ms`, unless a newer claim (or `staleAll`) came first. */
  afterQuiet(id: string, ms: number, work: (token: number) => void): void {
    const token = this.claim(id);
    setTimeout(() => {
      if (this.isCurrent(id, token)) work(token);
    }, ms);
  }

  /** False once every token is stale for good (`staleAll`). */
  get live(): boolean {
    return !this.stopped;
  }

  /** Makes every token stale, for good (shutdown). */
  staleAll(): void {
    this.stopped = true;
  }
}
