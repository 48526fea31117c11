// Suppression comments and the config as applied by applyConfig / doValidation: data-driven,
// with span markers: every [[span]] is a problem; the test says which survive.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyConfig, cloneDefault, findSuppressions, type NewslensConfig, type Problem, type RuleCode } from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.js';

function problems(marked: string, code: RuleCode = 'unattributed-claim') {
  const { text, spans } = parseMarkers(marked);
  const list: Problem[] = spans.map((s) => ({ start: s.start, end: s.end, code, message: `claim: ${s.text}`, related: [] }));
  return { text, list };
}

function surviving(marked: string, config: NewslensConfig = cloneDefault(), code?: RuleCode, sentences?: Array<{ start: number; end: number }>): string[] {
  const { text, list } = problems(marked, code);
  return applyConfig(text, list, config, sentences).map((d) => text.slice(d.start, d.end));
}

describe('suppression comments', () => {
  const cases: Array<{ name: string; marked: string; kept: string[]; code?: RuleCode }> = [
    {
      name: 'disable-next-line with the code silences the next line only',
      marked: 'A [[one]].\n<!-- newslens-disable-next-line unattributed-claim -->\nB [[two]].\nC [[three]].\n',
      kept: ['one', 'three'],
    },
    {
      name: 'blank lines between the comment and the text are skipped',
      marked: '<!-- newslens-disable-next-line unattributed-claim -->\n\n\r\nB [[two]].\nC [[three]].',
      kept: ['three'],
    },
    {
      name: 'another code does not silence',
      marked: '<!-- newslens-disable-next-line vague-attribution -->\nB [[two]].',
      kept: ['two'],
    },
    {
      name: 'no code silences every code; a list separated by commas or spaces works',
      marked: '<!-- newslens-disable-next-line -->\n[[a]]\n<!--newslens-disable-next-line vague-attribution,unattributed-claim-->\n[[b]]\n<!-- newslens-disable-next-line  x  unattributed-claim -->\n[[c]]\n[[d]]',
      kept: ['d'],
    },
    {
      name: 'disable covers the rest of the file, not what comes before',
      marked: '[[before]]\n<!-- newslens-disable unattributed-claim -->\n[[after]]\n\n[[much later]]',
      kept: ['before'],
    },
    {
      name: 'CRLF line ends',
      marked: 'A [[one]].\r\n<!-- newslens-disable-next-line unattributed-claim -->\r\nB [[two]].\r\nC [[three]].\r\n',
      kept: ['one', 'three'],
    },
    {
      name: 'a comment on the last line silences nothing',
      marked: 'A [[one]].\n<!-- newslens-disable-next-line unattributed-claim -->',
      kept: ['one'],
    },
    {
      name: 'look-alike directives are not directives',
      marked: '<!-- newslens-disable-line unattributed-claim -->\n[[one]]\n<!-- newslens-disabled -->\n[[two]]\nnewslens-disable-next-line unattributed-claim\n[[three]]',
      kept: ['one', 'two', 'three'],
    },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(surviving(c.marked, cloneDefault(), c.code), c.kept));

  test('findSuppressions reports scope, codes and the covered range', () => {
    const text = 'x\n<!-- newslens-disable-next-line a b -->\nnext\n<!-- newslens-disable -->\nrest';
    const s = findSuppressions(text);
    assert.deepEqual(s.map((x) => [x.scope, x.codes, text.slice(x.covers.start, x.covers.end)]), [
      ['next-line', ['a', 'b'], 'next'],
      ['file', [], '\nrest'],
    ]);
  });
});

describe('config applied to problems', () => {
  test('rule severities override the defaults, and off drops the rule', () => {
    const { text, list } = problems('[[a]] [[b]]');
    const mixed: Problem[] = [{ ...list[0] }, { ...list[1], code: 'vague-attribution' }];
    const config = cloneDefault();
    assert.deepEqual(applyConfig(text, mixed, config).map((d) => `${d.code}:${d.severity}`), ['unattributed-claim:information', 'vague-attribution:information']);
    config.rules['unattributed-claim'] = 'error';
    config.rules['vague-attribution'] = 'off';
    assert.deepEqual(applyConfig(text, mixed, config).map((d) => `${d.code}:${d.severity}`), ['unattributed-claim:error']);
  });

  test('uncorroborated-claim is off by default; quote-mismatch is a warning, figure- and date-mismatch information (their held-out precision); name-variant a hint', () => {
    const p = (code: RuleCode): Problem => ({ start: 0, end: 1, code, message: code, related: [] });
    const ds = applyConfig('x', (['uncorroborated-claim', 'quote-mismatch', 'figure-mismatch', 'date-mismatch', 'name-variant'] as const).map(p), cloneDefault());
    assert.deepEqual(ds.map((d) => `${d.code}:${d.severity}`), ['date-mismatch:information', 'figure-mismatch:information', 'name-variant:hint', 'quote-mismatch:warning']);
  });

  test('ignorePhrases silence the sentence holding the phrase (case-insensitive), not its neighbours', () => {
    const marked = 'Wire copy says [[31,000]] died. Our count is [[30,000]].\nThen [[five]] more.';
    const { text } = parseMarkers(marked);
    const second = text.indexOf('Our');
    const third = text.indexOf('Then');
    const sentences = [{ start: 0, end: second - 1 }, { start: second, end: third - 1 }, { start: third, end: text.length }];
    const config = { ...cloneDefault(), ignorePhrases: ['WIRE COPY'] };
    assert.deepEqual(surviving(marked, config, undefined, sentences), ['30,000', 'five']);
    // Without sentences, the whole line holding the phrase is silenced.
    assert.deepEqual(surviving(marked, config), ['five']);
  });

  test('file-level notices (empty spans) ignore ignorePhrases and suppression comments', () => {
    const text = '<!-- newslens-disable -->\nignored phrase';
    const notice: Problem = { start: 0, end: 0, code: 'file-skipped', message: 'skipped', related: [] };
    const ds = applyConfig(text, [notice], { ...cloneDefault(), ignorePhrases: ['ignored'] });
    assert.deepEqual(ds.map((d) => d.code), ['file-skipped']);
  });

  test('diagnostics are sorted by position, then code, then message', () => {
    const p = (start: number, code: RuleCode, message: string): Problem => ({ start, end: start + 1, code, message, related: [] });
    const ds = applyConfig('abcdef', [p(3, 'unbalanced-quote', 'b'), p(1, 'vague-attribution', 'a'), p(3, 'unbalanced-quote', 'a'), p(3, 'name-variant', 'z')], cloneDefault());
    assert.deepEqual(ds.map((d) => `${d.start}${d.code}${d.message}`), ['1vague-attributiona', '3name-variantz', '3unbalanced-quotea', '3unbalanced-quoteb']);
  });
});
