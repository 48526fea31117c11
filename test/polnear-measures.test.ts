// The definitions behind the PolNeAR figures of `pnpm eval attributions` and `pnpm eval quotes`
// (scripts/polnear-measures.ts), on sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { classifyCue, headOf, headPhrase, inflections, properHead, SAYING_VERBS, STANCE_VERBS } from '../scripts/polnear-measures.ts';

/** The [start, end) of the first `needle` in `text`. */
const at = (text: string, needle: string, from = 0): [number, number] => {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, needle);
  return [i, i + needle.length];
};

test('inflections follow English spelling', () => {
  assert.deepEqual(inflections('say').sort(), ['said', 'say', 'saying', 'says']);
  assert.deepEqual(inflections('deny').sort(), ['denied', 'denies', 'deny', 'denying']);
  assert.deepEqual(inflections('admit').sort(), ['admit', 'admits', 'admitted', 'admitting']);
  assert.deepEqual(inflections('stress').sort(), ['stress', 'stressed', 'stresses', 'stressing']);
  assert.deepEqual(inflections('argue').sort(), ['argue', 'argued', 'argues', 'arguing']);
  assert.deepEqual(inflections('call for').sort(), ['call for', 'called for', 'calling for', 'calls for']);
  assert.ok(inflections('write').includes('wrote') && inflections('write').includes('written'));
});

test('the word lists do not overlap', () => {
  assert.deepEqual(SAYING_VERBS.filter((v) => STANCE_VERBS.includes(v)), []);
});

test('a cue is classed by its verb: saying, stance first, "according to", cognition, other', () => {
  const t = 'The mayor told reporters the bridge would reopen, and her deputy wants to say more. According to the council, the cost rose. Residents believe it. The report was late. He made a claim about it. They claim it is safe.';
  assert.deepEqual(classifyCue(t, [at(t, 'told')]), { cls: 'saying', lemma: 'tell' });
  assert.deepEqual(classifyCue(t, [at(t, 'wants to say')]), { cls: 'stance', lemma: 'want' });
  assert.equal(classifyCue(t, [at(t, 'According to')]).cls, 'according to');
  assert.deepEqual(classifyCue(t, [at(t, 'believe')]), { cls: 'cognition', lemma: 'believe' });
  assert.equal(classifyCue(t, [at(t, 'a claim about')]).cls, 'other', 'a noun is not a verb of saying');
  assert.deepEqual(classifyCue(t, [at(t, 'claim it')]), { cls: 'saying', lemma: 'claim' });
  const c = 'The union called for a strike. The union calls on members.';
  assert.deepEqual(classifyCue(c, [at(c, 'called for')]), { cls: 'stance', lemma: 'call for' });
  assert.equal(classifyCue(c, [at(c, 'calls on')]).cls, 'other');
});

test('the head of a source phrase stands before its post-modifiers', () => {
  const t = 'Maria Lopez, a spokeswoman for the port, said so. A spokesman for the mayor said so. Secretary of State Ana Ruiz said so. The city’s lawyers said so. The Daily Courier reported it.';
  const head = (needle: string) => headOf(t, [at(t, needle)])?.text;
  assert.equal(head('Maria Lopez, a spokeswoman for the port'), 'Lopez');
  assert.equal(head('A spokesman for the mayor'), 'spokesman');
  assert.equal(head('Secretary of State Ana Ruiz'), 'Ruiz');
  assert.equal(head('The city’s lawyers'), 'lawyers');
  assert.equal(head('The Daily Courier'), 'Courier');
});

test('a proper-name head: capitalised and not at a sentence start, or an entity mention; never a pronoun or a bare title', () => {
  const t = 'Officials in the town of Brackley met on Monday. The plan, Maria Lopez said, would cost more. The President said it was fine. She said it again. The Daily Courier reported it first.';
  const a = analyzeReport(t);
  const proper = (needle: string) => properHead(t, headPhrase(t, [at(t, needle)])!, a);
  assert.equal(proper('Maria Lopez'), true);
  assert.equal(proper('The President'), false);
  assert.equal(proper('She'), false);
  assert.equal(proper('The Daily Courier'), true);
  assert.equal(proper('Officials'), false);
});
