import type { Token } from '../nlp/parse.js';
import type { Sentence } from './content-spans.js';
import { breaksAfter, commaAfter, isNpToken, npEndingAt, npStartingAt, participleOpens, skipBetweenBack } from './phrases.js';

// What stands around a cue verb in its sentence, for the attribution extractor: the name a relative
// clause describes, a passive's "by", whether "that" opens a clause, an inverted cue after a comma.

/**
 * "Luke Pigeon, who lives in an apartment next door, said": a relative clause between commas
 * before the cue; the one who speaks is the name it describes, not "an apartment next door".
 */
export function relativeAntecedent(tokens: readonly Token[], s: Sentence, source: [number, number]): [number, number] {
  for (let w = source[0] - 1; w > s.first; w--) {
    if (breaksAfter(tokens[w]) && w !== source[1]) return source;
    if (!/^(who|which)$/.test(tokens[w].normal)) continue;
    if (!/,\s*$/.test(tokens[w - 1].post)) return source;
    const first = npEndingAt(tokens, w - 1, s.first);
    return first >= 0 ? [first, w - 1] : source;
  }
  return source;
}

/**
 * "..., said Bell Curve Trading chief strategist Bill Strazzullo.": after a comma, a cue followed
 * by a noun phrase that runs to the end of the sentence is inverted, whatever stands before it.
 */
export function invertedAfterComma(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (k + 1 >= s.end || !/,\s*$/.test(tokens[k - 1]?.post ?? '') || !/^\p{Lu}/u.test(tokens[k + 1].text)) return false;
  let last = npStartingAt(tokens, k + 1, s.end);
  if (last >= 0 && /^,\s*$/.test(tokens[last].post) && last + 1 < s.end) last = npStartingAt(tokens, last + 1, s.end);
  return last === s.end - 1;
}

/** How many words a clause after "that" may take to reach its verb: "found that most of the state's voters agree". */
const CLAUSE_REACH = 8;

/** Object pronouns: the word after a verb of mind is then its object, not a clause's subject ("have not felt them before and will ..."). */
const OBJECT_PRONOUNS = /^(them|him|me|us|whom)$/;

/** A finite verb before the next punctuation: "found that most voters agree", not "finds that pitch compelling" or "felt them before". */
export function clauseFollows(tokens: readonly Token[], s: Sentence, from: number): boolean {
  if (from < s.end && OBJECT_PRONOUNS.test(tokens[from].normal)) return false;
  for (let i = from; i < Math.min(s.end, from + CLAUSE_REACH); i++) {
    if (tokens[i].tags.has('Verb') && !tokens[i].tags.has('Gerund')) return true;
    if (breaksAfter(tokens[i])) return false;
  }
  return false;
}

/** What links a passive cue to what it passes on: "is said to", "it was reported that", "was reported as saying". */
export const PASSIVE_LINKS = /^(to|that|as)$/;
/** How far after a passive participle its "by" may come: "being reported, most recently by John Perrotto". */
const BY_REACH = 4;

/** The "by" that names who did the reporting after a passive participle at `k`, or -1. */
export function byPhrase(tokens: readonly Token[], s: Sentence, k: number): number {
  for (let j = k + 1; j < Math.min(s.end - 1, k + 1 + BY_REACH); j++) {
    if (tokens[j].normal === 'by') return j;
    if (!tokens[j].tags.has('Adverb') && j > k + 1) break;
  }
  return -1;
}

/**
 * The subject of the sentence's first clause with one before the cue at `k`: the noun phrase
 * right before the first verb that has one ("In an interview Thursday, the Wisconsin Republican
 * criticized the policy and said ...", "Mrs. Clinton has since said"). A second verb of that
 * subject ("and said", ", saying", "by saying", "went on to say") is said by it. Null when no
 * verb before `k` has a noun phrase before it. `sameVoice` keeps the verbs of a quote out when the
 * cue stands outside it, and the reverse.
 */
export function clauseSubject(tokens: readonly Token[], s: Sentence, k: number, sameVoice: (i: number) => boolean): [number, number] | null {
  for (let v = s.first + 1; v < k; v++) {
    if (!tokens[v].tags.has('Verb') || tokens[v].tags.has('Gerund') || !sameVoice(v)) continue;
    const j = skipBetweenBack(tokens, v, s.first);
    if (j >= s.first && breaksAfter(tokens[j])) {
      const aside = asideSubject(tokens, s, j);
      if (aside) return aside;
    }
    if (j < s.first || breaksAfter(tokens[j])) continue;
    let first = npEndingAt(tokens, j, s.first);
    // "Tuesday morning someone called 911 and reported": the time is not the subject
    while (first >= 0 && first < j && tokens[first].tags.has('Date')) first++;
    if (first >= 0 && !tokens[j].tags.has('Date')) return relativeHead(tokens, s, first) ?? [first, j];
  }
  return null;
}

/**
 * "Central European leaders who have been opponents of taking in migrants have embraced the idea,
 * warning that ...": a subject found inside a relative clause (after "who" or "which", or "who"
 * itself) is not the clause's; the noun phrase the relative clause hangs on is.
 */
function relativeHead(tokens: readonly Token[], s: Sentence, first: number): [number, number] | null {
  for (let w = first; w > s.first; w--) {
    if (w < first && breaksAfter(tokens[w])) return null;
    if (!/^(who|which)$/.test(tokens[w].normal)) continue;
    const head = npEndingAt(tokens, w - 1, s.first);
    return head >= 0 && !breaksAfter(tokens[w - 1]) ? [head, w - 1] : null;
  }
  return null;
}

/**
 * Prepositions that open an adjunct of time, occasion or contrast between commas ("Clinton, at a later press
 * gaggle, said", "Reed, in a statement, said", "Cruz, by contrast, wrote", "Clinton, for her part, said"); not those that describe or list the subject
 * ("Reed, of Ashton, Md.,", "providers, such as Portugal Telecom,", "lawmakers, including Reed,").
 */
const ADJUNCT_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'following', 'by', 'for', 'unlike', 'like', 'despite']);


/** How many words an aside between a subject and its verb may take. */
const ASIDE_REACH = 25;

/**
 * "Jane Reed, vice chairwoman for the campaign, emailed", "Reed, who has a lead in delegates,
 * mocked": the subject before an aside set off by commas, when the word before the verb (`j`)
 * closes the aside. An apposition is kept with its name ("Jane Reed, vice chairwoman for the
 * campaign"), as npEndingAt keeps one; a relative clause is not (relativeAntecedent). The subject
 * opens its clause; null when no such aside stands there.
 */
export function asideSubject(tokens: readonly Token[], s: Sentence, j: number): [number, number] | null {
  if (!commaAfter(tokens[j])) return null;
  for (let w = j - 1; w >= s.first && w >= j - ASIDE_REACH; w--) {
    if (!breaksAfter(tokens[w])) continue;
    // "Sen. Richard J. Durbin (D-Ill.), noting ...,": a parenthesis closes the name before the aside's comma
    const paren = /^\.?\),\s*$/.test(tokens[w].post) ? parenthesisOpening(tokens, w, s.first) : -1;
    if (!commaAfter(tokens[w]) && paren < 0) return null;
    const next = tokens[w + 1];
    // "Clinton, at a later press gaggle, said": an adjunct between commas, the name before it speaks
    // "Chris Christie, hoping to surge in New Hampshire, called": a participle's clause is an adjunct too
    const relative = /^(who|which)$/.test(next.normal) || ADJUNCT_OPENERS.has(next.normal) || participleOpens(next);
    const description = opensDescription(tokens, w + 1);
    const name = !description && allNames(tokens, w + 1, j);
    // "a salesman from Sumter, South Carolina,": a place after a comma inside the aside
    if (name && /^[A-Z]/.test(tokens[w].text) && hasLowerBefore(tokens, s, w)) continue;
    if (!relative && !name && !description) return null;
    const first = npEndingAt(tokens, paren > s.first ? paren - 1 : w, s.first);
    if (first < 0 || first > s.first && !breaksAfter(tokens[first - 1])) return null;
    const capital = /^[A-Z]/.test(tokens[first].text);
    // "Her campaign manager, Robby Mook,": a description, then the name
    if (name && (capital && !tokens[first].tags.has('Determiner') && !tokens[first].tags.has('Possessive'))) return null;
    if (!capital && !tokens[first].tags.has('Determiner') && !tokens[first].tags.has('Possessive')) return null;
    return relative ? [first, w] : [first, j];
  }
  return null;
}

/** The token within a few before `w` whose "(" opens the parenthesis `w` closes, or -1. */
function parenthesisOpening(tokens: readonly Token[], w: number, min: number): number {
  for (let p = w; p >= min && p > w - 4; p--) if (tokens[p].pre.includes('(')) return p;
  return -1;
}

/** What opens a description after a name: "of RBC Capital Markets", "vice chair", "a spokesman", "her adviser", "Sanders’ campaign manager", "21,", "R-NY". */
function opensDescription(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // "Mr. Mahaney, of RBC Capital Markets,", "Reed, of Ashton, Md.,": where the speaker is from
  if (t.normal === 'of' && /^[A-Z]/.test(tokens[i + 1]?.text ?? '')) return true;
  if (/^[RDI]-[A-Z]/.test(t.text) || t.tags.has('Value')) return true;
  if (/^[A-Z]/.test(t.text)) return t.tags.has('Possessive') || /['’]s?$/.test(t.text);
  return isNpToken(t) && (!t.tags.has('Pronoun') || t.tags.has('Possessive'));
}

/** Whether tokens from..to are all capitalised words (a name or a place). */
function allNames(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i <= to; i++) if (!/^[A-Z]/.test(tokens[i].text) || tokens[i].tags.has('Determiner')) return false;
  return true;
}

/** Whether a lower-case word stands between the sentence start and `w` without a break: the aside's description. */
function hasLowerBefore(tokens: readonly Token[], s: Sentence, w: number): boolean {
  for (let i = w - 1; i >= s.first && !breaksAfter(tokens[i]); i--) if (/^[a-z]/.test(tokens[i].text)) return true;
  return false;
}
