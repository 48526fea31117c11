// Definitions shared by the PolNeAR evals (eval-attributions, eval-quotes): the halves, the class of
// a gold cue (verb of saying, "according to", stance, cognition, other), the head of a source span,
// and whether that head is a proper name. What each figure means: docs/attribution-eval.md.
//
// The word lists below are written from English grammar, not read off the gold data: a list taken
// from the data would make "recall on verbs of saying" a recall on whatever the annotators happened
// to use.
import { basename } from 'node:path';
import nlp from 'compromise';
import type { ReportAnalysis } from '@newslens/language-service';
import { halfOf } from './judged-corpus.ts';
import { sentenceBounds, type Half } from './judged-lib.ts';

interface Range { start: number; end: number }

/** The half of a PolNeAR document, as the judged corpus splits it (sha256 parity of the file name): A tuned on, B held out. */
export function polnearHalf(file: string): Half {
  return halfOf('polnear_dev', basename(file));
}

/**
 * Verbs of saying: the verb reports an utterance, its subject is who utters it, and its complement
 * (a clause, a quote, "it") is what was put in words. Drawn from Levin's (1993) verbs of
 * communication: say verbs (37.7: say, announce, claim, declare, note, state, reveal, ...), verbs of
 * transfer of a message (37.1: ask, explain, quote, tell, write, cite), manner-of-speaking verbs
 * (37.3: shout, whisper, ...), verbs of instrument of communication (37.4: tweet, ...), advise verbs
 * (37.9: warn, caution, advise), complain verbs (37.8: complain, boast), and the reporting verbs a news
 * style guide lists for "said" (add, argue, insist, contend, acknowledge, admit, deny, confirm,
 * respond, reply, testify, predict, promise, vow, pledge: each names a speech act). Left out on
 * purpose: verbs of judgement that describe rather than report an utterance (accuse, blame,
 * criticize, praise, call), cognition (think, believe, know: COGNITION), stance and desire (want,
 * plan, support, call for, urge: STANCE), and findings (show, find, estimate, conclude).
 */
export const SAYING_VERBS: readonly string[] = [
  'say', 'tell', 'ask', 'add', 'announce', 'state', 'declare', 'claim', 'note', 'observe', 'remark', 'comment', 'mention',
  'report', 'reveal', 'disclose', 'explain', 'write', 'tweet', 'speak', 'talk', 'quote', 'cite', 'repeat', 'reiterate', 'recount',
  'recall', 'describe', 'argue', 'contend', 'insist', 'maintain', 'assert', 'affirm', 'allege', 'acknowledge', 'admit', 'concede',
  'confess', 'deny', 'confirm', 'suggest', 'respond', 'reply', 'answer', 'retort', 'counter', 'testify', 'predict', 'warn',
  'caution', 'advise', 'inform', 'complain', 'boast', 'lament', 'joke', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'exclaim',
  'proclaim', 'stress', 'emphasize', 'emphasise', 'promise', 'vow', 'pledge', 'swear', 'threaten',
];

/** Stance and desire: what someone wants, plans or backs. Issue 12: stance, not sourcing; counted apart. */
export const STANCE_VERBS: readonly string[] = [
  'want', 'wish', 'hope', 'plan', 'intend', 'aim', 'seek', 'support', 'oppose', 'back', 'endorse', 'favor', 'favour', 'prefer',
  'reject', 'urge', 'demand', 'propose', 'refuse', 'call for', 'push for', 'press for',
];

/** Cognition: belief and knowledge, a source's mind rather than its words. */
export const COGNITION_VERBS: readonly string[] = [
  'think', 'believe', 'know', 'expect', 'feel', 'fear', 'worry', 'doubt', 'suspect', 'understand', 'consider', 'assume', 'realize',
  'realise', 'agree', 'disagree', 'learn', 'see',
];

export type CueClass = 'saying' | 'according to' | 'stance' | 'cognition' | 'other';

/** Inflections of a verb or of a "verb particle" phrase: base, -s, -ed, -ing, with English spelling rules and the irregular verbs above. */
export function inflections(lemma: string): string[] {
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const irregular: Record<string, string[]> = {
    say: ['said'], tell: ['told'], write: ['wrote', 'written'], speak: ['spoke', 'spoken'], swear: ['swore', 'sworn'],
    think: ['thought'], know: ['knew', 'known'], feel: ['felt'], understand: ['understood'], seek: ['sought'], see: ['saw', 'seen'],
    learn: ['learnt'],
  };
  const doubled = new Set(['admit', 'plan', 'prefer', 'regret', 'commit']);
  const forms = new Set<string>([verb, ...(irregular[verb] ?? [])]);
  const cons = /[^aeiou]y$/.test(verb);
  forms.add(cons ? verb.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : verb + 's');
  const stem = doubled.has(verb) ? verb + verb.slice(-1) : verb;
  if (!['say', 'tell', 'write', 'speak', 'swear', 'think', 'know', 'feel', 'understand', 'seek', 'see'].includes(verb)) {
    forms.add(cons ? verb.slice(0, -1) + 'ied' : verb.endsWith('e') ? verb + 'd' : stem + 'ed');
  }
  forms.add(verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) + 'ing' : stem + 'ing');
  return [...forms].map((f) => f + tail);
}

function formTable(lemmas: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of lemmas) for (const f of inflections(l)) m.set(f, l);
  return m;
}
const SAYING = formTable(SAYING_VERBS);
const STANCE = formTable(STANCE_VERBS);
const COGNITION = formTable(COGNITION_VERBS);

/**
 * The class of a gold cue (its `spans` in `text`) and the lemma that decided it. A cue holding a
 * stance verb or noun is stance even when it also holds a verb of saying ("wants to say"); then a
 * verb of saying; then "according to"; then cognition. Words are matched lower-case, two-word
 * phrases ("call for") before single words. A word of saying counts only as a verb: forms in -ed
 * or -ing and irregular past forms are verbs, and so are the base and -s forms of verbs that are
 * not also nouns ("says"); the base and -s forms of the others ("a claim", "his reports", "that
 * promise": NOUN_TOO) count when compromise tags them Verb in their sentence.
 */
export function classifyCue(text: string, spans: ReadonlyArray<readonly [number, number]>): { cls: CueClass; lemma: string | null } {
  const words: Token[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    for (const m of text.slice(s, e).matchAll(/[A-Za-z]+/g)) words.push({ start: s + (m.index ?? 0), end: s + (m.index ?? 0) + m[0].length, text: m[0].toLowerCase() });
  }
  const find = (table: Map<string, string>, accept: (w: Token) => boolean = () => true): string | null => {
    for (let i = 0; i + 1 < words.length; i++) { const l = table.get(`${words[i].text} ${words[i + 1].text}`); if (l) return l; }
    for (const w of words) { const l = table.get(w.text); if (l && accept(w)) return l; }
    return null;
  };
  let lemma = find(STANCE);
  if (lemma) return { cls: 'stance', lemma };
  lemma = find(SAYING, (w) => isVerb(text, w));
  if (lemma) return { cls: 'saying', lemma };
  if (/\baccording to\b/.test(words.map((w) => w.text).join(' '))) return { cls: 'according to', lemma: 'according to' };
  lemma = find(COGNITION);
  if (lemma) return { cls: 'cognition', lemma };
  return { cls: 'other', lemma: null };
}

/** Verbs of saying whose base and -s forms are also common nouns ("a claim", "the reports"): only these are tagged. */
const NOUN_TOO = new Set(['claim', 'report', 'note', 'comment', 'answer', 'reply', 'quote', 'tweet', 'promise', 'pledge', 'vow', 'counter', 'joke',
  'shout', 'whisper', 'talk', 'remark', 'retort', 'lament', 'boast', 'mention', 'stress', 'repeat', 'scream', 'yell', 'caution']);
const PAST = new Set(['said', 'told', 'wrote', 'written', 'spoke', 'spoken', 'swore', 'sworn']);
let tagged: { text: string; sentences: Map<number, Array<{ start: number; end: number; tags: string[] }>> } | null = null;

/** Whether the word at `w` is a verb in its sentence (see classifyCue). */
export function isVerb(text: string, w: Token): boolean {
  if (/(ed|ing)$/.test(w.text) || PAST.has(w.text) || !NOUN_TOO.has(SAYING.get(w.text) ?? '')) return true;
  const sb = sentenceBounds(text, w.start, w.end);
  if (tagged?.text !== text) tagged = { text, sentences: new Map() };
  let terms = tagged.sentences.get(sb.start);
  if (!terms) {
    const json = nlp(text.slice(sb.start, sb.end)).json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number; length: number } }> }>;
    terms = json.flatMap((x) => x.terms.map((t) => ({ start: sb.start + t.offset.start, end: sb.start + t.offset.start + t.offset.length, tags: t.tags })));
    tagged.sentences.set(sb.start, terms);
  }
  const term = terms.find((t) => t.start <= w.start && w.start < t.end);
  return term ? term.tags.includes('Verb') : false;
}

export interface Token extends Range { text: string }

/** The word tokens inside `spans` (letters, digits, inner apostrophes, dots and hyphens), and the punctuation that cuts a phrase (, ( ; : dashes). */
export function tokensIn(text: string, spans: ReadonlyArray<readonly [number, number]>): Token[] {
  const out: Token[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    for (const m of text.slice(s, e).matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?\.?|[,(;:—–]/gu)) {
      const start = s + (m.index ?? 0);
      out.push({ start, end: start + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** Words that open a post-modifier of a noun phrase: the head stands before them. */
const POST_MODIFIER = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'on', 'to', 'by', 'who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'close', 'familiar', 'under', 'including', 'among', 'inside', 'within', 'as', 'like', 'near', 'over', 'about']);
const CAPITAL = /^\p{Lu}/u;

/**
 * The head word of a source phrase: the last word before the first post-modifier (a comma, a
 * bracket, a dash, a preposition, a relative pronoun, "and"), with a trailing possessive 's left
 * out. "of" between two capitalised words does not cut ("Secretary of State John Kerry",
 * "Department of Justice"). "Brian Fallon, a spokesman for Clinton" -> Fallon; "a spokesman for
 * Clinton" -> spokesman; "The New York Times" -> Times; "Trump's campaign" -> campaign.
 */
export function headOf(text: string, spans: ReadonlyArray<readonly [number, number]>): Token | null {
  return headPhrase(text, spans)?.head ?? null;
}

/** The head (see headOf) and the words of the phrase up to it. */
export function headPhrase(text: string, spans: ReadonlyArray<readonly [number, number]>): { head: Token; phrase: Token[] } | null {
  const toks = tokensIn(text, spans);
  const phrase: Token[] = [];
  let last: Token | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = t.text.toLowerCase();
    if (/^[,(;:—–]$/.test(t.text)) { if (last) break; continue; }
    if (POST_MODIFIER.has(w)) {
      const inName = w === 'of' && last && CAPITAL.test(last.text) && CAPITAL.test(toks[i + 1]?.text ?? '');
      if (!inName && last) break;
      if (inName) continue;
    }
    last = t;
    phrase.push(t);
  }
  if (!last) return null;
  const poss = /['’]s?$/.exec(last.text);
  const head = poss && last.text.length > poss[0].length ? { start: last.start, end: last.end - poss[0].length, text: last.text.slice(0, -poss[0].length) } : last;
  return { head, phrase };
}

const PRONOUN = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their', 'one', 'this', 'that', 'who', 'someone', 'somebody', 'everyone', 'both', 'many', 'some', 'others', 'most']);
/** Capitalised titles and roles: "the President said" names a role, not a person. */
const TITLE = new Set([
  'president', 'vice', 'senator', 'sen.', 'governor', 'gov.', 'secretary', 'minister', 'chairman', 'chairwoman', 'chair', 'speaker',
  'mayor', 'judge', 'justice', 'director', 'general', 'gen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'leader',
  'nominee', 'candidate', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'ambassador', 'commissioner',
  'attorney', 'prosecutor', 'chief', 'premier', 'chancellor', 'king', 'queen', 'pope', 'prime', 'administration', 'campaign',
  'government', 'department', 'ministry', 'committee', 'court',
]);

/** Whether `at` starts a sentence (the judged corpus' splitter), allowing opening quotes and brackets before it. */
function atSentenceStart(text: string, at: number): boolean {
  const sb = sentenceBounds(text, at, at + 1);
  return /^[\s"“‘'([]*$/.test(text.slice(sb.start, at));
}

/**
 * Whether a source's head is a proper name: the head is a mention of one of the analysis'
 * entities (a name, not a description), or it is capitalised and not at a sentence start; never a
 * pronoun; and not when every capitalised word of the phrase is a title or a generic body ("the
 * President", "the Vice President", "the Department"), unless the analysis makes the head a named
 * entity's mention. "the Justice Department", "the White House" and "President Obama" count.
 */
export function properHead(text: string, hp: { head: Token; phrase: readonly Token[] }, analysis: Pick<ReportAnalysis, 'entities'>): boolean {
  const { head, phrase } = hp;
  const w = head.text.toLowerCase();
  if (PRONOUN.has(w)) return false;
  const mention = analysis.entities.some((e) => e.mentions.some((m) => m.form !== 'description' && m.start < head.end && m.end > head.start));
  if (mention) return true;
  const caps = phrase.filter((t) => CAPITAL.test(t.text) && !(t.start === phrase[0].start && /^(the|a|an)$/i.test(t.text)));
  if (caps.every((t) => TITLE.has(t.text.toLowerCase().replace(/['’]s?$/, '')))) return false;
  return CAPITAL.test(head.text) && !atSentenceStart(text, head.start);
}

/**
 * A proper-name head that names a group rather than a person, outlet or document: a capitalised
 * plural ("Republicans", "Democrats", "Evangelicals") that is the only capitalised word of its
 * phrase and no entity mention of the analysis. Printed apart: issue 12 counts persons, outlets and
 * documents.
 */
export function groupPlural(hp: { head: Token; phrase: readonly Token[] }, analysis: Pick<ReportAnalysis, 'entities'>): boolean {
  const { head, phrase } = hp;
  if (!/\p{Lu}\p{Ll}+s$/u.test(head.text)) return false;
  if (phrase.some((t) => t.start !== head.start && CAPITAL.test(t.text) && !/^(the|a|an|fellow)$/i.test(t.text))) return false;
  return !analysis.entities.some((e) => e.mentions.some((m) => m.form !== 'description' && m.start < head.end && m.end > head.start));
}

export const overlapsAny = (a: Range, spans: ReadonlyArray<readonly [number, number]>): boolean => spans.some(([s, e]) => a.start < e && a.end > s);

/** "n / d = 0.xx" with the rate to two places, or "-" when nothing was counted. */
export function rate(n: number, d: number): string {
  return d === 0 ? `${n} / 0 = -` : `${n} / ${d} = ${(n / d).toFixed(2)}`;
}
