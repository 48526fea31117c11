// Publishing many reports while the client is slow to read (issue 17, session 26): a response to a
// request joins the end of the connection's line of messages, so publishing hands the connection a
// message only once what it handed before is written. No timing: the connection's writes complete
// when the test says so.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Connection } from 'vscode-languageserver/node.js';
import { loadService } from '../src/load-service.js';
import { Publisher } from '../src/publishing.js';
import { createEntry, ReportStore } from '../src/store.js';

const turn = () => new Promise<void>((r) => setImmediate(r));

test('publishing thousands of reports to a client that lags: never more than one message waits to be written, and every report is published', async () => {
  await loadService();
  const store = new ReportStore();
  const ids = Array.from({ length: 300 }, (_, i) => `/ws/r${i}.txt`);
  for (const id of ids) store.set(createEntry({ id, uri: `file://${id}`, token: 0, text: 'Text.', version: null, format: 'text', notices: [] }));
  /** The writes the client has not taken yet: each resolves when the test lets it. */
  const unwritten: Array<() => void> = [];
  const published: string[] = [];
  let most = 0;
  const connection = {
    sendDiagnostics: (p: { uri: string }) => new Promise<void>((resolve) => {
      published.push(p.uri);
      unwritten.push(resolve);
      most = Math.max(most, unwritten.length);
    }),
  } as unknown as Connection;
  const publisher = new Publisher({ connection, store, refresh: [], current: () => true, diagnose: () => [] });
  publisher.enqueue(ids);
  let done = false;
  void publisher.drained().then(() => (done = true));
  for (let i = 0; i < 5_000 && !done; i++) {
    await turn();
    await turn();
    // the client reads one message now and then
    if (i % 3 === 0) unwritten.shift()?.();
  }
  assert.ok(done, 'every queued report was published');
  assert.equal(published.length, ids.length);
  assert.equal(most, 1, 'at most one message handed to the connection and not written yet');
});

test('a report published at once (an edit) while the queue waits on the client: it goes out, and the queue still waits for both', async () => {
  await loadService();
  const store = new ReportStore();
  const ids = ['/ws/a.txt', '/ws/b.txt', '/ws/c.txt'];
  for (const id of ids) store.set(createEntry({ id, uri: `file://${id}`, token: 0, text: 'Text.', version: null, format: 'text', notices: [] }));
  const unwritten: Array<() => void> = [];
  const published: string[] = [];
  const connection = {
    sendDiagnostics: (p: { uri: string }) => new Promise<void>((resolve) => {
      published.push(p.uri);
      unwritten.push(resolve);
    }),
  } as unknown as Connection;
  const publisher = new Publisher({ connection, store, refresh: [], current: () => true, diagnose: () => [] });
  publisher.enqueue(['/ws/a.txt', '/ws/b.txt']);
  for (let i = 0; i < 5; i++) await turn();
  assert.deepEqual(published, ['file:///ws/a.txt'], 'the second waits for the first to be written');
  publisher.now('/ws/c.txt');
  assert.deepEqual(published, ['file:///ws/a.txt', 'file:///ws/c.txt'], 'an edited report is not held up by the queue');
  unwritten.shift()?.();
  for (let i = 0; i < 5; i++) await turn();
  assert.equal(published.length, 2, 'the queue waits until the edited report is written too');
  unwritten.shift()?.();
  for (let i = 0; i < 5; i++) await turn();
  assert.deepEqual(published.at(-1), 'file:///ws/b.txt');
  unwritten.shift()?.();
  await publisher.drained();
});
