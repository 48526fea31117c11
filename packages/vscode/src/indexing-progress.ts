// Work-done progress from the server (window/workDoneProgress/create + $/progress): shown as VS Code's window
// progress, as vscode-languageclient does itself, and mirrored in the newslens status bar item.
// Registered after the client's built-in progress feature, so this handler is the one in effect.
import * as vscode from 'vscode';
import {
  WorkDoneProgress, WorkDoneProgressCancelNotification, WorkDoneProgressCreateRequest,
  type ClientCapabilities, type FeatureState, type LanguageClient, type StaticFeature,
  type WorkDoneProgressBegin, type WorkDoneProgressReport,
} from 'vscode-languageclient/node';
import type { StatusItem } from './status-item.js';

export class IndexingProgressFeature implements StaticFeature {
  private readonly open = new Set<() => void>();

  constructor(private readonly client: LanguageClient, private readonly status: StatusItem) {}

  getState(): FeatureState { return { kind: 'static' }; }

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.window = { ...capabilities.window, workDoneProgress: true };
  }

  initialize(): void {
    this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      const key = String(token);
      let report: ((v: WorkDoneProgressBegin | WorkDoneProgressReport) => void) | undefined;
      let finish: (() => void) | undefined;
      let reported = 0;
      const finished = new Promise<void>((resolve) => { finish = resolve; });
      const end = (): void => {
        sub.dispose();
        this.open.delete(end);
        this.status.progress(key, undefined);
        finish?.();
      };
      this.open.add(end);
      const sub = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'begin') {
          void vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: value.title, cancellable: value.cancellable },
            async (progress, cancel) => {
              cancel.onCancellationRequested(() => void this.client.sendNotification(WorkDoneProgressCancelNotification.type, { token }));
              report = (v) => {
                const pct = v.percentage === undefined ? undefined : Math.max(0, Math.min(100, v.percentage));
                const increment = pct === undefined ? undefined : Math.max(0, pct - reported);
                if (pct !== undefined) reported = Math.max(reported, pct);
                progress.report({ message: v.message, increment });
              };
              report(value);
              await finished;
            });
        } else if (value.kind === 'report') {
          report?.(value);
        } else {
          end();
          return;
        }
        this.status.progress(key, { message: value.message, percentage: value.percentage });
      });
    });
  }

  clear(): void {
    for (const end of [...this.open]) end();
  }
}
