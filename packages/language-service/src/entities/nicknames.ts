import type { RawMention, Strength } from '../analysis/context.js';
import { lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';

// A nickname between a person's given name and surname ("Vincent 'The Chin' Gigante", "Luis
// Gerardo (Jerry) Ortiz", "Joaquin "El Chapo" Guzman") is inside one name: without the join the
// given name and the surname were two mentions, the person named in full went missing, and the bare
// surname went to a relative the report named in full once ("his brother, the Rev. Louis Gigante").

/** A nickname in quotes or brackets: one to three words, the first capitalised or "the". */
const NICK = String.raw`(?:["“](?:the |The )?\p{Lu}[^"“”\n]{0,24}["”]|['‘](?:the |The )?\p{Lu}[^'‘’\n]{0,24}['’]|\((?:the |The )?\p{Lu}[^()\n]{0,24}\))`;
/** The whole gap between the given name and the surname, spaces around the nickname. */
const NICKNAME_GAP = new RegExp(String.raw`^[ \t]+${NICK}[ \t]+$`, 'u');
/** A nickname inside a name's text, with the space before it: what the name's key leaves out. */
const NICKNAME_IN = new RegExp(String.raw`[ \t]+${NICK}(?=[ \t]+\p{Lu})`, 'u');
/** At most this many words inside the quotes or brackets. */
const NICKNAME_WORDS = 3;

/** The name without a nickname inside it ("Vincent 'The Chin' Gigante" -> "Vincent Gigante"). */
export function withoutNickname(text: string): string {
  return /["“'‘(]/.test(text) ? text.replace(NICKNAME_IN, '') : text;
}

/** The lexicon knows the word as a given name. */
function isGivenName(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase()) ?? [];
  return tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName');
}

/** The first word of a mention is a given name: the mention was taken for a person, or the lexicon knows the word as one. */
function opensWithGivenName(m: RawMention): boolean {
  return m.kind === 'person' || isGivenName(m.text.split(/\s+/)[0]);
}

/**
 * Joins a given name, a nickname in quotes or brackets and the surname after it into one person's
 * mention (paragraph offsets; `out` sorted by start): the nickname's own mention is dropped.
 * `givenAlone`: the given name must be one word (the mentions of a title-case headline).
 */
export function joinNicknames(text: string, out: RawMention[], givenAlone = false): void {
  for (let i = 0; i < out.length; i++) {
    const x = out[i];
    // a title-case headline's words are all mentions: there only a lone given name, no name before a quoted work ("Gary Ross 'Catching Fire' Talks")
    if (givenAlone && x.text.includes(' ')) continue;
    // a given name, or a word taken for a name only by guess ("Vittorio" opening a sentence): no place, no sure organisation
    const guessed = (x.strength ?? 3) <= 1 && x.kind !== 'place';
    if (x.form !== 'full' || x.description || (x.strength ?? 3) === 0 || !(opensWithGivenName(x) || guessed)) continue;
    // the surname: the first mention after the nickname (the nickname's own mentions, one a word in a
    // title-case headline, may come between)
    let k = i + 1;
    while (k < out.length && out[k].start < x.end) k++;
    let j = k;
    while (j < out.length && j - k <= NICKNAME_WORDS && !NICKNAME_GAP.test(text.slice(x.end, out[j].start))) j++;
    if (j >= out.length || j - k > NICKNAME_WORDS) continue;
    const z = out[j];
    const gap = text.slice(x.end, z.start).trim();
    const nick = gap.slice(1, -1).trim();
    if (nick.split(/\s+/).length > NICKNAME_WORDS || !/^\p{Lu}/u.test(z.text) || z.text.includes(' ') || z.description || lookupPlace(nick)) continue;
    // brackets hold many things after a name ("Olaf Ludwig (Germany) Telekom" in a results list): only a given name there
    if (gap.startsWith('(') && !isGivenName(nick)) continue;
    const joined: RawMention = {
      start: x.start, end: z.end, text: text.slice(x.start, z.end), kind: 'person', form: z.form,
      descriptors: [...x.descriptors, ...z.descriptors], strength: Math.max(2, x.strength ?? 3, z.strength ?? 0) as Strength,
    };
    out.splice(i, j - i + 1, joined);
  }
}
