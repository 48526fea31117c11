import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.ts';

const seed = (name: string): string => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

function valueOf(r: ReturnType<typeof analyzeReport>, text: string): Array<string | null> {
  return r.dates.filter((d) => d.text === text).map((d) => d.value);
}

test('seed 002: dated 2024-03-19 in its first line; Oct. 7, March 10, last month, this week', () => {
  const r = analyzeReport(seed('002_33abfcd25e3bfae5.txt'));
  assert.equal(r.publishedAt, '2024-03-19');
  assert.deepEqual(valueOf(r, 'Oct. 7'), ['2023-10-07']);
  assert.deepEqual(valueOf(r, 'March 10'), ['2024-03-10']);
  assert.deepEqual(valueOf(r, 'last month'), ['2024-02']);
  assert.deepEqual(valueOf(r, 'Last month'), ['2024-02']);
  assert.deepEqual(valueOf(r, 'this week'), ['2024-03']);
  assert.deepEqual(r.problems.filter((p) => p.code === 'weekday-mismatch'), []);
  for (const d of r.dates) assert.equal(r.text.slice(d.start, d.end), d.text);
});

test('seed 000: only a copyright year; Tuesday, March 19 fits 2024 and anchors early October to 2023', () => {
  const r = analyzeReport(seed('000_a34a0c6796c537b7.txt'));
  assert.equal(r.publishedAt, '2024');
  assert.deepEqual(valueOf(r, 'Tuesday, March 19'), ['2024-03-19']);
  assert.deepEqual(valueOf(r, 'early October'), ['2023-10']);
  assert.deepEqual(r.problems.filter((p) => p.code === 'weekday-mismatch'), []);
});

test('seed 000 with the weekday changed gets one weekday-mismatch error on the date', () => {
  const text = seed('000_a34a0c6796c537b7.txt').replace('On Tuesday, March 19', 'On Monday, March 19');
  const r = analyzeReport(text);
  const problems = r.problems.filter((p) => p.code === 'weekday-mismatch');
  assert.equal(problems.length, 1);
  assert.equal(text.slice(problems[0].start, problems[0].end), 'Monday, March 19');
  assert.equal(problems[0].message, 'March 19, 2024 was a Tuesday, not a Monday');
});

test('CRLF, BOM, emoji and curly quotes: spans index the text after the BOM', () => {
  const m = parseMarkers('\uFEFFEnvoy 🚀 meets Hamas\r\n\r\nLONDON [[1996-08-22]]\r\n\r\nOn [[Monday, Aug. 19]], “we met [[yesterday]],” he said — and again [[last week]].\r\n');
  const r = analyzeReport(m.text);
  assert.equal(r.hadBom, true);
  assert.equal(r.publishedAt, '1996-08-22');
  const shift = 1; // the BOM
  assert.deepEqual(r.dates.map((d) => [d.start + shift, d.end + shift]), m.spans.map((s) => [s.start, s.end]));
  assert.deepEqual(r.dates.map((d) => d.value), ['1996-08-22', '1996-08-19', '1996-08-21', '1996-08']);
  assert.deepEqual(r.problems.filter((p) => p.code === 'weekday-mismatch'), []);
});

test('the weekday-mismatch problem is in the analysis, on the date, with a one-line message', () => {
  const r = analyzeReport('date 2024-03-19\n\nThe meeting took place on Friday, March 15 in Doha.\n\nIt ended on Friday, March 16.');
  const problems = r.problems.filter((p) => p.code === 'weekday-mismatch');
  assert.equal(problems.length, 1);
  assert.equal(r.text.slice(problems[0].start, problems[0].end), 'Friday, March 16');
  assert.equal(problems[0].message, 'March 16, 2024 was a Saturday, not a Friday');
  assert.deepEqual(problems[0].related, []);
});

test('a report without any date resolves nothing relative, and flags nothing', () => {
  const r = analyzeReport('Officials met on Monday, March 19, and again yesterday, officials said last month.');
  assert.equal(r.publishedAt, null);
  assert.deepEqual(r.dates.map((d) => d.value), [null, null, null]);
  assert.deepEqual(r.problems.filter((p) => p.code === 'weekday-mismatch'), []);
});

test('Markdown front matter gives the publication date (front matter itself is not analysed)', () => {
  const md = '---\ntitle: Envoy meets Hamas\ndate: 2024-03-19T08:00:00Z\n---\n\n# Envoy meets Hamas\n\nWang met Haniyeh **last month** and on Tuesday, March 19.\n';
  const r = analyzeReport(md, { format: 'markdown' });
  assert.equal(r.publishedAt, '2024-03-19');
  assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [['last month', '2024-02'], ['Tuesday, March 19', '2024-03-19']]);
  assert.equal(analyzeReport(md).publishedAt !== null, true); // as plain text the dated line still counts
});
