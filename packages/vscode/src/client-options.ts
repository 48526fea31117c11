// Language client options: which documents the server sees, and how settings reach it.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient/node';
import { explicitSettings } from './explicit-settings.js';

export const LANGUAGES = ['plaintext', 'markdown'] as const;

export function clientOptions(output: vscode.OutputChannel): LanguageClientOptions {
  return {
    documentSelector: LANGUAGES.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    outputChannel: output,
    // No `synchronize.fileEvents`: the server registers its own file watchers (dynamic registration).
    middleware: {
      workspace: {
        // VS Code fills every unset setting with its declared default, so the server could not tell a default
        // from a choice and newslens.json would never win. Send only what the user set; unset is null.
        configuration: (params) =>
          params.items.map((item) => (item.section?.startsWith('newslens') ? explicitSettings(item.section, item.scopeUri) : null)),
      },
    },
  };
}
