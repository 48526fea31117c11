// The name a label phrase stands beside: set off after it by a comma or "named" ("the fired man,
// Eric Kirkpatrick, ..."), or the complement of its copula ("The man accused of shooting ... is
// Anthony LaCalamita III"); the subject a copula, "as" or "to be" says something of. Paragraph
// offsets, as label-phrases.ts.
import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Span } from '../types.js';

/** Copulas. */
export const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'remains', 'remained']);

/**
 * The name right after a phrase ending at `end`, after a comma ("the recently fired man, Eric Allen
 * Kirkpatrick,": the name then closes with a comma, a full stop or "who", so that "After meeting the
 * ambassador, Haniyeh said" is not one) or "named"/"called"; null when there is none.
 */
export function nameAfter(text: string, end: number, mentions: readonly RawMention[]): Span | null {
  const link = /^(?:,[ \t]*|[ \t]+(?:named|called)[ \t]+)/.exec(text.slice(end, end + 12));
  if (!link) return null;
  const at = end + link[0].length;
  const m = mentions.find((x) => x.start === at && x.strength !== 0 && !x.description);
  if (!m) return null;
  if (link[0].startsWith(',') && !/^\s*(?:[,.;]|who\b|$)/.test(text.slice(m.end, m.end + 5))) return null;
  return { start: m.start, end: m.end };
}

/** Words that may open what follows a subject before its copula: a relative clause, a participle, a preposition. */
const BEFORE_COPULA = new Set('who that which of in at for accused charged suspected named'.split(' '));

/**
 * "The man accused of shooting ... is Anthony LaCalamita III", "the next host of the Academy Awards
 * is ... Ellen DeGeneres": a definite phrase opening its sentence, whose copula's complement is a
 * name (at most two lower-case words before it: "is director Gary Ross"); null when there is none or a verb of saying comes first.
 */
export function nameAfterCopula(tokens: readonly Token[], end: number, mentions: readonly RawMention[]): Span | null {
  let j = tokens.findIndex((x) => x.end >= end) + 1;
  if (j <= 0 || !tokens[j]) return null;
  const sentence = tokens[j].sentence;
  if (!COPULA.has(tokens[j].normal) && !BEFORE_COPULA.has(tokens[j].normal)) return null;
  for (let steps = 0; tokens[j] && tokens[j].sentence === sentence && steps < 30; j++, steps++) {
    const w = tokens[j].normal;
    if (w === 'said' || w === 'says' || w === 'told' || w === 'reported') return null;
    if (w !== 'is' && w !== 'was') continue;
    for (let k = j + 1; k <= j + 3 && tokens[k] && tokens[k].sentence === sentence; k++) {
      const m = mentions.find((x) => x.start === tokens[k].start && x.strength !== 0 && !x.description);
      if (m) return { start: m.start, end: m.end };
      if (/^\p{Lu}/u.test(tokens[k].text)) return null;
    }
    return null;
  }
  return null;
}

/** The auxiliaries or adverbs between a subject and its copula. */
const BETWEEN = new Set(['will', 'would', 'has', 'have', 'had', 'also', 'now', 'still', 'already', 'once', 'long', 'reportedly']);
/** Relative pronouns opening a clause about the name before their comma. */
const RELATIVE = new Set(['who', 'which']);

/** A space or a hyphen between two words of one phrase (no comma, no quote mark). */
export function joined(a: Token, b: Token): boolean {
  const sep = a.post + b.pre;
  return sep === ' ' || sep === '-' || /^[ \t]+$/.test(sep);
}

/** The subject's last word before a copula chain ending right before `i`, or undefined. */
export function subjectBefore(tokens: readonly Token[], i: number): Span | undefined {
  let k = i - 1;
  let copula = false;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const w = tokens[k].normal;
    if (COPULA.has(w)) copula = true;
    else if (!BETWEEN.has(w)) break;
    // "has been “the Obama team's first choice”": a quote mark may open the complement
    if (!joined(tokens[k], tokens[k + 1]) && !(k === i - 1 && /^[ \t]+["“]$/.test(tokens[k].post + tokens[k + 1].pre))) return undefined;
  }
  // "W. Mark Felt, who was the No. 2 official", "Hamas, which is a militant group": a relative clause's subject is the name before its comma
  if (copula && k >= 1 && RELATIVE.has(tokens[k].normal) && tokens[k - 1].sentence === tokens[i].sentence && /^,[ \t]+$/.test(tokens[k - 1].post + tokens[k].pre)) {
    return { start: tokens[k - 1].start, end: tokens[k - 1].end };
  }
  // "Hugh Jackman, the furry hero in the X-Men movies, will be host": a comma closes an apposition (attach-labels.ts finds its name)
  const next = tokens[k + 1];
  const linked = k >= 0 && (joined(tokens[k], next) || /^,[ \t]+$/.test(tokens[k].post + next.pre));
  return copula && linked && tokens[k].sentence === tokens[i].sentence ? { start: tokens[k].start, end: tokens[k].end } : undefined;
}

/** "as" or "to be" right before `i` (after a name in the sentence): a role ("announced as the host", "to be surgeon general"). */
export function roleBefore(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  if (!a || !(a.normal === 'as' || a.normal === 'be' && tokens[i - 2]?.normal === 'to')) return false;
  // "as long as the CNN doc can ...", "such as the ...": a conjunction, not a role
  if (a.normal === 'as' && /^(?:long|soon|well|much|far|such|same)$/.test(tokens[i - 2]?.normal ?? '')) return false;
  return a.sentence === tokens[i].sentence && joined(a, tokens[i]);
}

/**
 * "held as mum and sister killed", "as the president spoke, ...": the phrase after "as" ending at
 * `end` is the subject of a clause "as" opens (a verb follows it, after "and" and a noun at most),
 * not a role; "served as the source known as ..." and "named as the host chosen by ..." stay roles.
 */
export function opensAsClause(tokens: readonly Token[], end: number): boolean {
  let j = tokens.findIndex((x) => x.end >= end) + 1;
  if (j <= 0) return false;
  if (tokens[j]?.normal === 'and' && tokens[j + 1]?.tags.has('Noun')) j += 2;
  const v = tokens[j];
  if (!v || v.sentence !== tokens[j - 1].sentence || !joined(tokens[j - 1], v)) return false;
  if (v.tags.has('Auxiliary') || v.tags.has('Modal') || v.tags.has('Copula')) return true;
  const after = tokens[j + 1];
  return v.tags.has('Verb') && (v.tags.has('PastTense') || v.tags.has('PresentTense')) && !v.tags.has('Participle') &&
    !(after && after.sentence === v.sentence && after.tags.has('Preposition'));
}

/** Words opening a relative clause (compromise may tag "who" a determiner). */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/**
 * ", the court ruled", ", the Washington Post reports", ", also reported problems": the words after a
 * name's comma from `i` are a clause when a finite verb comes before any preposition, conjunction,
 * relative word or comma (", the former ambassador to Lebanon", ", a neurosurgeon who is ..." are
 * appositions); the verb's index, or -1.
 */
export function clauseAt(tokens: readonly Token[], i: number): number {
  let plural = false;
  for (let k = i; k < tokens.length && k - i < 8 && tokens[k].sentence === tokens[i].sentence; k++) {
    const t = tokens[k];
    // ", the boats disengaged from MV Gibe", ", the pirates broke off their attack": after a plural
    // noun a past form is the clause's verb, not a participle describing the name
    if (plural && t.tags.has('Verb') && t.tags.has('PastTense') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return k;
    if (k > i && !/^\s*$/.test(tokens[k - 1].post + t.pre) && tokens[k - 1].post !== '-') return -1;
    if (['Preposition', 'Conjunction', 'QuestionWord', 'Gerund', 'Participle'].some((x) => t.tags.has(x)) || k > i && t.tags.has('Determiner')) return -1;
    // "swimming champion turned actress": one role turned into another
    if (RELATIVE_WORDS.has(t.normal) || t.normal === 'turned' && tokens[k + 1]?.tags.has('Noun')) return -1;
    if (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary')) return k;
    if (finiteVerb(tokens, k)) return k;
    plural = t.tags.has('Plural') && t.tags.has('Noun');
  }
  return -1;
}

/** Verbs of saying, finite whatever follows (", the Post stated", ", the agency said Friday"). */
const SAYING = new Set(['said', 'says', 'stated', 'states', 'reported', 'reports', 'told', 'tells', 'added', 'asserted', 'wrote', 'writes']);

/**
 * Token `k` is a finite verb heading a clause: not a modifier ("the already announced adaptation",
 * "the internet networks company": a noun follows), not a word compromise tags as a verb in a
 * compound ("pin-up", "the second book"), not a participle ("a woman known only for", "a name
 * borrowed from": a past form followed by an adverb, a particle or a preposition).
 */
function finiteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.tags.has('Verb') || !(t.tags.has('PastTense') || t.tags.has('PresentTense')) || t.tags.has('Noun') || t.tags.has('Adjective')) return false;
  if (SAYING.has(t.normal)) return true;
  if (t.tags.has('Hyphenated') || t.tags.has('Infinitive')) return false;
  const n = tokens[k + 1];
  if (!n || n.sentence !== t.sentence || /[,.;:!?]/.test(t.post)) return true;
  if (n.tags.has('Noun') && !n.tags.has('Pronoun') && !n.tags.has('ProperNoun')) return false;
  return !(t.tags.has('PastTense') && ['Preposition', 'Adverb', 'Particle'].some((x) => n.tags.has(x)));
}


/**
 * "The company claims to ...", "the firm says it ...": a plural the tagger read as a noun after a
 * singular noun, followed by what a verb takes ("to", "that", a determiner or a pronoun), is the
 * sentence's verb, not the phrase's head. `i`: the plural's index.
 */
export function verbReadAsPlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!t || !before || !after || !t.tags.has('Plural') || !/^\p{Ll}+s$/u.test(t.text) || before.tags.has('Plural') || !joined(t, after)) return false;
  return after.normal === 'to' || after.normal === 'that' || after.tags.has('Determiner') || after.tags.has('Pronoun');
}

/** "the formerly state-owned company", "the newly elected mayor": an adverb in "-ly" before an adjective or participle modifies it. */
export function adverbModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !t.tags.has('Adverb') || !/^\p{Ll}+ly$/u.test(t.text) || !joined(t, next)) return false;
  return (next.tags.has('Adjective') || next.tags.has('Participle')) && !next.tags.has('Determiner');
}
