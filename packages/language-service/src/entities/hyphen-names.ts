import type { RawMention } from '../analysis/context.js';
import { lexiconTags } from './lexicon.js';
import { lookupPlace } from './gazetteer.js';
import { isPlaceName } from './name-edges.js';

/** A place's key (a gazetteer name or a country code), no nationality ("Anglo-French"). */
const isPlace = (key: string) => isPlaceName(key) && lookupPlace(key) !== 'demonym';

/**
 * Two names joined by a hyphen are two mentions when the report names each part elsewhere (or a part
 * is a place) and the pair modifies a noun ("Boeing-Air Force contract" with "Boeing" and "the Air
 * Force" in the report) or one part is a place ("based in San Jose-Cisco"); not a pair that stands as a
 * name of its own ("UWP-Hachette and a consortium of ...": a joint bidder), a name that is one place
 * whole ("Guinea-Bissau"), nor one whose parts the report never gives apart ("Rolls-Royce"). `text`
 * is the report's text, `keyOf` the resolution's name key.
 */
export function hyphenPairs(mentions: readonly RawMention[], text: string, keyOf: (text: string) => string): readonly RawMention[] {
  const joined = (m: RawMention) => !m.description && /\p{L}-\p{Lu}/u.test(m.text);
  if (!mentions.some(joined)) return mentions;
  const named = new Set(mentions.filter((m) => !m.description && (m.strength ?? 3) >= 1 && !m.text.includes('-')).map((m) => keyOf(m.text)));
  return mentions.flatMap((m) => {
    if (!joined(m) || isPlace(keyOf(m.text))) return [m];
    const cut = /\p{L}-\p{Lu}/u.exec(m.text)!.index + 1;
    const parts = [m.text.slice(0, cut), m.text.slice(cut + 1)];
    // one hyphen only: "Tuxtla-Gutierrez-Chiapas" says too little of where a name ends
    if (parts[1].includes('-')) return [m];
    const known = parts.map((p) => named.has(keyOf(p)) || isPlace(keyOf(p)));
    if (!known.every(Boolean) || !(parts.some((p) => isPlace(keyOf(p))) || modifiesNoun(text, m.end))) return [m];
    const part = (name: string, start: number): RawMention => {
      const place = isPlace(keyOf(name)) && !named.has(keyOf(name));
      return { start, end: start + name.length, text: name, kind: place ? 'place' : m.kind, form: 'full', descriptors: [], strength: 1 };
    };
    return [part(parts[0], m.start), { ...part(parts[1], m.start + cut + 1), form: m.form, descriptors: m.descriptors }];
  });
}

/** The word after `end` is a noun the name before it modifies ("... contract", "... talks"; not "and", "said"). */
function modifiesNoun(text: string, end: number): boolean {
  const next = /^ ([a-z]+)\b/.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  const tags = lexiconTags(next);
  return tags === null || tags.every((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Uncountable');
}
