// The comparison never blocks the server: it runs in a worker thread (held at its first event here
// by a gate the test opens, not by a timing), requests are answered meanwhile from the last complete
// comparison, and each report's own diagnostics are out before its event is compared. Once idle the
// server's diagnostics are exactly `newslens check`'s on the same files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';
import { makeFolder, ROOT, startClient, type PublishedDiagnostics, type TestClient as Client } from './helpers/client.js';
import { positionOf } from './helpers/positions.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';
const QUAKES = Object.fromEntries(Object.entries(EVENT_TEXTS).filter(([name]) => name.startsWith('quake')));

/** The CLI's main, run from its sources. */
const CLI = `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'packages/cli/src/main.ts')).href)}; process.exitCode = await main(process.argv.slice(1));`;

const codes = (p: PublishedDiagnostics | undefined) => (p?.diagnostics ?? []).map((d) => String(d.code));

/**
 * A server over the seeds and the quake reports whose comparison worker waits at each event until
 * the gate file exists (`open`: it exists from the start). `close` stops it and removes its folders.
 */
async function startGated(open: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-gate-'));
  const gate = join(dir, 'open');
  if (open) writeFileSync(gate, '');
  process.env.NEWSLENS_TEST_COMPARE_WORKER = new URL('./fixtures/gated-compare-worker.ts', import.meta.url).href;
  process.env.NEWSLENS_TEST_COMPARE_GATE = gate;
  const folder = makeFolder('seeds');
  for (const [name, text] of Object.entries(QUAKES)) writeFileSync(join(folder, name), text);
  const { client: c } = await startClient({ folder });
  delete process.env.NEWSLENS_TEST_COMPARE_WORKER;
  delete process.env.NEWSLENS_TEST_COMPARE_GATE;
  const close = async () => {
    await c.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  return { c, gate, folder, close };
}

test('requests are answered while a comparison is in progress; cross-report diagnostics follow when it is done', async () => {
  const { c, gate, folder, close } = await startGated(false);
  try {
    const ua = c.uri(A);
    await c.until(() => existsSync(`${gate}.waiting`) && c.last(ua) && c.last(c.uri(B)), 120_000, 'the comparison held at its first event');
    // the reports' own diagnostics are out; the cross-report ones wait for their event
    assert.ok(codes(c.last(ua)).includes('vague-attribution'), codes(c.last(ua)).join());
    assert.ok(!codes(c.last(ua)).includes('quote-mismatch'));
    assert.notEqual(c.status.at(-1)?.state, 'idle');
    const seed = readFileSync(join(folder, A), 'utf8');
    const at = positionOf(seed, 'Rafah', 0, 2);
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: ua }, position: at });
    assert.ok(hover && /Rafah/.test(hover.contents.value), JSON.stringify(hover));
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: ua } });
    assert.ok(symbols.length > 0);
    const definition = await c.request<unknown[] | null>('textDocument/definition', { textDocument: { uri: ua }, position: at });
    assert.ok(definition === null || Array.isArray(definition));
    assert.ok(!existsSync(gate), 'all of it answered while the comparison was held');

    writeFileSync(gate, '');
    await c.until(() => c.status.at(-1)?.state === 'idle' && codes(c.last(ua)).includes('quote-mismatch') && c.last(ua), 60_000, 'compared');
    assert.ok(codes(c.last(c.uri(B))).includes('quote-mismatch'));
  } finally {
    await close();
  }
});

test('while a later comparison (after an edit) is held, requests answer from the last complete one', async () => {
  const { c, gate, folder, close } = await startGated(true); // open: the first comparison runs through
  try {
    const ua = c.uri(A);
    const ub = c.uri(B);
    await c.until(() => c.status.at(-1)?.state === 'idle' && codes(c.last(ua)).includes('quote-mismatch'), 120_000, 'the first comparison');
    const seed = readFileSync(join(folder, A), 'utf8');
    const at = positionOf(seed, 'Palestinian fabric', 0, 2);
    const toB = (d: unknown) => JSON.stringify(d).includes(ub);
    assert.ok(toB(await c.request('textDocument/definition', { textDocument: { uri: ua }, position: at })), 'the quote links to the other seed');

    // the gate closes, and an edit of the other seed starts a comparison that waits at its first event
    rmSync(gate);
    rmSync(`${gate}.waiting`, { force: true });
    c.open(B, `${readFileSync(join(folder, B), 'utf8')}\nOfficials said more talks were planned.\n`);
    await c.until(() => existsSync(`${gate}.waiting`), 120_000, 'the comparison after the edit held');
    const definition = await c.request('textDocument/definition', { textDocument: { uri: ua }, position: at });
    assert.ok(toB(definition), `answered from the last complete comparison: ${JSON.stringify(definition)}`);
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: ua }, position: positionOf(seed, 'Rafah', 0, 2) });
    assert.ok(hover && /Rafah/.test(hover.contents.value));
    assert.ok(codes(c.last(ua)).includes('quote-mismatch'), 'the unedited report keeps its cross-report diagnostics');
    assert.ok(!existsSync(gate), 'all of it answered while the comparison was held');

    writeFileSync(gate, '');
    // the edited report's cross-report diagnostics, once its event is compared again
    await c.until(() => c.last(ub)?.version === 1 && codes(c.last(ub)).includes('quote-mismatch'), 60_000, 'compared again');
  } finally {
    await close();
  }
});

/** The server's last published diagnostics of `names` against `newslens check`'s on the folder's files, per report; '' when equal. */
function differenceFromCheck(c: Client, folder: string, names: readonly string[]): string {
  const cli = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', CLI, 'check', folder, '--format', 'json', '--no-cache'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  const checked = JSON.parse(cli.stdout) as { diagnostics: Array<{ path: string; line: number; character: number; endLine: number; endCharacter: number; code: string; message: string; related?: Array<{ path: string; line: number; character: number }> }> };
  assert.ok(checked.diagnostics.some((d) => d.code === 'quote-mismatch'), 'the comparison is part of what is compared');
  const key = (x: { at: number[]; code: string }) => `${x.at.join(',')} ${x.code}`;
  for (const name of names) {
    const server = (c.last(c.uri(name))?.diagnostics ?? []).map((d) => ({
      at: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], code: String(d.code), message: d.message,
      related: (d.relatedInformation ?? []).map((r) => [r.location.uri.slice(r.location.uri.lastIndexOf('/') + 1), r.location.range.start.line, r.location.range.start.character]),
    })).sort((x, y) => key(x).localeCompare(key(y)));
    const expected = checked.diagnostics.filter((d) => basename(d.path) === name).map((d) => ({
      at: [d.line, d.character, d.endLine, d.endCharacter], code: d.code, message: d.message,
      related: (d.related ?? []).map((r) => [basename(r.path), r.line, r.character]),
    })).sort((x, y) => key(x).localeCompare(key(y)));
    if (JSON.stringify(server) !== JSON.stringify(expected)) return `${name}: server ${JSON.stringify(server)}\ncheck ${JSON.stringify(expected)}`;
  }
  return '';
}

test('once idle, the server publishes exactly the diagnostics `newslens check` gives on the same files', async () => {
  const folder = makeFolder('seeds');
  for (const [name, text] of Object.entries(QUAKES)) writeFileSync(join(folder, name), text);
  const { client: c } = await startClient({ folder });
  try {
    const names = [A, B, ...Object.keys(QUAKES)];
    await c.until(() => c.status.at(-1)?.state === 'idle' && names.every((n) => c.last(c.uri(n))), 120_000, 'idle');
    assert.equal(differenceFromCheck(c, folder, names), '');
  } finally {
    await c.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

/** startGated(true) once its first comparison is out (the seeds' quote-mismatch published), with the reports' names and seed B's uri. */
async function firstCompared() {
  const started = await startGated(true);
  const ub = started.c.uri(B);
  try {
    await started.c.until(() => started.c.status.at(-1)?.state === 'idle' && codes(started.c.last(ub)).includes('quote-mismatch'), 120_000, 'the first comparison');
  } catch (e) {
    await started.close();
    throw e;
  }
  return { ...started, names: [A, B, ...Object.keys(QUAKES)], ub };
}

/** quake-a2 rewritten as a report of the other quake with another death toll: grouping moves it to quake-b2's event, whose figure it contradicts. */
const MOVED = QUAKES['quake-b2.txt'].replace('Ten people', 'Twelve people');

/** The files a report's published diagnostics point at. */
const relatedOf = (c: Client, name: string) => (c.last(c.uri(name))?.diagnostics ?? []).flatMap((d) => (d.relatedInformation ?? []).map((r) => basename(r.location.uri)));
const regrouped = (c: Client) => c.messages.filter((m) => m.message.startsWith('newslens: edits paused: every report grouped again')).length;

test('an edit that leaves its report in its event regroups nothing; once edits pause every report is grouped again, as `newslens check` groups', async () => {
  const { c, folder, close, names, ub } = await firstCompared();
  try {
    assert.equal(regrouped(c), 0);
    // a report of another event: each run after the edit tells its event again, unchanged, and it is not published again
    const publishedA1 = () => c.published.filter((p) => p.uri === c.uri('quake-a1.txt')).length;
    const a1Before = publishedA1();
    const text = `${readFileSync(join(folder, B), 'utf8')}\nOfficials said more talks were planned.\n`;
    writeFileSync(join(folder, B), text);
    c.open(B, text);
    await c.until(() => c.last(ub)?.version === 1 && codes(c.last(ub)).includes('quote-mismatch'), 60_000, 'the edited report compared');
    // the grouping of every report follows once edits pause (SETTLE_MS)
    await c.until(() => regrouped(c) === 1, 60_000, 'every report grouped again');
    assert.equal(publishedA1(), a1Before, 'quake-a1 not published again');
    assert.equal(differenceFromCheck(c, folder, names), '');
  } finally {
    await close();
  }
});

test('an edit that moves a report to another event: grouped at once, and the server publishes what `newslens check` gives', async () => {
  const { c, folder, close } = await startGated(true);
  try {
    const names = [A, B, ...Object.keys(QUAKES)];
    await c.until(() => c.status.at(-1)?.state === 'idle' && names.every((n) => c.last(c.uri(n))), 120_000, 'the first comparison');
    assert.deepEqual(relatedOf(c, 'quake-b2.txt'), []);
    // quake-a2 rewritten as a report of the other quake with another toll: in quake-b2's event, their figures disagree
    const text = MOVED;
    writeFileSync(join(folder, 'quake-a2.txt'), text);
    c.open('quake-a2.txt', text);
    await c.until(() => c.last(c.uri('quake-a2.txt'))?.version === 1 && relatedOf(c, 'quake-b2.txt').includes('quake-a2.txt'), 60_000, 'quake-a2 in its new event');
    assert.equal(regrouped(c), 0, 'grouped as a whole at once, not once edits paused');
    assert.equal(differenceFromCheck(c, folder, names), '');
  } finally {
    await close();
  }
});

test('edits during a comparison: the stale run stops, and the comparison of the last edit is what is published', async () => {
  const { c, gate, folder, close, names, ub } = await firstCompared();
  try {
    rmSync(gate);
    rmSync(`${gate}.waiting`, { force: true });
    const first = `${readFileSync(join(folder, B), 'utf8')}\nOfficials said more talks were planned.\n`;
    c.open(B, first);
    await c.until(() => existsSync(`${gate}.waiting`), 120_000, 'the comparison after the first edit held');
    // a second edit while that comparison is held: a sentence more, then quake-a2 moved to the other quake
    const second = `${first}A second round was expected next week.\n`;
    writeFileSync(join(folder, B), second);
    c.notify('textDocument/didChange', { textDocument: { uri: ub, version: 2 }, contentChanges: [{ text: second }] });
    writeFileSync(join(folder, 'quake-a2.txt'), MOVED);
    c.open('quake-a2.txt', MOVED);
    writeFileSync(gate, '');
    await c.until(() => c.last(ub)?.version === 2 && codes(c.last(ub)).includes('quote-mismatch') && c.last(c.uri('quake-a2.txt'))?.version === 1 && relatedOf(c, 'quake-b2.txt').includes('quake-a2.txt'), 60_000, 'compared after the last edit');
    assert.equal(differenceFromCheck(c, folder, names), '');
  } finally {
    await close();
  }
});
