// Two quotes of one story in like words that are not one quote reworded (written in session 23 for
// this test, not from any data set): two named people saying like things, a question and its
// answer, a lawsuit's words and a spokesman's denial. quote-mismatch must not pair them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { alignQuotes, QUOTE_ALIGN_OPTIONS } from '../src/compare/align/align-quotes.ts';
import { emptyOutput } from '../src/compare/align/output.ts';
import { flaggedEither, written, type Scene } from './helpers/sweep.ts';

const APART: readonly Scene[] = [
  ['Two speakers', '"We will rebuild this town stone by stone," Mayor John Hale said on Monday.', '"We will rebuild this city stone by stone," Governor Maria Lopez said on Tuesday.'],
  ['Lawsuit and spokesman', 'The lawsuit says the company "knowingly sold defective brakes to thousands of drivers."', '"We never knowingly sold defective parts to our drivers," a company spokesman said.'],
  ['Two tweets', 'Trump wrote on Twitter: "The election was rigged by the media and the pollsters."', 'Trump tweeted a day later: "The primary was rigged by the media and the party."'],
  ['Denial and accusation', '"He stole millions from the pension fund," prosecutor Ann Lee said.', '"I never stole a penny from the pension fund," Smith told reporters.'],
  ['Coach and player', '"We played our best game of the season tonight," coach Mike Brown said.', '"We played our worst game of the season tonight," guard Tony Parker said.'],
  ['Two officials', '"The situation at the border is under control," the interior minister said.', '"The situation at the border is out of control," the opposition leader said.'],
  ['Question and answer', 'A reporter asked, "Will you resign over the scandal?"', '"I will not resign over the scandal," Hale said.'],
  ['Two statements', 'The army said in a statement: "Our troops killed five militants in the raid."', 'The militants said in a statement: "Our fighters killed five soldiers in the raid."'],
];

/** One quote, one speaker, reworded by one outlet: still flagged. */
const SAME: readonly Scene[] = [
  ['One mayor', '"We will rebuild this town stone by stone," Mayor John Hale said on Monday.', '"We will rebuild this city stone by stone," Hale told reporters.'],
  ['One coach', '"We played our best game of the season tonight," coach Mike Brown said.', '"We played our finest game of the season tonight," Brown said after the game.'],
];

const flagged = (s: Scene) => flaggedEither(s, 'quote-mismatch');

// Before session 23 "Question and answer" was flagged too. Known false alarms, asserted so that a change either way is
// seen: two named people's like words (QUOTE_ALIGN_OPTIONS.maxSpeakerDistance parts them, and is off: across real
// reports one quote's speaker is read as two persons too often).
test('quote-mismatch: a question and its answer are not one quote reworded; two people\'s like words are known false alarms', () => {
  assert.deepEqual(APART.filter(flagged).map((s) => s[0]), ['Two speakers', 'Coach and player']);
});

test('quote-mismatch: with maxSpeakerDistance on, two named people\'s like words are not one quote', () => {
  const on = ([head, sa, sb]: Scene) => {
    const reports = [sa, sb].map((x, i) => ({ id: `${'ab'[i]}.txt`, analysis: analyzeReport(written(head, x)) }));
    const out = emptyOutput();
    // no person named in both reports: each speaker is its report's own
    alignQuotes(reports, out, new Map(), { ...QUOTE_ALIGN_OPTIONS, maxSpeakerDistance: 60 });
    return Object.values(out.problems).flat().some((p) => p.code === 'quote-mismatch');
  };
  assert.deepEqual(APART.filter(on).map((s) => s[0]), []);
});

test('quote-mismatch: one speaker\'s quote reworded by one outlet is still flagged', () => {
  assert.deepEqual(SAME.filter((s) => !flagged(s)).map((s) => s[0]), []);
});
