import type { RawMention } from '../analysis/context.js';
import type { EntityKind } from '../types.js';
import { fold } from '../text/fold.js';
import { isGenericOrgWord, isGenericPlaceWord } from './classify.js';
import { lookupPlace } from './gazetteer.js';
import { nameInfo, relate, type NameInfo } from '../compare/identity/match.js';
import { nameKey as personName } from '../compare/identity/names.js';
import { lexiconTags } from './lexicon.js';
import { lexiconSaysPlace } from './name-tokens.js';
import { withoutNickname } from './nicknames.js';

/**
 * Which person a short form stands for: a surname ("Trump", "Mr. Trump", "President Trump"), a
 * surname with its generation ("Trump Jr."), a given name ("Margaret"), each to the key of a
 * person the report names in full. With several people of one surname (a couple, a father and son,
 * two brothers) the short form goes to the person the report is about, never to a relative it
 * introduces as one ("his wife, Margaret Hunter", "First lady Melania Trump"): of the people whose
 * sex fits the honorific ("Mrs. May") and whose title fits the one the short form carries
 * ("President Trump"), those introduced as nobody's relative, then the one named in full most
 * often, then the nearest named before the short form.
 */
export interface SurnameIndex {
  fullNameOf(m: RawMention): string | undefined;
  /** The key a full name is filed under: "W. Mark Felt Sr." under "W. Mark Felt" when the report names him so too (Sr. marks the father, who goes without it). */
  fileUnder(key: string): string;
  /**
   * The person named in full inside a longer run of capitals taken for a person ("Nixon Aide Fred
   * LaRue Dies", "Esther Williams-Esther Williams" in a headline): that person's key, the longest one.
   */
  runOf(key: string): string | undefined;
}

/** A person named in full whose surname (or given name) a short form may be. */
interface Holder {
  key: string;
  /** The name as first written ("Frederick C. LaRue"). */
  text: string;
  first: number;
  starts: number[];
  kin: boolean;
  /** The name ends with a generation ("Jr."): a bare surname goes to a holder without one first. */
  generation: boolean;
  /** Its first word is a given name the lexicon knows ("Fred LaRue", not "Marion County" nor "Mac OS"). */
  given: boolean;
  sex: 'female' | 'male' | null;
  titles: Set<string>;
}

/** Jr., Sr., II...: a different person from the one without it ("Donald Trump Jr." is not his father). */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** How far before a full name a word introducing a relative is looked for ("his father, former Rep. "). */
const KIN_BEFORE = 40;
/** How far after it an apposition naming the relation is read (", the Republican presidential nominee's eldest daughter"). */
const KIN_AFTER = 80;

const KIN_LIST = 'wife|husband|spouse|widow|widower|son|daughter|father|mother|dad|mom|brother|sister|uncle|aunt|nephew|niece|cousin|' +
  'grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|stepfather|stepmother|first lady';
// each word in lower case or capitalised ("First Lady"), but no other letter case-blind: the title words after it must be capitalised
const KIN_WORDS = KIN_LIST.replace(/\b\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
// the kin word, then up to three words of title ("his father, former Rep. Duncan L. Hunter")
const KIN_BEFORE_RE = new RegExp(`\\b(${KIN_WORDS})s?\\b,?\\s+(?:(?:the|a|former|late|then|ex-?|\\p{Lu}[\\p{L}.'’-]*)\\s+){0,3}$`, 'u');
// ", his wife,", ", the Republican presidential nominee's eldest daughter,"
// ... the kin word may carry a hyphenated prefix (", his priest-brother", ", her half-sister")
const KIN_AFTER_RE = new RegExp(`^['’]?s?\\s*,\\s*(?:his|her|their|the\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+['’]s?|\\p{Lu}\\p{L}*['’]s)\\s+(?:\\S+\\s+)?(?:\\p{L}+-)?(${KIN_WORDS})\\b`, 'u');
const FEMALE_KIN = /^(?:wife|widow|daughter|mother|mom|sister|aunt|niece|granddaughter|grandmother|stepdaughter|stepmother|first lady)$/i;
const MALE_KIN = /^(?:husband|widower|son|father|dad|brother|uncle|nephew|grandson|grandfather|stepson|stepfather)$/i;
const MALE_HONORIFIC = /\b(?:Mr|Mister|Sir)\.?\s*$/;
const FEMALE_HONORIFIC = /\b(?:Mrs|Ms|Miss|Mme|Madam|Dame|Lady)\.?\s*$/;

/** The sex an honorific right before a name gives ("Mr. ", "Mrs. "), if any. */
export function honorificSex(before: string): 'female' | 'male' | null {
  return MALE_HONORIFIC.test(before) ? 'male' : FEMALE_HONORIFIC.test(before) ? 'female' : null;
}

/** The sex compromise's lexicon gives a person's first name, if any. */
export function givenNameSex(name: string): 'female' | 'male' | null {
  const tags = lexiconTags(name.split(/\s+/)[0].toLowerCase().replace(/\.$/, '')) ?? [];
  return tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : null;
}

/** A word the lexicon knows as a given name. */
function isGivenName(word: string): boolean {
  const tags = lexiconTags(word.replace(/\.$/, '')) ?? [];
  return tags.includes('FirstName') || tags.includes('FemaleName') || tags.includes('MaleName');
}

/**
 * The word before a shorter name inside a longer one is a given name, not a run's word: one the
 * lexicon knows as a given name, or, before a surname alone ("Gaetano" of "Gaetano Lo Presti" / "Lo
 * Presti"), any word the lexicon does not know; before a full name ("Moviemaker Gary Rossen") never.
 */
function givenBefore(word: string, short: string): boolean {
  if (isGivenName(word)) return true;
  const first = short.split(' ')[0];
  return !isGivenName(first) && !/\d/.test(word) && !lookupPlace(word) && lexiconTags(word.replace(/\.$/, '')) === null;
}

/** The titles a mention carries: its capitalised descriptors' last words ("President", "Rep."), not "35-year-old". */
function titlesOf(m: RawMention): string[] {
  return m.descriptors.filter((d) => /^\p{Lu}/u.test(d.text)).map((d) => lastWord(d.text));
}

/** The word a title ends with, folded ("French President" -> "president"). */
export const lastWord = (text: string): string => fold(text).split(' ').pop() ?? '';

/** The surname a full name's key is filed under: its last word, with the generation when it has one ("trump jr"). */
function surnameOf(words: readonly string[]): string {
  const n = words.length;
  return n > 2 && GENERATION.test(words[n - 1]) ? `${words[n - 2]} ${words[n - 1].replace(/\.$/, '')}` : words[n - 1];
}

/** A short form's key: one word, or a surname with its generation ("trump jr"). */
function shortKey(key: string): string | null {
  const words = key.split(' ');
  if (words.length === 1) return key;
  return words.length === 2 && GENERATION.test(words[1]) ? `${words[0]} ${words[1].replace(/\.$/, '')}` : null;
}

export function surnameIndex(
  ordered: readonly RawMention[], kinds: ReadonlyMap<string, EntityKind>, text: string, keyOf: (text: string) => string,
): SurnameIndex {
  const bySurname = new Map<string, Holder[]>();
  const kinOf = (h: Holder, m: RawMention) => {
    const kin = KIN_BEFORE_RE.exec(text.slice(Math.max(0, m.start - KIN_BEFORE), m.start)) ?? KIN_AFTER_RE.exec(text.slice(m.end, m.end + KIN_AFTER));
    if (!kin) return;
    h.kin = true;
    h.sex ??= FEMALE_KIN.test(kin[1]) ? 'female' : MALE_KIN.test(kin[1]) ? 'male' : null;
  };
  const holders = new Map<string, Holder>();
  // names that are runs of capitals around a person's name ("Moviemaker Gary Ross")
  const runs = new Set<string>();
  // given names, to the first full name that starts with them
  const given = new Map<string, string>();
  for (const m of ordered) {
    const key = keyOf(m.text);
    if (kinds.get(key) !== 'person') continue;
    const words = key.split(' ');
    if (words.length < 2 || (words.length === 2 && GENERATION.test(words[1]))) continue;
    const last = surnameOf(words);
    // A guessed person ("Red Star Belgrade") lends no word that names a place.
    if ((m.strength ?? 3) < 2 && lookupPlace(words[words.length - 1])) continue;
    // a given name is written as one ("Margaret"), not in capitals ("FBI Agent John Smith": "FBI" is no given name);
    // not a place's name, unless the lexicon knows the word as a given name and as no place ("Regina's clinic"
    // of Regina Benjamin, where the gazetteer lists a city; "Paris" of Paris Hilton stays the city)
    const placeName = lookupPlace(words[0]) !== undefined && !(isGivenName(words[0]) && !lexiconSaysPlace(words[0]));
    if (!given.has(words[0]) && !placeName && /^(?:\p{Lu}\p{Ll}|\p{Lu}{1,2}\b)/u.test(m.text)) given.set(words[0], key);
    let h = holders.get(key);
    if (!h) {
      const person = isGivenName(words[0]) && !isGenericPlaceWord(words[words.length - 1]) && !isGenericOrgWord(words[words.length - 1]);
      const sex = givenNameSex(m.text) ?? titleSex(text.slice(Math.max(0, m.start - 20), m.start)) ?? pronounSex(text, m.end);
      h = { key, text: withoutNickname(m.text), first: m.start, starts: [], kin: false, generation: last.includes(' '), given: person, sex, titles: new Set() };
      holders.set(key, h);
      // "Comeaux" alone is "Arcade Joseph Comeaux Jr." when no Comeaux without "Jr." is named
      if (h.generation) bySurname.set(last.split(' ')[0], [...(bySurname.get(last.split(' ')[0]) ?? []), h]);
      const list = bySurname.get(last) ?? [];
      // a name ending another is one holder with it: the longer one when the words before are a given name
      // ("Kyle Vanden Bosch" / "Vanden Bosch"), else the longer is a run around it ("Saints Pierre Thomas")
      const other = list.find((e) => e.key.endsWith(` ${key}`) || key.endsWith(` ${e.key}`));
      const [long, short] = other && key.length > other.key.length ? [key, other.key] : [other?.key ?? '', key];
      if (other && !givenBefore(long.slice(0, long.length - short.length).trim().split(' ')[0], short)) {
        runs.add(long);
        if (long === key) { holders.set(key, other); h = other; } else { holders.set(other.key, h); list.splice(list.indexOf(other), 1, h); inherit(h, other); }
      } else if (other) {
        if (key.length > other.key.length) { holders.set(other.key, h); list.splice(list.indexOf(other), 1, h); inherit(h, other); }
        else { holders.set(key, other); h = other; }
      } else list.push(h);
      bySurname.set(last, list);
    }
    h.starts.push(m.start);
    for (const t of titlesOf(m)) h.titles.add(t);
    kinOf(h, m);
  }
  // a run's first word is no given name ("Nixon" of "Nixon Aide Fred LaRue")
  for (const [word, key] of given) if (runs.has(key)) given.delete(word);
  // ... and a relative introduced by the given name alone ("her daughter, Charlene")
  for (const m of ordered) {
    const h = m.text.includes(' ') ? undefined : holders.get(given.get(keyOf(m.text)) ?? '');
    if (h) kinOf(h, m);
  }
  samePeople(bySurname, holders);
  const rootOf = (key: string) => holders.get(key)?.key ?? key;
  return {
    runOf(key) {
      if (runs.has(key)) return rootOf(key);
      const words = key.split(/[\s-]+/);
      // "Robert Vance Jr." is no run around "Robert Vance": his son
      if (words.length < 3 || GENERATION.test(words[words.length - 1])) return undefined;
      let best: string | undefined;
      for (const h of holders.values()) {
        const inner = h.key.split(/[\s-]+/);
        if (h.key === key || !h.given || inner.length >= words.length || (best && best.length >= h.key.length)) continue;
        if (words.some((_, i) => inner.every((w, k) => words[i + k] === w))) best = h.key;
      }
      return best;
    },
    fileUnder(key) {
      const plain = /^(.+?),? sr\.?$/.exec(key)?.[1];
      return rootOf(plain && holders.has(plain) ? plain : key);
    },
    fullNameOf(m) {
      const key = shortKey(keyOf(m.text));
      if (key === null) return undefined;
      const list = bySurname.get(key);
      if (!list) return given.has(key) ? rootOf(given.get(key)!) : undefined;
      // a strong organisation ("Ford" beside "William Clay Ford Jr.") is no short form of a son's name
      if (!key.includes(' ') && list.every((h) => h.generation) && (m.strength ?? 3) >= 2 && m.kind !== 'person') return undefined;
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      const sex = honorificSex(before) ?? pronounSex(text, m.end);
      // "Melania Trump visited ... Trump said he was proud": a short form of the other sex is someone else
      if (list.length === 1) return sex !== null && list[0].sex !== null && list[0].sex !== sex ? undefined : list[0].key;
      let fit = list.filter((h) => sex === null || h.sex !== (sex === 'male' ? 'female' : 'male'));
      fit = narrowed(fit, (h) => !h.generation || key.includes(' '));
      const titles = new Set(titlesOf(m));
      fit = narrowed(fit, (h) => [...titles].some((t) => h.titles.has(t)));
      fit = narrowed(fit, (h) => !h.kin);
      if (fit.length === 0) return undefined;
      const most = Math.max(...fit.map((h) => h.starts.length));
      fit = fit.filter((h) => h.starts.length === most);
      let best = fit[0];
      let at = -1;
      for (const h of fit) {
        for (const s of h.starts) if (s < m.start && s > at) { at = s; best = h; }
      }
      return best.key;
    },
  };
}

/** `h` takes the place of `other`, the same person's earlier form: its mentions, and what the report said of it ("Rev. Louis Gigante, his priest-brother"). */
function inherit(h: Holder, other: Holder): void {
  h.first = other.first;
  h.starts = other.starts;
  h.kin ||= other.kin;
  h.sex ??= other.sex;
  for (const t of other.titles) h.titles.add(t);
}

/**
 * Two full names of one surname that are one person ("Fred LaRue" / "Frederick C. LaRue", "Mark
 * Felt" / "W. Mark Felt", "Regina Benjamin" / "Regina M. Benjamin"): in text order, each joins the
 * one earlier person it fits when it fits one alone, by the rules that match names across reports (compare/identity),
 * of one generation, not of two sexes ("Charlie" / "Charlene"), neither introduced as the other's
 * relative ("Rep. Duncan Hunter" / "his father, Duncan L. Hunter").
 */
function samePeople(bySurname: ReadonlyMap<string, Holder[]>, holders: Map<string, Holder>): void {
  const info = new Map<Holder, NameInfo>();
  const infoOf = (h: Holder) => info.get(h) ?? info.set(h, nameInfo(personName('person', h.text))).get(h)!;
  for (const list of bySurname.values()) {
    for (let j = 1; j < list.length; j++) {
      const b = list[j];
      const fits = list.slice(0, j).filter((a) => a !== b && a.generation === b.generation && a.kin === b.kin && !(a.sex && b.sex && a.sex !== b.sex) &&
        (relate(infoOf(a), infoOf(b))?.type ?? 'contains') !== 'contains');
      if (fits.length !== 1) continue;
      const a = fits[0];
      a.starts.push(...b.starts);
      a.starts.sort((x, y) => x - y);
      a.kin ||= b.kin;
      for (const t of b.titles) a.titles.add(t);
      for (const [k, h] of holders) if (h === b) holders.set(k, a);
      list.splice(j--, 1);
    }
  }
}

/** The holders that pass `test`, or all of them when none does. */
function narrowed(list: Holder[], test: (h: Holder) => boolean): Holder[] {
  const out = list.filter(test);
  return out.length > 0 ? out : list;
}

/**
 * The sex a short form's own clause gives it: a pronoun right after its speech verb ("Trump said
 * he", "Macron told reporters that she") or its spouse ("Hunter and his wife"). Null when none.
 */
const SAID_PRONOUN = /^\s*(?:said|says|added|adds|told\s+(?:\w+\s+){0,2}?|stated|insisted|argued|wrote|tweeted|claimed|explained|noted|conceded|acknowledged)\s+(?:that\s+)?(he|she|his|her)\b/i;
const AND_SPOUSE = /^\s+and\s+(his|her)\s+(?:wife|husband)\b/i;

const FEMALE_TITLE = /\b(?:first\s+lady|queen|princess|duchess|countess|empress|congresswoman|spokeswoman|chairwoman|businesswoman|actress)\s*$/i;
const MALE_TITLE = /\b(?:king|prince|duke|emperor|congressman|spokesman|chairman|businessman|actor)\s*$/i;

/** The sex a title right before a name gives ("First lady Melania Trump", "Prince Harry"). */
export function titleSex(before: string): 'female' | 'male' | null {
  return FEMALE_TITLE.test(before) ? 'female' : MALE_TITLE.test(before) ? 'male' : null;
}

export function pronounSex(text: string, end: number): 'female' | 'male' | null {
  const after = text.slice(end, end + 60);
  const m = SAID_PRONOUN.exec(after) ?? AND_SPOUSE.exec(after);
  if (!m) return null;
  return /^h[ei]s?$/i.test(m[1]) ? 'male' : 'female';
}
