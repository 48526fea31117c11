import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchQuoteWords, quoteWords } from '../src/compare/align/align-quotes.ts';

const all = (t: string) => ({ start: 0, end: t.length });
const match = (a: string, b: string) => matchQuoteWords(quoteWords(a, all(a)), quoteWords(b, all(b)), a, b);

test('quote elisions: words one report leaves out at an ellipsis are no change of wording', () => {
  const same: Array<[string, string]> = [
    ['We are going to rebuild this town, street by street, and nobody will be left behind', 'We are going to rebuild this town ... and nobody will be left behind'],
    ['We are going to rebuild this town, street by street, and nobody will be left behind', 'We are going to rebuild this town … and nobody will be left behind'],
    ['We are going to rebuild this town, street by street, and nobody will be left behind', 'We are going to rebuild this town. . . and nobody will be left behind'],
  ];
  for (const [x, y] of same) {
    assert.equal(match(x, y)?.same, true, `${x} / ${y}`);
    assert.equal(match(y, x)?.same, true, `${y} / ${x}`);
  }
});

test('quote elisions: without an ellipsis, or with other words where it stands, the wording differs', () => {
  const differ: Array<[string, string]> = [
    // words left out with no mark
    ['We are going to rebuild this town, street by street, and nobody will be left behind', 'We are going to rebuild this town and nobody will be left behind'],
    // an ellipsis, and a word changed elsewhere
    ['We are going to rebuild this town, street by street, and nobody will be left behind', 'We are going to rebuild this city ... and nobody will be left behind'],
    // words at the ellipsis that the other report does not have: not an elision
    ['We are going to rebuild this town, street by street, and nobody will be left behind', 'We are going to rebuild this town, house by house ... and nobody will be left behind'],
  ];
  for (const [x, y] of differ) {
    const m = match(x, y);
    assert.ok(m, `${x} / ${y}: linked`);
    assert.equal(m.same, false, `${x} / ${y}`);
  }
});
