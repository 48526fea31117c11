// The server's workspace over stdio: edits and versions, files created/changed/deleted on disk,
// settings and newslens.json (include/exclude, rules, size cap), bad settings, Markdown opt-in.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '@newslens/language-service';
import { startClient, withClient, type PublishedDiagnostics } from './helpers/client.js';
import { positionAt, textAt } from './helpers/positions.js';

const REPORT = 'The minister Wang Kejian said “we will win.\n\nMore than 300 people were killed in the attack on Tuesday.\n';
const CLEAN = 'Police said 12 people died.\n';

const codes = (p: PublishedDiagnostics | undefined) => (p?.diagnostics ?? []).map((d) => String(d.code)).sort();

describe('server workspace', () => {
  test('fast edits: diagnostics only for current versions, the last for the final text', async () => {
    await withClient({ files: { 'a.txt': CLEAN } }, async (c) => {
      const uri = c.uri('draft.txt');
      let text = 'Draft.\n';
      c.open('draft.txt', text, 1);
      for (let v = 2; v <= 30; v++) {
        const insert = v === 30 ? 'The minister Wang Kejian said “we will win.\n' : `Line ${v}.\n`;
        const at = positionAt(text, text.length);
        text += insert;
        c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: at, end: at }, text: insert }] });
      }
      const last = await c.until(() => c.last(uri)?.version === 30 && c.last(uri), 30_000, 'version 30');
      assert.deepEqual(codes(last), ['unbalanced-quote']);
      const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
      assert.deepEqual(versions, [...versions].sort((x, y) => x - y), 'versions only go up');
      assert.ok(versions.length <= 3, `debounced: ${versions.join(',')}`);
      const h = await c.request<{ range: PublishedDiagnostics['diagnostics'][0]['range'] }>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf('Kejian')) });
      assert.equal(textAt(text, h.range), 'Wang Kejian', 'incremental sync kept the text right');
    });
  });

  test('seeded random edits (emoji, CRLF, quotes, deletions): the last diagnostics are those of the final text', async () => {
    await withClient({ files: {} }, async (c) => {
      let seed = 7;
      const rand = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const pieces = ['x', '🙂', '“', '”', '\r\n', ' Wang Kejian said ', 'More than 300 people were killed. ', '\n\n'];
      const uri = c.uri('fuzz.txt');
      let text = REPORT;
      c.open('fuzz.txt', text, 1);
      let version = 1;
      for (let i = 0; i < 60; i++) {
        // never split a surrogate pair or a CRLF: edit at a code point boundary
        let at = rand(text.length + 1);
        while (at > 0 && at < text.length && (/[\uDC00-\uDFFF]/.test(text[at]) || (text[at] === '\n' && text[at - 1] === '\r'))) at--;
        const del = rand(3) === 0 ? Math.min(rand(4), text.length - at) : 0;
        let end = at + del;
        while (end < text.length && (/[\uDC00-\uDFFF]/.test(text[end]) || (text[end] === '\n' && text[end - 1] === '\r'))) end++;
        const insert = rand(4) === 0 ? '' : pieces[rand(pieces.length)];
        const range = { start: positionAt(text, at), end: positionAt(text, end) };
        text = text.slice(0, at) + insert + text.slice(end);
        version++;
        c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
        if (rand(10) === 0) await new Promise((r) => setTimeout(r, 200)); // let some analyses happen in between
      }
      const last = await c.until(() => c.last(uri)?.version === version && c.last(uri), 30_000, `version ${version}`);
      const service = createLanguageService();
      const expected = service.doValidation(service.analyzeReport(text)).map((d) => `${d.code}:${text.slice(d.start, d.end)}`);
      assert.deepEqual(last.diagnostics.map((d) => `${d.code}:${textAt(text, d.range)}`), expected);
      const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
      assert.deepEqual(versions, [...versions].sort((x, y) => x - y));
    });
  });

  test('files created, changed and deleted on disk; a closed unsaved document is cleared', async () => {
    await withClient({ files: { 'a.txt': CLEAN } }, async (c) => {
      const a = c.uri('a.txt');
      await c.until(() => c.last(a), 30_000, 'a.txt indexed');
      const path = join(c.folder, 'new.txt');
      writeFileSync(path, REPORT);
      const uri = c.uri('new.txt');
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
      await c.until(() => codes(c.last(uri)).includes('unbalanced-quote'), 30_000, 'created');
      writeFileSync(path, CLEAN);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await c.until(() => c.last(uri)?.diagnostics.length === 0, 30_000, 'changed');
      writeFileSync(path, REPORT);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await c.until(() => codes(c.last(uri)).length > 0, 30_000, 'changed back');
      rmSync(path);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
      await c.until(() => c.last(uri)?.diagnostics.length === 0, 30_000, 'deleted clears');
      const ghost = c.uri('ghost.txt');
      c.open('ghost.txt', REPORT, 1);
      await c.until(() => codes(c.last(ghost)).length > 0, 30_000, 'ghost opened');
      c.notify('textDocument/didClose', { textDocument: { uri: ghost } });
      await c.until(() => c.last(ghost)?.diagnostics.length === 0, 30_000, 'closed clears');
      // a newslens.json written later applies at once: its exclude clears a.txt
      writeFileSync(join(c.folder, 'a.txt'), REPORT);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 2 }] });
      await c.until(() => codes(c.last(a)).length > 0, 30_000, 'a.txt changed');
      writeFileSync(join(c.folder, 'newslens.json'), JSON.stringify({ exclude: ['a.txt'] }));
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('newslens.json'), type: 1 }] });
      await c.until(() => c.last(a)?.diagnostics.length === 0, 30_000, 'excluded by the new newslens.json');
    });
  });

  test('newslens.json: exclude, size cap; Markdown only when included', async () => {
    const files = {
      'a.txt': REPORT, 'drafts/b.txt': REPORT, 'big.txt': `${REPORT.repeat(10)}`, 'README.md': REPORT,
      'newslens.json': JSON.stringify({ exclude: ['drafts/**'], maxFileSize: 400 }),
    };
    await withClient({ files }, async (c) => {
      await c.until(() => c.last(c.uri('a.txt')) && c.last(c.uri('big.txt')), 30_000, 'indexed');
      assert.deepEqual(codes(c.last(c.uri('big.txt'))), ['file-skipped']);
      assert.match(c.last(c.uri('big.txt'))!.diagnostics[0].message, /size cap/);
      c.open('README.md', REPORT, 1, 'markdown');
      await c.request('textDocument/hover', { textDocument: { uri: c.uri('README.md') }, position: { line: 0, character: 0 } });
      assert.equal(c.last(c.uri('drafts/b.txt')), undefined);
      assert.equal(c.last(c.uri('README.md')), undefined);
      // include Markdown through the settings: they win over newslens.json where both speak
      c.settings = { include: ['**/*.txt', '**/*.md'], maxFileSize: 100_000 };
      c.notify('workspace/didChangeConfiguration', { settings: null });
      await c.until(() => c.last(c.uri('README.md'))?.diagnostics.length && codes(c.last(c.uri('big.txt'))).includes('unbalanced-quote'), 30_000, 'settings applied');
      assert.equal(c.last(c.uri('drafts/b.txt')), undefined, 'exclude of newslens.json still applies');
    });
  });

  test('rule severities from the settings; bad settings give a message, not a crash', async () => {
    const dated = 'March 20, 2024\n\nThe minister met envoys on Tuesday, March 19, in Doha.\n';
    const files = { 'a.txt': REPORT, 'dated.txt': dated };
    await withClient({ files, settings: { rules: { 'unbalanced-quote': 'off', 'no-such-rule': 'error' }, maxFileSize: -1 } }, async (c) => {
      const a = c.uri('a.txt');
      await c.until(() => c.last(a), 30_000, 'indexed');
      assert.deepEqual(codes(c.last(a)), ['unattributed-claim']);
      const warning = await c.until(() => c.messages.find((m) => m.type === 2 && /no-such-rule/.test(m.message)), 5000, 'a warning');
      assert.match(warning.message, /unknown rule/);
      const begins = () => c.progress.filter((p) => (p as { value?: { kind?: string } }).value?.kind === 'begin').length;
      await c.until(() => c.status.at(-1)?.state === 'idle', 30_000, 'indexing done');
      const before = begins();
      c.settings = { rules: { 'unbalanced-quote': 'error', 'unattributed-claim': 'off' } };
      c.notify('workspace/didChangeConfiguration', { settings: null });
      const p = await c.until(() => codes(c.last(a)).join() === 'unbalanced-quote' && c.last(a), 30_000, 'new severities');
      assert.equal(p.diagnostics[0].severity, 1);
      assert.equal(begins(), before, 'new severities need no new index run');
      // date inlay hints are an editor setting, off until asked for
      const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
      const d = c.uri('dated.txt');
      assert.equal(await c.request('textDocument/inlayHint', { textDocument: { uri: d }, range }), null);
      c.settings = { inlayHints: { dates: true } };
      c.notify('workspace/didChangeConfiguration', { settings: null });
      await c.until(() => codes(c.last(a)).length === 2 && c.last(a), 30_000, 'settings back to defaults');
      const hints = await c.request<Array<{ position: { line: number; character: number }; label: string }>>('textDocument/inlayHint', { textDocument: { uri: d }, range });
      assert.deepEqual(hints.map((h) => h.label), [' 2024-03-19 (Tue)']);
      assert.ok(textAt(dated, { start: { line: 2, character: 0 }, end: hints[0].position }).endsWith('Tuesday, March 19'));
    });
  });

  test('a client without workspace/configuration pushes its settings', async () => {
    await withClient({ files: { 'a.txt': REPORT }, capabilities: {} }, async (c) => {
      const a = c.uri('a.txt');
      await c.until(() => codes(c.last(a)).length === 2, 30_000, 'indexed');
      c.notify('workspace/didChangeConfiguration', { settings: { newslens: { rules: { 'unattributed-claim': 'off' } } } });
      await c.until(() => codes(c.last(a)).join() === 'unbalanced-quote', 30_000, 'pushed settings applied');
    });
  });

  test('after shutdown, requests are refused with InvalidRequest; exit ends the process with 0', async () => {
    const { client: c } = await startClient({ files: { 'a.txt': REPORT } });
    try {
      const a = c.uri('a.txt');
      await c.until(() => c.last(a), 30_000, 'indexed');
      assert.equal(await c.request('shutdown', null), null);
      await assert.rejects(c.request('textDocument/hover', { textDocument: { uri: a }, position: { line: 0, character: 14 } }), (e: { code?: number }) => e.code === -32600);
      const exited = new Promise<number | null>((resolve) => c.child.once('exit', resolve));
      c.notify('exit', null);
      assert.equal(await exited, 0);
    } finally {
      await c.close();
    }
  });
});
