// The analyze contract built from a run and a comparison: event-wide entity ids, events and
// links, sorted; checked against docs/json-format.schema.json. The comparison is made by hand
// here so the test holds whatever the grouping finds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyzeReport, cloneDefault, createLanguageService, type Comparison } from '@newslens/language-service';
import { analyzeJson } from '../src/contract.js';
import type { RunResult } from '../src/run.js';
import { ROOT } from './helpers/cli.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/json-format.schema.json'), 'utf8')) as object);

function file(path: string, text: string) {
  const analysis = analyzeReport(text);
  return { path, format: 'text' as const, text: analysis.text, analysis, diagnostics: [], failed: false };
}

test('entity ids are the event-wide ids of the comparison; two local spellings merge; links and events sorted', () => {
  const a = file('b/one.txt', 'Barack Obama met Angela Merkel in Berlin. Obama left on Monday.\n');
  const b = file('a/two.txt', 'Angela Merkel greeted Barack Obama in Berlin.\n');
  const local = (f: typeof a, name: string) => {
    const e = f.analysis.entities.find((x) => x.name === name);
    assert.ok(e, `${name} in ${f.path}: ${f.analysis.entities.map((x) => x.name).join(', ')}`);
    return e;
  };
  const obamaA = local(a, 'Barack Obama');
  const merkelA = local(a, 'Angela Merkel');
  const merkelB = local(b, 'Angela Merkel');
  const comparison: Comparison = {
    events: [{ id: 'event:z', reports: [a.path, b.path] }],
    entities: [
      { id: 'x:merkel', kind: 'person', name: 'Angela Merkel', occurrences: [
        { report: a.path, entityId: merkelA.id, name: 'Angela Merkel', mentions: 1 },
        { report: b.path, entityId: merkelB.id, name: 'Angela Merkel', mentions: 1 },
      ] },
      { id: 'x:obama', kind: 'person', name: 'Barack Obama', occurrences: [{ report: a.path, entityId: obamaA.id, name: 'Barack Obama', mentions: 1 }] },
    ],
    links: [
      { kind: 'entity', from: { report: b.path, start: 0, end: 13 }, to: { report: a.path, start: 17, end: 30 }, score: 1 },
      { kind: 'entity', from: { report: a.path, start: 17, end: 30 }, to: { report: b.path, start: 0, end: 13 }, score: 1 },
    ],
    problems: {},
  };
  const run: RunResult = { files: [b, a], comparison, internalErrors: [] };
  const json = analyzeJson({ ...run, files: [...run.files].sort((x, y) => (x.path < y.path ? -1 : 1)) });
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const entity = (path: string, crossId: string) => json.reports.find((r) => r.path === path)?.entities.find((e) => e.crossId === crossId);
  assert.ok(entity(a.path, 'x:merkel') && entity(a.path, 'x:merkel')?.id === entity(b.path, 'x:merkel')?.id, 'one id in both reports of the event');
  assert.ok(entity(a.path, 'x:obama'));
  assert.deepEqual(json.links.map((l) => l.from.path), ['a/two.txt', 'b/one.txt']);
  assert.deepEqual(json.events.map((e) => ({ id: e.id, reports: e.reports })), [{ id: 'event:z', reports: ['a/two.txt', 'b/one.txt'] }]);
  // what both reports say ties them; a word only one says does not
  assert.ok(json.events[0].terms.includes('angela merkel') && json.events[0].terms.includes('berlin'), JSON.stringify(json.events[0].terms));
  assert.ok(!json.events[0].terms.some((t) => t.includes('monday')), JSON.stringify(json.events[0].terms));
  assert.ok(json.reports.every((r) => r.event === 'event:z'));
  // Entities are sorted by first mention; each id appears once per report.
  for (const r of json.reports) {
    const firsts = r.entities.map((e) => e.mentions[0].start);
    assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
    assert.equal(new Set(r.entities.map((e) => e.id)).size, r.entities.length);
  }
});

test('two local entities mapped to one event-wide id become one entity with all mentions', () => {
  const a = file('a.txt', 'Barack Obama met Angela Merkel in Berlin.\n');
  const ents = a.analysis.entities.filter((e) => e.kind === 'person');
  assert.ok(ents.length >= 2, ents.map((e) => e.name).join(', '));
  const comparison: Comparison = {
    events: [{ id: 'e', reports: ['a.txt'] }],
    entities: [{ id: 'x:haniyeh', kind: 'person', name: 'Ismail Haniyeh', occurrences: ents.map((e) => ({ report: 'a.txt', entityId: e.id, name: e.name, mentions: e.mentions.length })) }],
    links: [], problems: {},
  };
  const json = analyzeJson({ files: [a], comparison, internalErrors: [] });
  const merged = json.reports[0].entities.filter((e) => e.crossId === 'x:haniyeh');
  assert.equal(merged.length, 1);
  assert.equal(merged[0].mentions.length, ents.reduce((n, e) => n + e.mentions.length, 0));
});

test('an entity id is unique to its event; crossId follows one name across events; a quote speaker carries the id', () => {
  const texts = ['John Smith said the bridge was closed. "It is unsafe," Smith said.\n', 'John Smith, a teacher, won the prize. He thanked his pupils.\n'];
  const files = ['a/one.txt', 'a/two.txt', 'b/one.txt'].map((p, i) => file(p, texts[i === 2 ? 1 : 0]));
  const smith = (f: (typeof files)[number]) => f.analysis.entities.find((e) => e.name === 'John Smith')!;
  assert.ok(files.every((f) => smith(f)), 'John Smith found in every report');
  const comparison: Comparison = {
    events: [{ id: 'event:a/one.txt', reports: ['a/one.txt', 'a/two.txt'] }, { id: 'event:b/one.txt', reports: ['b/one.txt'] }],
    entities: [{ id: 'per:john-smith', kind: 'person', name: 'John Smith', occurrences: files.slice(0, 2).map((f) => ({ report: f.path, entityId: smith(f).id, name: 'John Smith', mentions: 2 })) }],
    links: [], problems: {},
  };
  const json = analyzeJson({ files, comparison, internalErrors: [] });
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const [one, two, other] = json.reports.map((r) => r.entities.find((e) => e.name === 'John Smith')!);
  assert.equal(one.id, two.id, 'the same id in both reports of one event');
  assert.notEqual(one.id, other.id, 'a namesake in another event has another id');
  assert.deepEqual([one.crossId, two.crossId, other.crossId], ['per:john-smith', 'per:john-smith', smith(files[2]).id]);
  const speaker = json.reports[0].quotes.find((q) => q.speaker)?.speaker;
  assert.equal(speaker?.entityId, one.id);
  const all = json.reports.flatMap((r) => r.entities.map((e) => e.id));
  assert.ok(all.every((id) => id.includes('@')) && json.reports.every((r) => new Set(r.entities.map((e) => e.id)).size === r.entities.length));
});

test('an unattributed-claim diagnostic says its kind of claim (claimKind); other diagnostics do not have the field', () => {
  const a = file('a.txt', 'The strike killed at least 17 people on Tuesday.\nPrime Minister Netanyahu “said it.\n');
  const diagnostics = createLanguageService().doValidation(a.analysis, cloneDefault());
  const json = analyzeJson({ files: [{ ...a, diagnostics }], comparison: { events: [], entities: [], links: [], problems: {} }, internalErrors: [] });
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const claim = json.diagnostics.find((d) => d.code === 'unattributed-claim');
  assert.equal(claim?.claimKind, 'casualty');
  const others = json.diagnostics.filter((d) => d.code !== 'unattributed-claim');
  assert.ok(others.length > 0 && others.every((d) => !('claimKind' in d)), JSON.stringify(json.diagnostics));
});

test('attributions carry their sourceType, and a vague or source-less one without a diagnostic says why', () => {
  const a = file('a.txt', [
    'A spokeswoman for Hillary Clinton said the campaign raised more than $5 million.',
    'Officials said the strike killed 12 people.',
    '“Nobody is reported to have been hurt,” Mayor Elena Ruiz said.',
  ].join('\n\n') + '\n');
  const json = analyzeJson({ files: [a], comparison: { events: [{ id: 'e', reports: ['a.txt'] }], entities: [], links: [], problems: {} }, internalErrors: [] });
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const got = json.reports[0].attributions.map((t) => [t.source?.text ?? t.cue.text, t.sourceKind, t.sourceType, t.noDiagnostic ?? null]);
  assert.deepEqual(got, [
    ['A spokeswoman for Hillary Clinton', 'named', 'organization', null],
    ['Officials', 'vague', 'anonymous', null],
    ['is reported to', 'none', 'none', 'quoted'],
    ['Mayor Elena Ruiz', 'named', 'person', null],
  ]);
});

test('labels: each entity carries what the report calls it, with kind, loaded words and quotation, valid against the schema', () => {
  const text = 'Hamas attacked Israel in October. Israel vowed to destroy the militant group. Officials called the terrorists "a regime of thugs."\n' +
    'Chinese diplomat Wang Kejian, the former ambassador to Lebanon, met Ismail Haniyeh in Qatar.\n';
  const a = file('a.txt', text);
  const json = analyzeJson({ files: [a], comparison: { events: [{ id: 'e', reports: ['a.txt'] }], entities: [], links: [], problems: {} }, internalErrors: [] });
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const entities = json.reports[0].entities;
  const hamas = entities.find((e) => e.name === 'Hamas');
  assert.deepEqual(hamas?.labels.map((l) => [l.text, l.kind, l.loaded, l.quoted]), [
    ['the militant group', 'reference', [], false],
    ['the terrorists', 'reference', ['terrorists'], false],
  ]);
  const wang = entities.find((e) => e.name === 'Wang Kejian');
  assert.deepEqual(wang?.labels.map((l) => [l.text, l.kind]), [['Chinese diplomat', 'title'], ['the former ambassador to Lebanon', 'apposition']]);
  for (const e of entities) for (const l of e.labels) assert.equal(text.slice(l.start, l.end), l.text);
});

test('front matter: publishedAt, source, title, url, author and the event pin are in the report; a report without them has none of the fields', () => {
  const a = file('a.txt', [
    '---', 'title: Minister resigns', 'date: 2024-03-19T23:30:00-05:00', 'outlet: Example News', 'url: https://example.com/a',
    'author: [Jane Doe, John Roe]', 'event: Cabinet-Crisis', 'tags: [politics]', '---', 'The minister resigned on Tuesday, officials said.', '',
  ].join('\r\n'));
  const b = file('b.txt', 'The minister resigned on Tuesday, officials said.\n');
  const json = analyzeJson({ files: [a, b], comparison: { events: [{ id: 'e', reports: ['a.txt'] }, { id: 'f', reports: ['b.txt'] }], entities: [], links: [], problems: {} }, internalErrors: [] });
  assert.ok(validate(json), JSON.stringify(validate.errors));
  const [ra, rb] = json.reports;
  assert.deepEqual(
    { publishedAt: ra.publishedAt, source: ra.source, title: ra.title, url: ra.url, author: ra.author, eventPin: ra.eventPin },
    { publishedAt: '2024-03-19', source: 'Example News', title: 'Minister resigns', url: 'https://example.com/a', author: 'Jane Doe, John Roe', eventPin: 'Cabinet-Crisis' },
  );
  for (const key of ['source', 'title', 'url', 'author', 'eventPin']) assert.ok(!(key in rb), key);
  assert.deepEqual(json.events.map((e) => e.terms), [[], []], 'an event of one report has no terms');
});
