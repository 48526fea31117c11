// The newslens language server's entry: `newslens-server --stdio` (or --node-ipc, --socket=N,
// as vscode-languageserver's createConnection reads them from the command line).
import { startEditorWorker } from './host.js';
import { mark } from './startup-marks.js';
import { SERVER_VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  const out = args.includes('--help') || args.includes('-h') ? process.stdout : process.stderr;
  out.write('usage: newslens-server --stdio | --node-ipc | --socket=<port> [--no-cache]\n  The newslens language server (LSP). Editors start it; see docs/editors.md.\n');
  if (out === process.stderr) process.exitCode = 2;
} else {
  mark('main module evaluated');
  // the editor's worker first: it loads compromise, most of a cold start's wait for the first
  // diagnostics, on the other core while this thread loads the LSP library and the server (started
  // once the worker is, so that their loading does not hold up the pool module's: docs/performance.md, session 24)
  const editor = startEditorWorker();
  const next = editor.catch(() => undefined); // a failure is told when the server looks at it (no analysis host then)
  void next.then(() => Promise.all([import('vscode-languageserver/node.js'), import('./server.js')])).then(([{ createConnection, ProposedFeatures }, { startServer }]) => {
    mark('server modules loaded');
    const connection = createConnection(ProposedFeatures.all);
    // A failed promise somewhere must not take the server down: log it and go on.
    process.on('unhandledRejection', (e) => connection.console.error(`newslens: ${(e as Error)?.stack ?? e}`));
    startServer(connection, { cache: !args.includes('--no-cache'), editor });
  });
}
