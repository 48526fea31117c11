// The server over stdio with a real JSON-RPC client, on a temp copy of the seeds: capabilities,
// pushed diagnostics of files never opened, hover, definition, references, highlights, symbols,
// code actions and the open-aligned command, UTF-16 positions, MethodNotFound.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPEN_ALIGNED_COMMAND, RULES } from '@newslens/language-service';
import { OPEN_ALIGNED } from '@newslens/server';
import { SEEDS, startClient, type TestClient } from './helpers/client.js';
import { positionOf, textAt } from './helpers/positions.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';
const textA = readFileSync(join(SEEDS, A), 'utf8');
const textB = readFileSync(join(SEEDS, B), 'utf8');

interface Hover { contents: { kind: string; value: string }; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface Link { originSelectionRange: Hover['range']; targetUri: string; targetRange: Hover['range']; targetSelectionRange: Hover['range'] }

describe('server on the seeds', () => {
  let client: TestClient;
  let capabilities: Record<string, unknown>;
  let a: string;
  let b: string;

  before(async () => {
    const started = await startClient();
    client = started.client;
    capabilities = started.result.capabilities;
    a = client.uri(A);
    b = client.uri(B);
    // own diagnostics come first, cross-report ones once the comparison is done (idle)
    await client.until(() => client.last(a) && client.last(b) && client.status.at(-1)?.state === 'idle', 60_000, 'diagnostics of both seeds, compared');
  });
  after(() => client?.close());

  test('capabilities: incremental sync with openClose, pushed diagnostics only, the open-aligned command', () => {
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(capabilities.diagnosticProvider, undefined, 'no pull diagnostics next to the pushed ones');
    assert.deepEqual(capabilities.executeCommandProvider, { commands: [OPEN_ALIGNED_COMMAND] });
    assert.equal(OPEN_ALIGNED, OPEN_ALIGNED_COMMAND);
  });

  test('diagnostics of reports never opened are pushed, with cross-report codes and related locations', () => {
    const known = new Set<string>(RULES.map((r) => r.code));
    for (const [uri, text] of [[a, textA], [b, textB]] as const) {
      const published = client.last(uri)!;
      assert.ok(published.diagnostics.length > 0);
      for (const d of published.diagnostics) {
        assert.ok(known.has(String(d.code)), `unknown code ${d.code}`);
        assert.ok(textAt(text, d.range).length > 0 || d.range.start.line === 0);
      }
    }
    const variant = client.last(a)!.diagnostics.find((d) => d.code === 'name-variant');
    assert.ok(variant, 'a name-variant between the seeds');
    assert.equal(textAt(textA, variant.range), 'Isma’il Haniya');
    assert.equal(variant.relatedInformation?.[0].location.uri, b);
    assert.equal(textAt(textB, variant.relatedInformation![0].location.range), 'Ismail Haniyeh');
  });

  test('hover on "Wang Kejian" names a person and the other report', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: a }, position: positionOf(textA, 'Wang Kejian', 0, 3) });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /\*\*Wang Kejian\*\* · person/);
    assert.match(h.contents.value, /002\\_33abfcd25e3bfae5\\\.txt/);
    assert.equal(textAt(textA, h.range), 'Wang Kejian');
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });

  test('definition on "exchanged views on the Gaza conflict" lands on the same words in 002', async () => {
    const links = await client.request<Link[]>('textDocument/definition', { textDocument: { uri: a }, position: positionOf(textA, 'exchanged views on the Gaza conflict', 0, 4) });
    assert.equal(links.length, 1);
    assert.equal(links[0].targetUri, b);
    assert.match(textAt(textB, links[0].targetSelectionRange), /exchanged views on the Gaza conflict/);
    assert.match(textAt(textA, links[0].originSelectionRange), /exchanged views on the Gaza conflict/);
  });

  test('definition and references of an entity cross to the other report', async () => {
    const at = { textDocument: { uri: a }, position: positionOf(textA, 'Isma’il Haniya', 0, 2) };
    const links = await client.request<Link[]>('textDocument/definition', at);
    assert.deepEqual(links.map((l) => [l.targetUri, textAt(textB, l.targetRange)]), [[b, 'Ismail Haniyeh']]);
    const refs = await client.request<Array<{ uri: string; range: Hover['range'] }>>('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.equal(refs[0].uri, a);
    assert.equal(textAt(textA, refs[0].range), 'Isma’il Haniya');
    const inB = refs.filter((r) => r.uri === b).map((r) => textAt(textB, r.range));
    assert.ok(inB.includes('Ismail Haniyeh') && inB.length >= 2, inB.join(', '));
  });

  test('document highlights, document symbols, workspace symbols', async () => {
    const hs = await client.request<Array<{ range: Hover['range']; kind: number }>>('textDocument/documentHighlight', { textDocument: { uri: a }, position: positionOf(textA, 'Wang Kejian') });
    assert.ok(hs.length >= 2 && hs.every((h) => textAt(textA, h.range).startsWith('Wang')));
    const symbols = await client.request<Array<{ name: string; kind: number; range: Hover['range']; selectionRange: Hover['range'] }>>('textDocument/documentSymbol', { textDocument: { uri: a } });
    assert.ok(symbols.some((s) => s.name === 'Wang Kejian'));
    assert.ok(symbols.some((s) => s.kind === 15 && /exchanged views/.test(s.name)), symbols.map((s) => s.name).join(' | '));
    const ws = await client.request<Array<{ name: string; location: { uri: string } }>>('workspace/symbol', { query: 'kejian' });
    assert.deepEqual(ws.map((s) => [s.name, s.location.uri]), [['Wang Kejian', a], ['Wang Kejian', b]]);
  });

  test('code actions on the name variant; the open command shows the other report', async () => {
    const variant = client.last(a)!.diagnostics.find((d) => d.code === 'name-variant')!;
    const actions = await client.request<Array<{ title: string; kind: string; edit?: { changes: Record<string, Array<{ range: Hover['range']; newText: string }>> }; command?: { command: string; arguments: unknown[] }; diagnostics?: unknown[] }>>(
      'textDocument/codeAction', { textDocument: { uri: a }, range: variant.range, context: { diagnostics: [variant] } },
    );
    const titles = actions.map((x) => x.title);
    const onSave = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri: a }, range: variant.range, context: { diagnostics: [variant], only: ['source.fixAll'] } });
    assert.deepEqual(onSave, [], 'only the kinds asked for');
    assert.ok(titles.includes(`Use the spelling of ${B}: “Ismail Haniyeh”`), titles.join(' | '));
    assert.ok(titles.includes('Silence name-variant on this line'));
    assert.ok(titles.includes('Silence name-variant in this file'));
    const use = actions.find((x) => x.title.startsWith('Use the spelling'))!;
    assert.deepEqual(use.edit!.changes[a], [{ range: variant.range, newText: 'Ismail Haniyeh' }]);
    assert.equal(use.diagnostics?.length, 1);
    const silence = actions.find((x) => x.title === 'Silence name-variant on this line')!;
    assert.deepEqual(silence.edit!.changes[a][0], { range: { start: { line: variant.range.start.line, character: 0 }, end: { line: variant.range.start.line, character: 0 } }, newText: '<!-- newslens-disable-next-line name-variant -->\n' });
    const open = actions.find((x) => x.command?.command === OPEN_ALIGNED_COMMAND)!;
    const result = await client.request<{ uri: string }>('workspace/executeCommand', { command: open.command!.command, arguments: open.command!.arguments });
    assert.equal(result.uri, b);
    const shown = await client.until(() => client.shown.at(-1) as { uri: string; selection: Hover['range'] } | undefined, 5000, 'showDocument');
    assert.equal(shown.uri, b);
    assert.equal(textAt(textB, shown.selection), 'Ismail Haniyeh');
  });

  test('UTF-16 positions: a report with emoji, opened in the editor', async () => {
    const text = '🙂🙂 Wang Kejian met Ismail Haniyeh in Doha on Tuesday. “We 👍 talked,” Wang Kejian said.\n';
    client.open('emoji.txt', text, 1);
    const uri = client.uri('emoji.txt');
    await client.until(() => client.last(uri)?.version === 1, 30_000, 'diagnostics of emoji.txt');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
    assert.deepEqual(h.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 16 } });
    assert.equal(textAt(text, h.range), 'Wang Kejian');
    const hs = await client.request<Array<{ range: Hover['range'] }>>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(text, 'Wang Kejian', 1) });
    assert.deepEqual(hs.map((x) => textAt(text, x.range)), ['Wang Kejian', 'Wang Kejian']);
  });

  test('a document with a BOM and CRLF line ends: ranges in the editor\'s text', async () => {
    const text = '\uFEFFWang Kejian met Ismail Haniyeh in Doha.\r\nThe minister said “we will win.\r\n';
    client.open('bom.txt', text, 1);
    const uri = client.uri('bom.txt');
    const published = await client.until(() => client.last(uri)?.version === 1 && client.last(uri), 30_000, 'diagnostics of bom.txt');
    const quote = published.diagnostics.find((d) => d.code === 'unbalanced-quote');
    assert.ok(quote);
    assert.equal(textAt(text, quote.range), '“');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(textAt(text, h.range), 'Wang Kejian');
    assert.deepEqual(h.range.start, { line: 0, character: 1 });
  });

  test('code lenses on claims, semantic tokens; date hints off by default', async () => {
    const lenses = await client.request<Array<{ range: Hover['range']; command: { title: string; command: string } }>>('textDocument/codeLens', { textDocument: { uri: a } });
    assert.ok(lenses.length > 0);
    for (const l of lenses) assert.match(l.command.title, /^in [1-3] of [23] reports/);
    assert.ok(lenses.some((l) => l.command.command === OPEN_ALIGNED_COMMAND), 'a claim the other report tells too');
    const legend = (capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: a } });
    const tokens: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      const start = { line, character: char };
      tokens.push(`${legend[data[i + 3]]}:${textAt(textA, { start, end: { line, character: char + data[i + 2] } })}`);
    }
    assert.ok(tokens.includes('variable:Wang Kejian'), tokens.slice(0, 20).join(' | '));
    assert.ok(tokens.some((t) => t.startsWith('string:“exchanged views')), 'a quote');
    const hints = await client.request<unknown[] | null>('textDocument/inlayHint', { textDocument: { uri: a }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    assert.ok(hints === null || hints.length === 0);
  });

  test('an unsaved plain-text document is analysed; an unsaved Markdown one is not (not included)', async () => {
    const text = 'The minister Wang Kejian said “we will win.\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'plaintext', version: 1, text } });
    client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-2', languageId: 'markdown', version: 1, text } });
    const p = await client.until(() => client.last('untitled:Untitled-1'), 30_000, 'untitled diagnostics');
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['unbalanced-quote']);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-2' }, position: positionOf(text, 'Wang') });
    assert.equal(h, null);
    assert.equal(client.last('untitled:Untitled-2'), undefined);
  });

  test('an unknown method gets MethodNotFound; the server keeps serving', async () => {
    await assert.rejects(client.request('newslens/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: b }, position: positionOf(textB, 'Wang Kejian') });
    assert.match(h.contents.value, /person/);
  });
});
