// Shared helpers of the real-VS-Code suites (CommonJS: they run inside VS Code's extension host).
const vscode = require('vscode');

const EXTENSION_ID = 'newslens.newslens-vscode';
const SEED_000 = '000_a34a0c6796c537b7.txt';
const SEED_002 = '002_33abfcd25e3bfae5.txt';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value or ms pass; returns the last value (falsy on time-out). */
async function until(fn, ms = 30000, step = 200) {
  const t0 = Date.now();
  let v;
  while (!(v = await fn()) && Date.now() - t0 < ms) await sleep(step);
  return v;
}

function seedUri(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('no workspace folder open: the suites expect the seeds folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a seed report in an editor, as a reader would. */
async function showSeed(name) {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The position `inner` characters into the first occurrence of `phrase` in the document. */
function positionOf(doc, phrase, inner = 1) {
  const at = doc.getText().indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + inner);
}

const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** The hovers' Markdown as read on screen: backslash escapes (`002\\_33ab…`) removed. */
function hoverText(hovers) {
  const md = (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Normalises Location | LocationLink to { uri, range, origin }. */
function target(loc) {
  return loc.targetUri
    ? { uri: loc.targetUri, range: loc.targetSelectionRange || loc.targetRange, origin: loc.originSelectionRange }
    : { uri: loc.uri, range: loc.range, origin: undefined };
}

/**
 * Activates newslens and waits (bounded) until its language server runs. Once the server was found not to
 * start, later calls fail at once, so a missing server costs one wait, not one per test.
 */
let startFailure;
async function serverRunning(ms = 30000) {
  if (startFailure) throw startFailure;
  const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
  const running = await until(() => api.client() && api.client().isRunning(), ms);
  if (!running) throw (startFailure = new Error(`the newslens language server is not running (status: ${api.status().kind}); see the newslens output`));
  return api;
}

module.exports = { serverRunning, showSeed, EXTENSION_ID, SEED_000, SEED_002, sleep, until, seedUri, positionOf, codeOf, hoverText, target };
