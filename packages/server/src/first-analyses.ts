/**
 * When a start's first analyses are done (host.ts): the editor's worker is up (it has loaded
 * compromise) and has answered every analysis sent to it so far (at a start: the open documents'
 * first analyses, or the reports of a workspace too small for the pool), or it failed to start, or
 * the host closed. The indexing pool and the comparison worker start after it, so that those first
 * analyses, which the first diagnostics and the first requests wait for, do not share the two cores
 * with three more threads loading compromise.
 */
export class FirstAnalyses {
  private pending = 0;
  private heard = false;
  private finish: () => void = () => undefined;
  /** Resolves once the first analyses are done (for good: later analyses do not make it pending again). */
  readonly done: Promise<void> = new Promise((resolve) => (this.finish = resolve));

  /** The editor's worker answered its first message: `up`, it is up; false, it failed to start (nothing to wait for). */
  answered(up: boolean): void {
    this.heard = true;
    if (!up) this.finish();
    this.check();
  }

  /** Runs `work`, analyses in the editor's worker (one, or a series sent one by one), as pending. */
  async around<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await work();
    } finally {
      this.pending--;
      this.check();
    }
  }

  /** Nothing to wait for any more (the host closed, or has no editor's worker). */
  end(): void {
    this.finish();
  }

  private check(): void {
    if (this.heard && this.pending === 0) this.finish();
  }
}
