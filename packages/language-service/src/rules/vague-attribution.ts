/**
 * vague-attribution: a claim sourced only vaguely ("reportedly", "allegedly", "sources say",
 * unnamed officials). Docs: docs/rules/vague-attribution.md.
 */
import { vagueSources } from '../claims/claim-findings.js';
import { shorten } from '../text/excerpt.js';
import type { VagueSource } from './findings.js';
import { defineRule } from './rule.js';

export const vagueAttribution = defineRule<VagueSource, 'vague-attribution'>({
  code: 'vague-attribution',
  defaultSeverity: 'information',
  scope: 'report',
  summary: 'A claim is sourced only vaguely ("reportedly", "sources say", unnamed officials).',
  check: ({ analysis }) => vagueSources(analysis),
  message: (f) => (f.adverb !== null
    ? `Vaguely sourced claim: '${f.adverb}' does not name who says so`
    : `Vaguely sourced claim: the source '${shorten(f.source ?? '', 80)}' is not named`),
  cases: [
    { name: '"reportedly" covers its clause only', text: '[[Beijing is also reportedly “deeply concerned” about the conflict]], which has now seen more than 31,000 Palestinians killed.' },
    { name: '"allegedly" before a quote', text: '[[Wang allegedly "emphasized that the Hamas movement is part of the Palestinian national fabric."]]' },
    { name: 'unnamed officials', text: '[[Israeli officials said the army had destroyed more than 300 tunnels]].' },
    { name: 'an unnamed top official', text: '[[Yet a top official in Israel has pledged to enter Rafah “even if the entire world turns on Israel.”]]' },
    { name: '"is said to"', text: '[[The minister is said to have approved more than 300 permits]].' },
    { name: '"by one estimate"', text: '[[In the north, 300,000 acres of forest have been damaged by mining, by one estimate]].' },
    { name: 'named speakers', text: 'Wang said the talks were useful, and the ministry confirmed it.' },
    { name: 'a named committee', text: 'A web video by the Republican National Committee references four cases in which Kaine defended people accused of rape or murder.' },
    { name: 'a spokeswoman of a named person', text: 'A spokeswoman for Hillary Clinton says the campaign raised more than $5 million.' },
  ],
});
