// The loaded-word lexicon: evaluative labels and verbs, words that tell the reader what to think of
// whom they name or what they report, where a neutral word says the same fact (docs/loaded-words.md
// gives each group's argument). The project's own list, argued word by word; no research lexicon's
// entries are copied. Lower case; a plural or verb form is listed as written.
import type { Span } from '../types.js';

/** Why the words of one group are loaded, and the neutral word a report could use instead. */
export interface LoadedGroup {
  /** What the words do: `label` (name someone), `verb` (report what someone said or did). */
  kind: 'label' | 'verb';
  /** The neutral words the same fact could be told with. */
  neutral: string;
  words: readonly string[];
}

export const LOADED_GROUPS: readonly LoadedGroup[] = [
  // a government named for its illegitimacy (AP: "regime" for authoritarian governments only, as a judgment)
  { kind: 'label', neutral: 'government, administration, leadership', words: ['regime', 'regimes', 'junta', 'dictatorship', 'puppet'] },
  // a group or its members named by a crime the outlet asserts ("terrorist" is a judgment the AP and Reuters leave to attributed speakers);
  // not 'fanatic': in news mostly an enthusiast ("a fanatic about boxing"), judged wrong on half A
  {
    kind: 'label', neutral: 'militant, armed group, fighters',
    words: ['terrorist', 'terrorists', 'terror', 'jihadist', 'jihadists', 'extremist', 'extremists', 'radical', 'radicals'],
  },
  // a political allegiance used as an epithet for a state or its officials ("the Chinese communists" for China's government)
  { kind: 'label', neutral: "the country's name, the government", words: ['communist', 'communists', 'commie', 'commies', 'marxist', 'marxists'] },
  // contempt for people; not 'rioters' (the wire word for people in a riot) nor 'crook' (a thief who did steal): none of their marks judged right on half A
  {
    kind: 'label', neutral: 'protesters, attackers, supporters, officials',
    words: ['thug', 'thugs', 'mob', 'mobs', 'looters', 'hordes', 'henchmen', 'cronies', 'stooge', 'stooges', 'zealots', 'zealot', 'bureaucrats'],
  },
  // a person's standing judged in an adjective
  {
    kind: 'label', neutral: '(no adjective)',
    words: ['embattled', 'beleaguered', 'disgraced', 'controversial', 'gaffe-prone', 'scandal-plagued', 'scandal-ridden', 'firebrand', 'hardline', 'hard-line', 'notorious', 'infamous', 'self-styled', 'so-called', 'rogue', 'strongman', 'despot', 'tyrant', 'warmonger'],
  },
  // saying told as attacking (for "criticised", "said")
  {
    kind: 'verb', neutral: 'criticised, said',
    // not 'ripped', 'torched', 'trashed': in news they are mostly the literal act (a fire, a vandal), judged wrong on half A
    words: ['slammed', 'slams', 'slam', 'blasted', 'blasts', 'lambasted', 'lambasts', 'bashed', 'bashes', 'savaged', 'railed', 'rails', 'eviscerated', 'skewered'],
  },
  // conceding told as weakness or guilt
  {
    kind: 'verb', neutral: 'agreed, changed course, said',
    words: ['buckled', 'buckles', 'caved', 'caves', 'capitulated', 'backpedaled', 'backpedalled', 'flip-flopped'],
  },
  // saying told as untruthful or evasive; not 'insisted': in news a demand ("insisted that the union agree") or a firm
  // assertion against contradiction, none of its marks judged right on half A
  {
    kind: 'verb', neutral: 'said, did not answer',
    words: ['claimed', 'claims', 'dodged', 'dodges', 'ducked', 'spewed', 'peddled', 'peddles', 'feigning', 'feigned', 'whined', 'ranted', 'boasted', 'bragged'],
  },
  // taking told as greed; not 'grabbed', 'snatched': in news mostly the literal act (a robber, a rebound), judged wrong on half A
  { kind: 'verb', neutral: 'seeking, acquiring', words: ['gobbling', 'gobbled', 'cozying', 'cosying'] },
];

const WORDS: ReadonlyMap<string, LoadedGroup> = new Map(LOADED_GROUPS.flatMap((g) => g.words.map((w) => [w, g] as const)));

/** The group of a word already in lower case (compromise's normal form), if it is loaded: one map look-up. */
export function loadedGroupOfNormal(normal: string): LoadedGroup | undefined {
  return WORDS.get(normal);
}

/** Inside one of the quotations (marks included). */
export function insideQuote(span: Span, quotes: readonly Span[]): boolean {
  return quotes.some((q) => q.start <= span.start && span.end <= q.end);
}
