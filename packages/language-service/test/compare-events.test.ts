import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { groupEvents } from '../src/compare/group-events.ts';
import { reportTerms, withoutHosts } from '../src/compare/events/features.ts';
import { mendNameSlips } from '../src/compare/events/name-slips.ts';
import { eventTies } from '../src/compare/event-ties.ts';
import type { EventGroup, ReportInput } from '../src/compare/types.ts';
import { analysisOf } from './helpers/compare-fixtures.ts';

const input = (id: string, text: string): ReportInput => ({ id, analysis: analysisOf({ id, text }) });

// Short passages in the manner of ECB+ (CC BY 3.0): two events on one topic, a third elsewhere.
const quakeA1 = 'A magnitude 6.1 earthquake struck the Indonesian province of Papua on Sunday, killing at least two people in Manokwari and damaging hotels near the harbour, officials said in Jakarta in January 2009.';
const quakeA2 = 'At least two people died in Manokwari when a strong earthquake of magnitude 6.1 hit Papua province, Indonesia, on Sunday; hotels by the harbour were damaged, Jakarta officials said (January 2009).';
const quakeB1 = 'A magnitude 5.9 earthquake shook the Iranian island of Qeshm in the Persian Gulf in November 2005, destroying villages around Dargahan and killing ten people, the ISNA news agency reported.';
const quakeB2 = 'Ten people were killed on Qeshm island when a 5.9 magnitude quake destroyed villages near Dargahan in November 2005, the Iranian news agency ISNA said; the Persian Gulf island was shaken for seconds.';
const rehab1 = 'Actress Tara Reid has entered the Promises Treatment Center in Malibu, her publicist told People magazine.';
const rehab2 = 'Tara Reid checked into the Promises rehab centre in Malibu, California, People magazine reported, quoting her publicist.';

const partition = (groups: EventGroup[]) => groups.map((g) => g.reports.join(' ')).sort();

test('reports of one event are grouped; two events on one topic are kept apart', () => {
  const groups = groupEvents([input('1.txt', quakeA1), input('2.txt', quakeB1), input('3.txt', rehab1), input('4.txt', quakeA2), input('5.txt', quakeB2), input('6.txt', rehab2)]);
  assert.deepEqual(partition(groups), ['1.txt 4.txt', '2.txt 5.txt', '3.txt 6.txt']);
});

test('event ids derive from the smallest report id; events and their reports are sorted', () => {
  const groups = groupEvents([input('b.txt', rehab2), input('z.txt', quakeA1), input('a.txt', rehab1), input('c.txt', quakeA2)]);
  assert.deepEqual(groups, [
    { id: 'event:a.txt', reports: ['a.txt', 'b.txt'] },
    { id: 'event:c.txt', reports: ['c.txt', 'z.txt'] },
  ]);
});

test('grouping never looks at ids: renamed and reordered reports give the same partition', () => {
  const texts = [quakeA1, quakeB1, rehab1, quakeA2, quakeB2, rehab2];
  const named = (ids: string[]) => texts.map((t, i) => input(ids[i], t));
  const p1 = groupEvents(named(['q-a-1', 'q-b-1', 'r-1', 'q-a-2', 'q-b-2', 'r-2']));
  const p2 = groupEvents(named(['f', 'e', 'd', 'c', 'b', 'a']).reverse());
  const toIndex = (groups: EventGroup[], ids: string[]) => groups.map((g) => g.reports.map((r) => ids.indexOf(r)).sort().join(',')).sort();
  assert.deepEqual(toIndex(p1, ['q-a-1', 'q-b-1', 'r-1', 'q-a-2', 'q-b-2', 'r-2']), toIndex(p2, ['f', 'e', 'd', 'c', 'b', 'a']));
});

test('no reports, one report, empty and odd texts', () => {
  assert.deepEqual(groupEvents([]), []);
  assert.deepEqual(groupEvents([input('a.txt', quakeA1)]), [{ id: 'event:a.txt', reports: ['a.txt'] }]);
  const groups = groupEvents([input('a.txt', ''), input('b.txt', ''), input('c.txt', '😀 — “” \r\n\uFEFF'), input('d.txt', '2009 2009 2009')]);
  assert.equal(groups.length, 4);
});

test('seeds: the two reports form one event', () => {
  const dir = join(import.meta.dirname, '../../../seeds');
  const files = readdirSync(dir).filter((f) => /^00[02]_.*\.txt$/.test(f)).sort();
  const reports = files.map((f) => ({ id: f, analysis: analyzeReport(readFileSync(join(dir, f), 'utf8')) }));
  // among unrelated reports too
  const others = [input('x1.txt', quakeA1), input('x2.txt', rehab1), input('x3.txt', quakeB2)];
  const groups = groupEvents([...others, ...reports]);
  assert.ok(groups.some((g) => g.reports.join(' ') === files.join(' ')), JSON.stringify(groups));
});

// Its cost is measured by `pnpm bench compare`, not here: tests never assert on timings.
test('4,000 reports on 1,000 events group correctly', () => {
  const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const eventText = (e: number) => {
    const names = Array.from({ length: 6 }, (_, k) => `Name${e}x${k}`);
    return (variant: number) => Array.from({ length: 60 }, (_, k) => (k % 5 === 0 ? names[(k + variant) % 6] : words[Math.floor(rand() * words.length)])).join(' ');
  };
  const reports: ReportInput[] = [];
  for (let e = 0; e < 1000; e++) {
    const t = eventText(e);
    for (let v = 0; v < 4; v++) reports.push(input(`e${e}-r${v}`, t(v)));
  }
  const groups = groupEvents(reports);
  assert.equal(groups.length, 1000);
  assert.ok(groups.every((g) => new Set(g.reports.map((r) => r.split('-')[0])).size === 1));
});

test("a web address' host names the outlet, not the event: it is no grouping term; its path words are", () => {
  const text = 'http://www.example-news.com/world/2009/jan/04/papua-quake-kills-two\nA magnitude 6.1 earthquake struck Papua. See www.other-site.org/live for more.';
  const blanked = withoutHosts(text);
  assert.equal(blanked.length, text.length);
  assert.ok(!blanked.includes('example-news') && !blanked.includes('other-site') && !blanked.includes('http'));
  const terms = [...reportTerms(analysisOf({ id: 'a.txt', text })).counts.keys()];
  assert.ok(!terms.some((t) => /example|other-site|^www$|^com$/.test(t)), terms.join(' '));
  assert.ok(terms.includes('world') && terms.includes('papua-quake-kills-two'), terms.join(' '));
});

test('two events told by one site stay apart: the shared host does not tie them', () => {
  const site = (path: string, text: string) => `http://www.daily-example-tribune.com/${path}\n${text}`;
  const groups = groupEvents([
    input('1.txt', site('world/papua-quake', quakeA1)),
    input('2.txt', site('people/reid-rehab', rehab1)),
    input('3.txt', site('world/papua-earthquake', quakeA2)),
    input('4.txt', site('people/tara-reid', rehab2)),
  ]);
  assert.deepEqual(partition(groups), ['1.txt 3.txt', '2.txt 4.txt']);
});

test("front matter: the title and the address' path are grouping terms, as when they open the text; outlet, author and date are not", () => {
  const body = 'At least two people died in Manokwari when a strong earthquake hit Papua province on Sunday, officials said.';
  const withBlock = analyzeReport(`---\ntitle: Papua quake kills two in Manokwari\ndate: 2009-01-04\nsource: Daily Example Tribune\nauthor: Jane Doe\nurl: http://www.daily-example-tribune.com/world/papua-quake-kills-two\n---\n${body}`);
  const inText = analyzeReport(`Papua quake kills two in Manokwari\nhttp://www.daily-example-tribune.com/world/papua-quake-kills-two\n${body}`);
  const terms = reportTerms(withBlock).counts;
  const keys = [...terms.keys()];
  for (const t of ['quake', 'kill', 'papua quake', 'papua-quake-kills-two', 'world']) assert.ok(keys.includes(t), `${t} missing: ${keys.join(' ')}`);
  assert.ok(!keys.some((t) => /tribune|jane|doe|example|^title$|^source$|^author$/.test(t)), keys.join(' '));
  // the words and word pairs are those of the same report with its headline and address as its first lines
  const words = (c: ReturnType<typeof reportTerms>['counts']) => new Map([...c.keys()].filter((k) => !/^[@#]/.test(k)).map((k, i) => [k, [...c.values()][i]]));
  assert.deepEqual(words(terms), words(reportTerms(inText).counts));
});

test('two reports whose scraper put the headline in the front matter group as they do with it in the text', () => {
  const fm = (title: string, text: string) => `---\ntitle: ${title}\nsource: Example News\n---\n${text}`;
  const reports = [
    // bodies that share no word: only the headlines tell which reports tell one event
    { id: '1.txt', title: 'Quake kills two in Papua', text: 'Rescue teams searched rubble overnight.' },
    { id: '2.txt', title: 'Two dead as quake hits Papua', text: 'Aftershocks rattled frightened villagers.' },
    { id: '3.txt', title: 'Tara Reid enters Malibu rehab', text: 'Her publicist confirmed it.' },
    { id: '4.txt', title: 'Tara Reid checks into rehab in Malibu', text: 'Magazine sources spoke Tuesday.' },
  ];
  const groups = groupEvents(reports.map((r) => ({ id: r.id, analysis: analyzeReport(fm(r.title, r.text)) })));
  assert.deepEqual(partition(groups), ['1.txt 2.txt', '3.txt 4.txt']);
});

test("the terms that tie an event read a front matter title's words as written", () => {
  const fm = (title: string, text: string) => analyzeReport(`---\ntitle: ${title}\n---\n${text}`);
  const a = fm('Volcano erupts near Goma', 'Residents fled overnight.');
  const b = fm('Volcano erupts near Goma again', 'Lava reached roads.');
  const ties = eventTies([{ id: 'event:a', reports: ['a', 'b'] }], new Map([['a', a], ['b', b]]));
  assert.ok(ties.get('event:a')!.some((t) => t.includes('erupts')), ties.get('event:a')!.join(' | '));
});

test('a name misspelt throughout one report keeps its weight in the grouping: its words are read as the other report spells them', () => {
  const a = reportTerms(analyzeReport('Pin-up model Bettie Pgae died on Thursday in Los Angeles. Pgae was 85.'));
  const b = reportTerms(analyzeReport('Bettie Page, the pin-up model, died on Thursday. Page was 85.'));
  const [ma, mb] = mendNameSlips([a, b]);
  const keys = [...ma.counts.keys()];
  for (const t of ['@bettie page', 'page', 'bettie page']) assert.ok(keys.includes(t), `${t} missing: ${keys.join(' ')}`);
  assert.ok(!keys.some((t) => t.includes('pgae')), keys.join(' '));
  assert.equal(mb, b, 'the report that needs no mending keeps its terms');
  // a report that names both is about two people; two words English knows are two words; a plural is another word
  const two = reportTerms(analyzeReport('Officer Tom Hansen and Officer Ray Hanson spoke on Monday.'));
  const other = reportTerms(analyzeReport('Officer Tom Hansen spoke on Monday.'));
  assert.deepEqual(mendNameSlips([two, other]), [two, other]);
  const plural = [reportTerms(analyzeReport('He won two Oscars last year.')), reportTerms(analyzeReport('He won an Oscar last year.'))];
  assert.deepEqual(mendNameSlips(plural), plural);
});

test('a surname misspelt throughout one report: the report still groups with the other report of its event', () => {
  // after ECB+ t22 (CC BY 3.0): the name is most of what the two reports share (similarity 0.05 unmended, under the threshold)
  const texts = [
    'Yvonne Hiller opened fire at the Kraft plant on Thursday night. Hiller had been suspended.',
    'Police arrested Yvonne Hilelr after the shooting. Hilelr is 43.',
    rehab1,
    rehab2,
  ];
  const groups = groupEvents(texts.map((t, i) => ({ id: `${i}.txt`, analysis: analyzeReport(t) })));
  assert.deepEqual(partition(groups), ['0.txt 1.txt', '2.txt 3.txt']);
});
