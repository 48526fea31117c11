import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import { lexiconTags } from './lexicon.js';
import { HEAD_TITLES, INDEFINITE, ORG_CONTEXT, TITLE_MODIFIERS } from './patterns.js';

// Descriptions that stand for a person the report names: a capitalised person noun ("Woman Killed
// In Queens Hit-And-Run", "MAN CHARGED"). Resolution gives each to the person named next
// (resolve-entities.ts). A place before a person noun ("Brooklyn mother") stays a place: taking it
// for the person cost the event grouping more than it gave the linking.

/** Person nouns compromise's lexicon does not tag as persons (generic, no names). */
const PERSON_NOUNS = new Set('teen teenager star mafioso suspect accused inmate victim gunman gunmen tot toddler youth pensioner'.split(' '));

/** Titles that, written in lower case after a body's name and before no name, stand for the one person heading it ("a suspected Mafia leader"). */
const BODY_HEADS = new Set(['leader', 'chief']);

/** An unknown word shaped like a person noun ("escapee", "lineman", "swimmer"; agentNoun). */
const PERSON_SHAPE = /^\p{L}{2,}(?:er|ee|man|woman|ist)$/u;

/**
 * An unknown "-er" or "-ist" word is a doer only when what it is made of is a word compromise's
 * lexicon knows: "shooter" (shoot), "leaker" (leak), "swimmer" (swim), "lawmaker" (maker); not
 * "shoulder", "finger", "sneer", "skyscraper", "grist", which the shape alone took for people (on
 * the ECB+ even topics, labels such as "the shoulder" and "the grist" went to the person named
 * last). The lexicon lists few regular nouns: "lifer" and "carjacker" are lost with them.
 */
function agentNoun(key: string): boolean {
  const m = /^(\p{L}+?)(?:er|ist)$/u.exec(key);
  if (!m) return true;
  const stem = m[1];
  const known = (w: string) => w.length > 1 && (lexiconTags(w)?.some((x) => x !== 'Modal') ?? false);
  if ([stem, `${stem}e`, /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : ''].some(known)) return true;
  // a compound ending in a known doer ("lawmaker": "maker")
  for (let k = 2; k <= key.length - 4; k++) if (lexiconTags(key.slice(k))?.includes('Actor')) return true;
  return false;
}

/** A singular noun that names a person by role ("woman", "driver", "boss", "lifer"); no title ("President"). */
const FEMALE = new Set('woman mother mom grandmother actress daughter sister wife girl widow aunt niece queen'.split(' '));
const MALE = new Set('man father dad grandfather actor son brother husband boy widower uncle nephew king gunman'.split(' '));

/** The sex a person noun gives ("mother": female), if any. */
export function nounSex(text: string): 'female' | 'male' | null {
  const last = text.toLowerCase().replace(/['’]s?$/, '').split(/\s+/).pop() ?? '';
  return FEMALE.has(last) ? 'female' : MALE.has(last) ? 'male' : null;
}

/**
 * `t` names a person by role. `strict` (a label's head, label-nouns.ts): an unknown word only by
 * its shape when it is made of a known word (agentNoun); description mentions keep the shape alone,
 * which the entity identity measured with ("gang member" links a report's mentions).
 */
export function isPersonNoun(t: Token, strict = false): boolean {
  const key = t.normal;
  if (HEAD_TITLES.has(key) || TITLE_MODIFIERS.has(key) || ORG_CONTEXT.has(key) || INDEFINITE.has(key)) return false;
  // "MILLOM DOUBLE MURDER ACCUSED": a person noun that is also a participle, ending its line, is the noun
  if (key === 'accused' && /^\s*(?:\n|$)/.test(t.post)) return true;
  if (t.tags.has('Plural') || t.tags.has('Verb') || t.tags.has('Adjective') && !PERSON_NOUNS.has(key)) return false;
  if (PERSON_NOUNS.has(key)) return true;
  const tags = lexiconTags(key);
  if (tags) return tags.includes('Actor');
  return PERSON_SHAPE.test(key) && t.tags.has('Noun') && (!strict || agentNoun(key));
}

/**
 * `t`, on a line in capitals or title case, is a person noun by its word alone: compromise tags such a
 * line's words at random ("Set As Oscars Host For ...": a verb), so the lexicon says ("host", "star",
 * "comedian"); not a title, not a plural.
 */
function headlinePersonNoun(t: Token): boolean {
  const key = t.normal;
  if (HEAD_TITLES.has(key) || TITLE_MODIFIERS.has(key) || ORG_CONTEXT.has(key) || INDEFINITE.has(key)) return false;
  return PERSON_NOUNS.has(key) || (lexiconTags(key)?.includes('Actor') === true && !/s$/.test(key));
}

/** A headline's word followed by a common noun it modifies ("Host City Chosen ..."): no person. */
function beforeNoun(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || tokens[k].post !== ' ') return false;
  const tags = lexiconTags(next.normal);
  return tags !== null && tags.some((x) => x === 'Singular' || x === 'Plural' || x === 'Noun') && !tags.some((x) => /Verb|Tense|Infinitive|Preposition/.test(x));
}

/**
 * Token `k` is directly followed by a name or a title ("Mafia boss Gaetano Lo Presti", "Surgeon
 * General"), or by a colon that sets a speaker before his words ("Lawyer: Lindsay Lohan checks into
 * rehab"): no description.
 */
function beforeName(tokens: readonly Token[], k: number, starts: ReadonlySet<number>): boolean {
  if (tokens[k].post.trim().startsWith(':')) return true;
  const next = tokens[k + 1];
  return next !== undefined && tokens[k].post === ' ' && next.pre === '' && (starts.has(next.start) || HEAD_TITLES.has(next.normal));
}

/**
 * On a headline's line, a person noun right before a person's name is that person ("Legendary Aquatic
 * Musical Star Esther Williams Dies At 91"): the line gives no title to label, so the word is a
 * description of the person named next (describe-persons.ts).
 */
function beforePerson(tokens: readonly Token[], k: number, persons: ReadonlySet<number>): boolean {
  const next = tokens[k + 1];
  return next !== undefined && tokens[k].post === ' ' && next.pre === '' && persons.has(next.start);
}

/** "Lohan's Lawyer", "the victim's brother": a description of someone else. */
function afterPossessive(tokens: readonly Token[], k: number): boolean {
  return k > 0 && /['’]s?$/.test(tokens[k - 1].text + tokens[k - 1].post.trim());
}

/** Token `k` opens a sentence or a line, follows a colon or a quotation mark, or is written in capitals. */
function initialWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return k === 0 || tokens[k - 1].sentence !== t.sentence || /[\n:"“]/.test(tokens[k - 1].post) || t.text === t.text.toUpperCase();
}

/** One buffer reused by every call (analysis is synchronous): allocating a typed array per paragraph cost more than zeroing. */
let scratch = new Uint8Array(4096);

/** The first `n` bytes of the scratch buffer, zeroed. */
function zeroed(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  const view = scratch.subarray(0, n);
  view.fill(0);
  return view;
}

/**
 * Adds the paragraph's descriptions to `out` (paragraph offsets, strength 0 so other extractors
 * do not take them for names; `description` set). `out` is sorted by start; linear in tokens.
 */
export function addDescriptions(text: string, tokens: readonly Token[], out: RawMention[], caps?: readonly boolean[]): void {
  if (tokens.length === 0) return;
  // Token index by start offset, built on first use (most paragraphs have no mention it is asked for).
  let byStart: Map<number, number> | undefined;
  const tokenAt = (offset: number): number | undefined => {
    if (!byStart) {
      byStart = new Map<number, number>();
      for (let i = 0; i < tokens.length; i++) byStart.set(tokens[i].start, i);
    }
    return byStart.get(offset);
  };
  const taken = zeroed(text.length + 1);
  const starts = new Set<number>();
  const persons = new Set<number>();
  for (const m of out) {
    taken.fill(1, m.start, m.end);
    if (m.strength !== 0) starts.add(m.start);
    if (m.strength !== 0 && m.kind === 'person' && !m.description) persons.add(m.start);
  }
  // a headline's word (caps: the token's line is in capitals or title case) is read by the lexicon, and may stand before its person's name
  const personNoun = (t: Token, k: number) => caps?.[k] === true ? (isPersonNoun(t) || headlinePersonNoun(t)) && !beforeNoun(tokens, k) : isPersonNoun(t);
  const notBeforeName = (k: number) => !beforeName(tokens, k, starts) || (caps?.[k] === true && beforePerson(tokens, k, persons));
  // "Mafia boss", "Brooklyn mother": a place or body one space before a person noun (the name stays a mention of its own)
  const found: RawMention[] = [];
  for (const m of out) {
    if (m.kind === 'person' || m.form !== 'full' || m.description || m.strength === 0) continue;
    if (text[m.end] !== ' ') continue;
    const k = tokenAt(m.end + 1);
    if (k === undefined || taken[tokens[k].start] || !(personNoun(tokens[k], k) || BODY_HEADS.has(tokens[k].text)) || !notBeforeName(k)) continue;
    if (afterPossessive(tokens, tokenAt(m.start) ?? 0)) continue;
    const end = tokens[k].end - (/['’]s$/.test(tokens[k].text) ? 2 : 0);
    found.push({ start: m.start, end, text: text.slice(m.start, end), kind: 'person', form: 'full', descriptors: [], strength: 0, description: true });
  }
  out.push(...found);
  // a person noun written with a capital: in a headline, or opening a sentence; a one-word name
  // taken there for a place or a body gives way ("MAN CHARGED", "Lifer escapes"), and anywhere when
  // the word is a listed person noun, never a name ("the powerful Mafioso who ...")
  const candidate = new Map<number, number>();
  out.forEach((m, q) => { if (m.kind !== 'person' && !m.description && !m.text.includes(' ')) candidate.set(m.start, q); });
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const q = candidate.get(t.start);
    const free = !taken[t.start] || (q !== undefined && out[q].end === t.end && (out[q].strength === 0 || initialWord(tokens, k) || PERSON_NOUNS.has(t.normal)));
    if (!free || !personNoun(t, k) || !notBeforeName(k) || afterPossessive(tokens, k)) continue;
    const m: RawMention = { start: t.start, end: t.end, text: t.text, kind: 'person', form: 'full', descriptors: [], strength: 0, description: true };
    if (q !== undefined && out[q].end === t.end) out[q] = m;
    else out.push(m);
  }
  for (const m of out) if (m.description) setActed(text, tokens, m);
  out.sort((x, y) => x.start - y.start);
}

/** Verbs after which the name that follows is the description's own: "Woman Named As ...", "The gunman was ...". */
const NAMING_VERBS = new Set('named identified revealed unmasked confirmed'.split(' '));

/**
 * A description's clause after it, from its verb to the first comma or the end of its sentence (of
 * its line, in a headline: a line with no full stop at its end, which a title's "Stn." splits): the
 * people named there are acted on ("Gangmember Convicted Of Murdering ... Jerry Ortiz"). None when
 * the verb names ("Identified As"), is a copula, is inside a hyphenated compound, or does not come first
 * after the description.
 */
function setActed(text: string, tokens: readonly Token[], m: RawMention): void {
  let k = tokens.findIndex((t) => t.start >= m.end);
  if (k < 0) return;
  const verb = tokens[k];
  if (!verb.tags.has('Verb') || verb.tags.has('Copula') || verb.tags.has('Auxiliary') || NAMING_VERBS.has(verb.normal)) return;
  // a verb inside a hyphenated compound is no clause of the description's ("Swimmer-turned-actress Edna Vollmer")
  if (verb.tags.has('Hyphenated') && k > 0 && tokens[k - 1].post === '-') return;
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  const lineEnd = text.indexOf('\n', m.end) < 0 ? text.length : text.indexOf('\n', m.end);
  const headline = !/[.!?"”]\s*$/.test(text.slice(lineStart, lineEnd));
  let end = verb.end;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= lineEnd || (!headline && t.sentence !== verb.sentence)) break;
    end = t.end;
    if (t.post.includes(',')) break;
  }
  m.acted = { start: verb.start, end };
}
