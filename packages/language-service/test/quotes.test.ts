// Quotes and the unbalanced-quote rule: data-driven with span markers. In `quotes` cases every
// [[span]] is a quote (marks included); in `problems` cases every [[span]] is an offending mark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseMarkers, spanTexts } from './helpers/markers.js';

const quoteCases: Array<[string, string]> = [
  ['curly double', 'Both sides [[“exchanged views on the Gaza conflict,”]] per a readout.'],
  ['straight double', 'Wang and Haniyeh [["exchanged views"]] while in Qatar.'],
  ['nested straight singles', 'Haniyeh said he was [["proud of the [[\'close relations\']] with China"]].'],
  ['nested curly singles', 'He said [[“they were [[‘deeply concerned’]] about it.”]]'],
  ['plural possessive inside nested single', 'She said [["the [[\'Palestinians\' right\']] matters"]].'],
  ['multi-sentence', 'He said: [[“We came. We saw. We left.”]] Then he went home.'],
  ['two quotes in one sentence', 'It included [[“the ways to stop the war”]] as well as [[“the delivery of urgent aid.”]]'],
  ['multi-paragraph convention', 'He said: [[“First part of the quote.\n\n“And the second part.”]] Then silence.'],
  ['one paragraph a line, the same convention', 'He said: [[“First part.\n“Second part.”]] Done.'],
  ['multi-paragraph with CRLF', 'He said: [[“First part.\r\n\r\n“Second part.”]] Done.'],
  ['top-level single in a headline', 'Flynn says Trump [[\'absolutely right\']] on Russia'],
  ['emoji inside', 'She wrote [[“great day 😀 for all”]] on Twitter.'],
  ['a curly quote nested in a straight one', 'He read: [["The question was: [[“Are you well?”]] and they said no."]]'],
  ['quote after an em dash', 'The answer—[["never"]]—was final.'],
  ['a phrase in double marks nested in a curly quote', 'She said the city is [[“what they call [[“home”]] for thousands,”]] and left.'],
  ['a phrase in straight marks nested in a straight quote', 'He wrote, [["Witnesses heard [["fire!"]] before the blast."]] Police did not comment.'],
  ['an excerpt over paragraphs, one opening with a quote of the other kind', 'It reads:\n\n[["The first paragraph.\n\n[[“It was fine,”]] she said, and it ends here."]]'],
  ['an excerpt over lines, one opening with a quote of the other kind', '[["The excerpt starts.\n[[“We will win,”]] he said.\nThe excerpt ends."]]'],
  ['a height inside a quote', 'He said: [[“He is 6’2”,”]] and smiled.'],
  // ECB+ t06 (6_10ecbplus, 6_11ecbplus): single quotes do not nest in single quotes; a headline's quote closes on its line
  ['a plural possessive before the next single quote closes the first', 'Gary Ross in negotiations to direct [[‘Hunger Games’]] sequel [[‘Catching Fire’]]'],
  ['straight singles: the same', 'Pollsters know [[\'Trump Leads\']] draws more clicks than [[\'We Don\'t Know\']] does.'],
  ['a plural possessive closing its line, not a mark lines on', '[[\'The Hunger Games\']] sequel is in negotiations.\n04/04/2012\nAccording to \'\'The Hollywood Reporter\'\', Ross is close to a deal.'],
];

const noQuoteCases: Array<[string, string]> = [
  ['apostrophes', 'Don’t ask Isma’il about Israel\'s plans; it isn\'t the 90s.'],
  ['decade and elisions', 'Back in the \'90s they played rock \'n\' roll and \'em all.'],
  ['plural possessive at top level', 'The players\' union and the kids\' toys.'],
  ['inch and foot marks', 'He is 5\'10" tall and carried a 12" pipe.'],
  ['curly inch marks', 'It comes with a 13.3” or a 15” display.'],
  ['the attribute values of leftover markup', '<tweet pic="" author="someone" timestamp="1454432400">Polls close at eight.</tweet>.'],
  ['curly attribute marks in a link tag', 'See <a href=”https://example.com/a” target=”_blank”>the list</a>.'],
];

describe('quotes', () => {
  for (const [name, marked] of quoteCases) {
    test(name, () => {
      const { text, spans } = parseMarkers(marked);
      const r = extractQuotes(text);
      assert.deepEqual(spanTexts(text, r.quotes), spans.map((s) => s.text));
      assert.deepEqual(r.unbalanced, []);
      for (const q of r.quotes) {
        assert.equal(q.content.start, q.start + 1);
        assert.equal(q.content.end, q.end - 1);
        assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
      }
    });
  }
  for (const [name, text] of noQuoteCases) {
    test(`no quote: ${name}`, () => {
      const r = extractQuotes(text);
      assert.deepEqual(spanTexts(text, r.quotes), []);
      assert.deepEqual(r.unbalanced, []);
    });
  }

  // typed as two apostrophes (PolNeAR's New York Times files), or opened with two backticks (ECB+ t01)
  for (const [name, marked, content] of [
    ['two apostrophes', "Asked again, she shook her head and said, [[''No.'']] Aides left.", 'No.'],
    ['two apostrophes, then the speaker', "[[''We are ready,'']] said Jane Reed, a teacher.", 'We are ready,'],
    ['two backticks, then two apostrophes', 'He was known as the [[``bagman\'\']] who paid them.', 'bagman'],
    ['three apostrophes close a single quote and the double one around it', "[[''He told me, [['We are not leaving.']]'']] Reed recalled.", "He told me, 'We are not leaving.'|We are not leaving."],
  ]) {
    test(`a quote typed with two marks: ${name}`, () => {
      const { text, spans } = parseMarkers(marked);
      const a = analyzeReport(text);
      assert.deepEqual(spanTexts(text, a.quotes), spans.map((s) => s.text));
      assert.deepEqual(a.quotes.map((q) => q.content.text), content.split('|'));
      assert.deepEqual(a.problems.filter((p) => p.code === 'unbalanced-quote'), []);
    });
  }

  test('a mark typed as two apostrophes is read for quotes but never reported unbalanced', () => {
    const text = "''We are ready,'' she said. ''We will stay on.\n\nThe vote is Monday.";
    const a = analyzeReport(text);
    assert.deepEqual(a.quotes.map((q) => q.content.text), ['We are ready,']);
    assert.deepEqual(a.problems.filter((p) => p.code === 'unbalanced-quote'), []);
  });

  test('a nested double quote has depth 1', () => {
    const r = extractQuotes('He read: "The question was: “Are you well?” and they said no."');
    assert.deepEqual(r.quotes.map((q) => q.depth), [0, 1]);
  });

  test('a phrase in double marks of the same kind nested in a quote has depth 1', () => {
    const r = extractQuotes('She said the city is “what they call “home” for thousands,” and left.');
    assert.deepEqual(r.quotes.map((q) => [q.content.text, q.depth]), [['what they call “home” for thousands,', 0], ['home', 1]]);
  });

  test('a curly mark turned the wrong way bounds its quote, and is the one mark reported', () => {
    for (const [text, side] of [
      ['The mayor called the plan ”a waste of money” on Monday.', 'opened-with-closing-mark'],
      ['“We will rebuild,“ the mayor said. “All of it.”', 'closed-with-opening-mark'],
    ] as const) {
      const r = extractQuotes(text);
      assert.deepEqual(r.quotes.map((q) => q.content.text), side === 'opened-with-closing-mark' ? ['a waste of money'] : ['We will rebuild,', 'All of it.']);
      const at = side === 'opened-with-closing-mark' ? text.indexOf('”') : text.indexOf('“', 1);
      assert.deepEqual(r.unbalanced, [{ start: at, end: at + 1, side }]);
    }
  });

  test('a long paragraph of marks that pair with nothing is read in bounded time', () => {
    const text = `He said ${'“a,“ b ”c '.repeat(3000)}`;
    const t0 = performance.now();
    const r = extractQuotes(text);
    assert.ok(performance.now() - t0 < 5000, `${performance.now() - t0} ms`);
    assert.ok(r.unbalanced.length > 0);
  });

  test('depth: 0 at the top level, 1 nested', () => {
    const r = extractQuotes('He said "we are \'proud\' of it" today.');
    assert.deepEqual(r.quotes.map((q) => [q.content.text, q.depth]), [['we are \'proud\' of it', 0], ['proud', 1]]);
  });

  test('a headline or a caption line ends a quote left open on it (one sentence a line, ECB+ 22_3ecbplus, 12_9ecb)', () => {
    const text = 'CHARGED WITH MURDER: the "very spiritual\' female Kraft employee who shot three co-workers\n'
      + 'The woman who allegedly shot three co-workers has been charged with murder.\n'
      + 'Kenneth Dorsey says the woman is a good person.\n'
      + '“We talked about her Muslim faith and I wished her happy Ramadan,” Dorsey said.';
    const r = extractQuotes(text);
    assert.deepEqual(r.quotes.map((q) => q.content.text), ['We talked about her Muslim faith and I wished her happy Ramadan,']);
    assert.deepEqual(r.unbalanced, [{ start: text.indexOf('"'), end: text.indexOf('"') + 1, side: 'unclosed' }]);
    const caption = 'Mr Gates told the security conference:\n“The need for better means of co-operation has been highlighted by piracy.\n'
      + 'Robert Gates called for companies to protect their ships better\n“As with terrorism, piracy is a problem.”';
    assert.deepEqual(extractQuotes(caption).quotes.map((q) => q.content.text), ['As with terrorism, piracy is a problem.']);
  });

  test('a quote still runs over lines of one sentence each, and over a text wrapped at a fixed width', () => {
    const sentences = '“No.\nI\'ve done it.\nTrust me.\nI don\'t need to do anything anymore.”';
    assert.deepEqual(extractQuotes(sentences).quotes.map((q) => q.content.text), [sentences.slice(1, -1)]);
    const wrapped = 'The minister told reporters on Monday that "the plan will go ahead in\nMarch whatever the unions say" and left the\nbuilding without taking any more questions from\nthe press.';
    assert.deepEqual(extractQuotes(wrapped).quotes.map((q) => q.content.text), ['the plan will go ahead in\nMarch whatever the unions say']);
  });

  test('the seeds: every double quote balanced, apostrophes ignored', () => {
    for (const file of ['000_a34a0c6796c537b7.txt', '002_33abfcd25e3bfae5.txt']) {
      const text = readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
      const r = extractQuotes(text);
      assert.deepEqual(r.unbalanced, [], file);
      assert.ok(r.quotes.length >= 9, file);
      for (const q of r.quotes) assert.ok(!/^[’']|[‘']$/.test(q.content.text), q.content.text);
    }
  });
});

// What unbalanced-quote flags is the rule's case table (src/rules/unbalanced-quote.ts), run by rules.test.ts.
describe('unbalanced-quote', () => {
  test('is reported by the analysis, with a one-line message', () => {
    const r = analyzeReport('Wang said “China supports the plan.\n\nThe meeting ended.');
    const p = r.problems.filter((x) => x.code === 'unbalanced-quote');
    assert.equal(p.length, 1);
    assert.equal(r.text.slice(p[0].start, p[0].end), '“');
  });

  test('offsets after a BOM, CRLF and emoji', () => {
    const r = analyzeReport('\uFEFF😀 Wang said\r\n“yes.”\r\n\r\nHe said “no.');
    const q = r.quotes.map((x) => r.text.slice(x.start, x.end));
    assert.deepEqual(q, ['“yes.”']);
    const p = r.problems.filter((x) => x.code === 'unbalanced-quote');
    assert.deepEqual(p.map((x) => r.text.slice(x.start, x.end)), ['“']);
    assert.equal(p[0].start, r.text.lastIndexOf('“'));
  });
});
