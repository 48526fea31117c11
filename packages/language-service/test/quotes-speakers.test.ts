// Speakers of quotes, through the whole analysis (speakers are attached after entity
// resolution). Each case marks the quote first and the expected speaker span second.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeReport, type Quote } from '@newslens/language-service';
import { attachSpeakers } from '../src/quotes/attach-speakers.ts';
import { parseMarkers } from './helpers/markers.js';

const cases: Array<[string, string]> = [
  ['X said he was "..."', '[[Haniyeh]] said he was [["proud of the close relations"]] with China.'],
  ['"...," X said.', '[[“We will stay,”]] [[Wang]] said.'],
  ['"...," said X.', '[[“We will stay,”]] said [[Mr. Smith]].'],
  ['X told Y that "..."', '[[Osama Hamdan]] told reporters that [["the battlefield is not confined to Gaza."]]'],
  ['per a readout', 'Both sides [[“exchanged views on the conflict,”]] per [[a brief Foreign Ministry readout]].'],
  ['X also noted that', '[[Wang]] also noted that [[“China is acting to preserve the relations”]] with the group.'],
  ['X allegedly "stressed"', '[[Wang]] allegedly [["stressed the close relations between the peoples."]]'],
  ['X said in a place, "..."', 'Last month, [[Wang]] said in Beijing, [["China supports the plan."]]'],
  ['a quote over two paragraphs, cue before', '[[Wang]] said: [[“We will stay.\n\n“And we will rebuild.”]] Nobody answered.'],
  ['a quote over two paragraphs, cue after', 'The talks ended. [[“We will stay.\n\n“And we will rebuild,”]] [[Wang]] said.'],
  ['a quote over two paragraphs with CRLF', '[[Wang]] said: [[“We will stay.\r\n\r\n“And we will rebuild.”]] Nobody answered.'],
  ['"X continued:" in the paragraph before', 'The polls were close.\n\n[[Caddell]] continued:\n\n[["The health issue is very much a partisan issue."]]'],
  ['"Publication reports:"', 'Donors pitched in.\n\n[[The New York Times]] reports:\n\n[["In an illustration of the lack of enthusiasm, few came."]]'],
  ['"...," title and name said Monday.', 'It was late. [[“We will get to the truth,”]] [[Tulsa police Chief Chuck Jordan]] said Monday.'],
  ['according to', 'The talks [[“went well,”]] according to [[the Foreign Ministry]].'],
  // issue 12 item 4 (invented sentences)
  ['a title in quotes before the subject is not the content', 'On the channel’s “Sunday Futures,” [[Rep. Darrell Issa]] said the senator’s [[“judgment”]] is in question.'],
  ['a quote after a sourced cue of its own sentence', '[[McConnell]] says that voters want a leader, but instead the mayor gives them [[“lectures and distractions.”]]'],
  ['a cue inside the quote is not its speaker', '[[He]] says [[“a lot of people claim they are undecided.”]]'],
  ['a quote that goes on in the next sentence', '“We will stay,” [[Wang]] said during the visit to Beijing. [[“We will rebuild the port. It is ours.”]] The talks ended.'],
  ['a quote that goes on in the next paragraph', '[[Wang]] said: “We will stay.”\n\n[[“We will rebuild the port.”]]'],
  // session 25 (invented sentences)
  ['a "...," said X, an apposition with a relative clause', 'The race is tight. This is a [[“hard time,”]] said [[Democratic strategist John Doe, a longtime ally]] who served with him in Albany.'],
  ['"... are long," says X: no passive across the closing quote', 'The race is tight. [[“The odds are long,”]] says [[Jane Roe]].'],
  ['"... are not," said X', 'The race is tight. [[“We are not,”]] said [[Mr. Smith]].'],
  ['an opening phrase, then X and a predicate closed by a colon', 'The race is tight.\nIn a Fox interview later that day, [[Donald Trump]] went even further: [[“If he loses, it is the end.”]]'],
  ['an organisation and its verb closed by a colon', 'The race is tight. [[Breitbart News]] responded: [[“If there are people in this country, we will see.”]]'],
  ['a roundup: "- Name:"', 'The race is tight. Polls agree - [[Carl Bialik]]: [[“Keep on contacting voters.”]]'],
  ['X, an aside, calls Y "..." (calls read as a noun by the tagger)', 'The race is tight. [[Jan Brewer, an early supporter of the mayor]], calls the issue of security [[“a priority”]] now.'],
  ['X calls Y "..."', 'The race is tight. [[Yang Shu]] calls the project [[“a mistake”]] in the interview.'],
  ['X referred to Y as "..."', '[[Bush]] referred to the senator as [[“a bright, charismatic leader”]] on Monday.'],
  ['X, a participle clause, called Y a "..."', '[[Gov. Jane Roe]], hoping to win in Ohio, called the mayor a [[“petulant child”]] on Monday.'],
];

function byStart(quotes: readonly Quote[], start: number): Quote | undefined {
  return quotes.find((q) => q.start === start);
}

describe('quote speakers', () => {
  for (const [name, marked] of cases) {
    test(name, () => {
      const { text, spans } = parseMarkers(marked);
      const quoteSpan = spans.find((s) => /^[“"']/.test(s.text))!;
      const speakerSpan = spans.find((s) => s !== quoteSpan)!;
      const r = analyzeReport(text);
      const q = byStart(r.quotes, quoteSpan.start);
      assert.ok(q, `quote at ${quoteSpan.start}`);
      assert.equal(q.end, quoteSpan.end);
      assert.deepEqual(q.speaker && [q.speaker.start, q.speaker.end], [speakerSpan.start, speakerSpan.end], JSON.stringify(q.speaker));
    });
  }

  test('a pronoun inside what a named source reports is that source', () => {
    const r = analyzeReport('Hillary Clinton spoke in Ohio with Donald Trump. Clinton says she appreciated what she calls a “war of words.”');
    const q = r.quotes[0];
    assert.equal(q.speaker?.text, 'she');
    assert.equal(q.speaker?.name, 'Hillary Clinton');
  });

  test('a quote after a sentence or a paragraph of narration is no continuation', () => {
    for (const t of [
      '“We will stay,” Wang said. The talks ended. “We will rebuild the port.”',
      'Wang said: “We will stay.”\n\nThe talks ended without a deal.\n\n“We will rebuild the port.”',
    ]) {
      const q = analyzeReport(t).quotes[1];
      assert.ok(q?.speaker?.text !== 'Wang', t);
    }
  });

  test('a place inside a description is not the speaker\'s entity', () => {
    const r = analyzeReport('Netanyahu spoke. Yet a top official in Israel has pledged to enter Rafah “even if the entire world turns on Israel.”');
    const q = r.quotes[0];
    assert.equal(q.speaker?.text, 'a top official in Israel');
    assert.equal(q.speaker?.entityId, null);
  });

  test('no speaker when the text names none', () => {
    for (const t of ['The so-called "two-state" solution is back on the table.', 'Partial transcript as follows:\n\n"Let us start with the news."']) {
      const r = analyzeReport(t);
      assert.equal(r.quotes.length, 1);
      assert.equal(r.quotes[0].speaker, null, t);
    }
  });

  test('"he" as the speaker is the person the pronoun resolver gives', () => {
    const text = 'Benjamin Netanyahu met them. He said "we will win."';
    const quote: Quote = { start: 37, end: 50, content: { start: 38, end: 49, text: 'we will win.' }, speaker: null, depth: 0 };
    const he = { start: 29, end: 31, text: 'He' };
    const netanyahu = { id: 'per:benjamin-netanyahu', kind: 'person' as const, name: 'Benjamin Netanyahu', descriptors: [],
      mentions: [{ start: 0, end: 18, text: 'Benjamin Netanyahu', form: 'full' as const }] };
    const attributions = [{ source: he, cue: { start: 32, end: 36, text: 'said' }, content: { start: 37, end: 50 }, sourceKind: 'named' as const }];
    const [q] = attachSpeakers(text, [quote], attributions, [{ ...netanyahu, pronouns: [he] }]);
    assert.deepEqual(q.speaker, { ...he, name: 'Benjamin Netanyahu', entityId: 'per:benjamin-netanyahu' });
    // no second guess where the resolver left "He" open
    assert.deepEqual(attachSpeakers(text, [quote], attributions, [netanyahu])[0].speaker, { ...he, name: 'He', entityId: null });
  });

  test('"he" stays unresolved when two people could be meant, and a title settles it', () => {
    const speaker = (t: string) => analyzeReport(t).quotes[0]?.speaker;
    assert.equal(speaker('Mr. Obama met Mrs. Clinton. He said "we will win."')?.entityId, 'per:obama');
    assert.equal(speaker('Dr. Obama met Dr. Clinton. He said "we will win."')?.entityId, null);
  });

  test('a speaker span holding an entity mention gets its id', () => {
    const text = '“Yes,” said the Foreign Ministry.';
    const entities = [{ id: 'org:foreign-ministry', kind: 'organization' as const, name: 'Foreign Ministry', descriptors: [],
      mentions: [{ start: 16, end: 32, text: 'Foreign Ministry', form: 'full' as const }] }];
    const attributions = [{ source: { start: 12, end: 32, text: 'the Foreign Ministry' }, cue: { start: 7, end: 11, text: 'said' },
      content: { start: 0, end: 6 }, sourceKind: 'named' as const }];
    const quote: Quote = { start: 0, end: 6, content: { start: 1, end: 5, text: 'Yes,' }, speaker: null, depth: 0 };
    const [q] = attachSpeakers(text, [quote], attributions, entities);
    assert.equal(q.speaker?.entityId, 'org:foreign-ministry');
    assert.equal(q.speaker?.name, 'Foreign Ministry');
  });

  test('seed 002: Haniyeh, Hamas, Wang and Osama Hamdan speak', () => {
    const text = readFileSync(new URL('../../../seeds/002_33abfcd25e3bfae5.txt', import.meta.url), 'utf8');
    const r = analyzeReport(text);
    const speakerOf = (start: string) => r.quotes.find((q) => q.content.text.startsWith(start))?.speaker?.text ?? null;
    assert.equal(speakerOf('proud of the close'), 'Haniyeh');
    assert.equal(speakerOf('cause the occupation'), 'Hamas');
    assert.equal(speakerOf('stressed the close'), 'Wang');
    assert.equal(r.quotes.find((q) => q.content.text.startsWith('China supports'))?.speaker?.name, 'Wang Kejian');
    assert.equal(speakerOf('China supports Palestine'), 'Wang');
    assert.match(speakerOf('the battlefield') ?? '', /^Osama Hamdan/);
    assert.equal(speakerOf('fully sovereign'), 'Haniyeh');
  });
});

test('a plural noun of saying after a determiner stays a noun', () => {
  assert.deepEqual(analyzeReport('The race is tight. Phone calls the campaign made were logged.').attributions, []);
});

test('a colon after a name that is no subject gives the quote no speaker', () => {
  const text = 'The race is tight. It is a blind faith in Obama’s word: “We will win.”';
  assert.equal(analyzeReport(text).quotes[0].speaker, null);
});
