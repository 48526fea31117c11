// The status bar item: whether the server runs, and the indexing state it reports.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';

export type IndexingState =
  | { kind: 'starting' }
  | { kind: 'indexing'; message?: string; percentage?: number }
  | { kind: 'ready' }
  | { kind: 'stopped' }
  | { kind: 'failed' };

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Right, 100);
  /** Open work-done progress tokens (the server may index several folders at once). */
  private readonly active = new Map<string, { message?: string; percentage?: number }>();
  private state: IndexingState = { kind: 'starting' };
  private reports: { done: number; total: number } | undefined;
  /** How many progress reports the server has begun since activation (tests read it). */
  begun = 0;

  constructor() {
    this.item.name = 'newslens';
    this.item.command = 'newslens.showOutput';
    this.render();
    this.item.show();
  }

  get current(): IndexingState { return this.state; }

  clientState(state: State): void {
    if (state === State.Starting) this.set({ kind: 'starting' });
    else if (state === State.Running) this.set(this.active.size ? this.indexing() : { kind: 'ready' });
    else { this.active.clear(); this.set({ kind: 'stopped' }); }
  }

  /** Reports analysed so far, of how many (from the server's optional `newslens/status` notification). */
  counts(done: number | undefined, total: number | undefined): void {
    this.reports = typeof done === 'number' && typeof total === 'number' ? { done, total } : undefined;
    this.render();
  }

  failed(): void { this.active.clear(); this.set({ kind: 'failed' }); }

  progress(token: string, value: { message?: string; percentage?: number } | undefined): void {
    if (value !== undefined && !this.active.has(token)) this.begun++;
    if (value === undefined) this.active.delete(token);
    else this.active.set(token, { ...this.active.get(token), ...value });
    if (this.state.kind === 'stopped' || this.state.kind === 'failed') return;
    this.set(this.active.size ? this.indexing() : { kind: 'ready' });
  }

  private indexing(): IndexingState {
    const last = [...this.active.values()].pop() ?? {};
    return { kind: 'indexing', message: last.message, percentage: last.percentage };
  }

  private set(state: IndexingState): void {
    this.state = state;
    this.render();
  }

  private render(): void {
    const s = this.state;
    const pct = s.kind === 'indexing' && s.percentage !== undefined ? ` ${Math.round(s.percentage)}%` : '';
    const text: Record<IndexingState['kind'], string> = {
      starting: '$(loading~spin) newslens',
      indexing: `$(sync~spin) newslens: indexing${pct}`,
      ready: '$(check) newslens',
      stopped: '$(circle-slash) newslens: stopped',
      failed: '$(error) newslens: failed',
    };
    const tip: Record<IndexingState['kind'], string> = {
      starting: 'newslens: the language server is starting',
      indexing: `newslens: reading the workspace's reports${s.kind === 'indexing' && s.message ? ` (${s.message})` : ''}`,
      ready: `newslens: ${this.reports ? `${this.reports.total} report${this.reports.total === 1 ? '' : 's'}` : 'all reports'} in the workspace analysed`,
      stopped: 'newslens: the language server is stopped (run "newslens: Restart Server")',
      failed: 'newslens: the language server could not start; see the output',
    };
    this.item.text = text[s.kind];
    this.item.tooltip = `${tip[s.kind]}. Click for the output.`;
    this.item.backgroundColor = s.kind === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void { this.item.dispose(); }
}
