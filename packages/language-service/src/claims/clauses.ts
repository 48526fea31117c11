import type { ParsedText, Token } from '../nlp/parse.js';
import { CUE_FORMS } from '../attributions/cue-words.js';
import { ROLE_PLURALS, UNNAMED_PEOPLE } from '../attributions/source-words.js';

/** A clause of one sentence: the unit a claim is made of. */
export interface Clause {
  /** Token index range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  /** Opens with a relative pronoun after a comma: ", which has now seen ...". */
  relative: boolean;
  /** A sentence-initial adverbial clause: "When Hamas attacked Israel, ...". */
  subordinate: boolean;
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
const COORDINATING = new Set(['and', 'but', 'yet', 'so', 'while', 'whereas', 'although', 'though', 'or']);
const SUBORDINATING = new Set(['when', 'after', 'before', 'since', 'as', 'because', 'although', 'though', 'while', 'if', 'despite', 'once', 'until', 'unless', 'whether']);
const OPENING_MARKS = /[“‘"'([]+$/;
const CLOSING_MARKS = /^[”’"')\]]+/;
const PUNCT_THEN_CLOSING = /^[.,;:!?…]*[”"]+/;

/** Closing marks after the last word; punctuation before them too when they close a quote the clause opened. */
function closingLength(clause: string, post: string): number {
  const opens = (clause.match(/“/g)?.length ?? 0) + ((clause.match(/"/g)?.length ?? 0) % 2);
  const closes = clause.match(/”/g)?.length ?? 0;
  if (opens > closes) {
    const m = PUNCT_THEN_CLOSING.exec(post);
    if (m) return m[0].length;
  }
  return CLOSING_MARKS.exec(post)?.[0].length ?? 0;
}

function hasComma(t: Token): boolean {
  return t.post.includes(',');
}

function breaksAfter(t: Token): boolean {
  return /;|\s[—–]\s?|—/.test(t.post);
}

/** A finite verb before the next punctuation: what makes "and ..." a clause rather than a list item. */
function verbFollows(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k < i + 10; k++) {
    const t = tokens[k];
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) return true;
    if (/[,;:.!?]/.test(t.post)) return false;
  }
  return false;
}

/**
 * "... still has power and officials say they are sending tents", "He was paroled after five years
 * and detectives said that ...": "and", then an unnamed source (a role in the plural included) of
 * at most UNNAMED_WORDS words and its cue leading a clause, opens a clause the source speaks
 * alone, comma or not.
 */
const UNNAMED_WORDS = 3;

function unnamedSpeaks(tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[i].normal !== 'and') return false;
  for (let k = i + 1; k < Math.min(end - 1, i + 1 + UNNAMED_WORDS); k++) {
    if (/[,;:.!?]/.test(tokens[k].post)) return false;
    // the cue leads its words ("say they are sending"); a trailing one ("and network officials said
    // Tuesday.") reports the whole sentence
    if ((UNNAMED_PEOPLE.has(tokens[k].normal) || ROLE_PLURALS.has(tokens[k].normal)) && tokens[k].tags.has('Plural')) return CUE_FORMS.has(tokens[k + 1].normal) && verbFollows(tokens, k + 1, end);
  }
  return false;
}

/** Splits each sentence into clauses at semicolons and dashes, ", and/but ..." and ", which/who/where ...". */
export function splitClauses(text: string, parsed: ParsedText): Clause[] {
  const { tokens, sentenceTokens } = parsed;
  const out: Clause[] = [];
  sentenceTokens.forEach(([s, e], sentence) => {
    const starts: Array<{ at: number; relative: boolean }> = [{ at: s, relative: false }];
    let subordinateEnd = -1;
    if (SUBORDINATING.has(tokens[s]?.normal ?? '')) {
      for (let k = s; k < e - 1; k++) if (hasComma(tokens[k])) { subordinateEnd = k + 1; break; }
      if (subordinateEnd > 0) starts.push({ at: subordinateEnd, relative: false });
    }
    for (let i = s + 1; i < e; i++) {
      if (i === subordinateEnd) continue;
      const prev = tokens[i - 1];
      const n = tokens[i].normal;
      if (breaksAfter(prev)) starts.push({ at: i, relative: false });
      else if (RELATIVE.has(n) && hasComma(prev)) starts.push({ at: i, relative: true });
      else if (COORDINATING.has(n) && (hasComma(prev) || n === 'but' || unnamedSpeaks(tokens, i, e)) && verbFollows(tokens, i, e)) starts.push({ at: i, relative: false });
    }
    starts.sort((a, b) => a.at - b.at);
    for (let c = 0; c < starts.length; c++) {
      const first = starts[c].at;
      const last = c + 1 < starts.length ? starts[c + 1].at : e;
      if (last <= first) continue;
      const a = tokens[first];
      const z = tokens[last - 1];
      const start = a.start - (OPENING_MARKS.exec(a.pre)?.[0].length ?? 0);
      const end = z.end + closingLength(text.slice(start, z.end), z.post);
      out.push({ first, last, start, end: Math.min(end, text.length), sentence, relative: starts[c].relative, subordinate: first === s && subordinateEnd > 0 });
    }
  });
  return out;
}
