import { memoize } from '../text/memo.js';
import { CITIES, COUNTRIES, COUNTRY_CODES, DEMONYMS, PROVINCES, REGIONS } from './gazetteer-data.js';
import { EXTRA_COUNTRIES, EXTRA_DEMONYMS, EXTRA_REGIONS } from './gazetteer-extra.js';

/** What a gazetteer name is. `demonym` names a nationality ("Chinese"): not an entity itself. */
export type GazetteerKind = 'country' | 'city' | 'province' | 'region' | 'demonym';

/** Lower-cased, straight apostrophes, single spaces: the key of every name lookup. */
/** Characters nameKey rewrites (a plain lower-case word needs no regex replacement). */
const NEEDS_FOLD = /[’‘`\s]/;

export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  return NEEDS_FOLD.test(lower) ? lower.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ') : lower;
}

const PRIORITY: GazetteerKind[] = ['demonym', 'province', 'city', 'region', 'country'];

/** Built once at module load: every name, lower-cased, to its kind (countries win over cities). */
const NAMES: ReadonlyMap<string, GazetteerKind> = (() => {
  const map = new Map<string, GazetteerKind>();
  const lists: Record<GazetteerKind, string> = {
    demonym: `${DEMONYMS}|${EXTRA_DEMONYMS}`, province: PROVINCES, city: CITIES, region: `${REGIONS}|${EXTRA_REGIONS}`, country: `${COUNTRIES}|${EXTRA_COUNTRIES}`,
  };
  for (const kind of PRIORITY) for (const n of lists[kind].split('|')) if (n) map.set(nameKey(n), kind);
  // Each name also without its diacritics, as reports in English often write it ("Montreal", "Michoacan").
  for (const [key, kind] of [...map]) {
    const plain = key.normalize('NFD').replace(/\p{M}+/gu, '');
    if (plain !== key && !map.has(plain)) map.set(plain, kind);
  }
  // Two-letter codes only in their dotted form ("U.S.", "U.K."): undotted they collide with words.
  for (const code of COUNTRY_CODES.split('|')) if (code) map.set(`${code[0]}.${code[1]}.`.toLowerCase(), 'country');
  return map;
})();

/** Two-letter codes, for acronyms written in a mixed-case line ("US", "UK"). */
const CODES: ReadonlySet<string> = new Set(COUNTRY_CODES.split('|'));

/** The gazetteer kind of a name, if it is one (remembered: the same words are looked up again and again). */
export const lookupPlace: (text: string) => GazetteerKind | undefined = memoize((text) => NAMES.get(nameKey(text)), 20_000);

export function isCountryCode(text: string): boolean {
  return CODES.has(text);
}
