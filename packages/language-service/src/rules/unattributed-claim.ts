/**
 * unattributed-claim: a check-worthy claim (a figure, a casualty count, an accusation) stated as
 * fact with no source. Docs: docs/rules/unattributed-claim.md.
 */
import { unsourcedClaims } from '../claims/claim-findings.js';
import { shorten } from '../text/excerpt.js';
import type { UnsourcedClaim } from './findings.js';
import { defineRule } from './rule.js';

const WHAT: Record<UnsourcedClaim['kind'], string> = { casualty: 'casualty figure', figure: 'figure', accusation: 'accusation' };

export const unattributedClaim = defineRule<UnsourcedClaim, 'unattributed-claim'>({
  code: 'unattributed-claim',
  defaultSeverity: 'warning',
  scope: 'report',
  summary: 'A check-worthy claim (a figure, a casualty count, an accusation) names no source.',
  check: ({ analysis }) => unsourcedClaims(analysis),
  message: (f) => `Unsourced ${WHAT[f.kind]}: '${shorten(f.text, 80)}' is given without a source`,
  cases: [
    { name: 'a casualty figure in a relative clause the "reportedly" does not reach', text: 'Beijing is also reportedly “deeply concerned” about the conflict, which has now seen [[more than 31,000 Palestinians killed and millions displaced]].' },
    { name: 'a massacre count', text: 'China has yet to condemn Hamas for the Oct. 7 terror attacks, which resulted in the massacre of [[more than 1,200 Israelis and dozens of Americans]].' },
    { name: 'an estimate of people', text: 'He has even pledged to invade Rafah, where [[more than 1 million Palestinians]] have fled to get away from the violence.' },
    { name: 'a death toll', text: 'The strike killed [[at least 17 people]] on Tuesday.' },
    { name: 'a death toll after a date', text: 'On May 5, [[more than 300 people were killed]] in the strike.' },
    { name: 'a sum of a million or more', text: 'The company was fined [[$185 million]] last year.' },
    { name: 'two figures in two clauses', text: '[[Some 52 percent of registered voters]] back the plan, and [[about 300 families]] left.' },
    { name: 'a negated cue does not source', text: 'The mayor isn’t saying whether [[more than 300 people were evacuated]].' },
    { name: 'a named outlet reports it', text: 'CNN reported that more than 300 people were killed in the strike.' },
    { name: 'a named party claims it', text: 'Hamas claimed that more than 300 people were killed in the strike.' },
    { name: '"according to" a named statement', text: 'According to a Hamas statement, more than 300 people were killed in the strike.' },
    { name: 'the source after the claim', text: 'More than 300 people were killed in the strike, the health ministry said.' },
    { name: '"per" a named count', text: 'Per a United Nations count, more than 300 people were killed in the strike.' },
    { name: 'a named newspaper report', text: 'Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million.' },
    { name: 'by a named count', text: 'By the Health Ministry’s count, more than 300 people were killed.' },
    { name: 'a quote has a speaker', text: 'He said: “More than 300 people were killed in the strike.”' },
    { name: 'a question', text: 'Were more than 300 people killed in the strike?' },
    { name: 'a headline', text: 'More Than 300 People Killed In Strike On Gaza City' },
    { name: 'speculation', text: 'The plan would require Israel to release hundreds of Palestinian prisoners.' },
    { name: 'small numbers, durations and years', text: 'Two Vermont developers met three officials for four days in 2015.' },
    { name: 'everyday numbers', text: 'The phone costs $199, and the Nasdaq index fell 2.36% as Boeing delivered 179 tankers.' },
    { name: 'a judgement of the writer is no accusation', text: 'China has exploited the Israel-Hamas war as an opportunity to curry favor with nations.' },
  ],
});
