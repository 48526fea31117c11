import type { Token } from '../nlp/parse.js';
import type { Attribution, Span, TextSpan } from '../types.js';
import type { Clause } from './clauses.js';

/**
 * The sourcing a claim extractor can see in its own clause and sentence, from cue words alone:
 * "reportedly", "according to X", "X said", "a top official ... pledged “...”". Used where the
 * attribution extractor gives no attribution that covers a claim; shaped as an Attribution.
 */
const VAGUE_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly', 'rumoredly', 'ostensibly']);
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'claimed', 'claims', 'stated', 'states', 'announced',
  'added', 'noted', 'notes', 'stressed', 'emphasized', 'emphasised', 'confirmed', 'confirms', 'estimated', 'estimates',
  'insisted', 'alleged', 'alleges', 'revealed', 'revealing', 'indicated', 'indicates', 'wrote', 'writes', 'tweeted',
  'argued', 'argues', 'explained', 'acknowledged', 'admitted', 'denied', 'saying', 'claiming', 'noting', 'affirmed',
  'asserted', 'testified', 'disclosed', 'showed', 'shows', 'counted', 'learned', 'warned', 'declared', 'charges', 'charged', 'accused',
  'accuses', 'accusing', 'blamed', 'blames',
]);
/** Nouns that carry a claim in a "that" clause: "a New York Times report that ...". */
const NOUN_CUES = new Set(['report', 'reports', 'statement', 'claim', 'claims', 'study', 'analysis', 'survey', 'estimate', 'assessment', 'announcement', 'finding', 'findings', 'data', 'ruling', 'indictment', 'complaint', 'lawsuit']);
/** "by one estimate", "by some accounts", "by the ministry's count". */
const RECKONINGS = new Set(['estimate', 'estimates', 'count', 'tally', 'accounts', 'account', 'calculation', 'calculations', 'measure', 'measures', 'reckoning']);
/** Verbs of speech that source a claim only when the clause quotes the words: "pledged to enter Rafah “even if ...”". */
const SPEECH_ACTS = new Set(['pledged', 'vowed', 'promised', 'threatened', 'urged', 'demanded']);
/** Passive cues: "is said to", "it was reported that". */
const PASSIVE_AUX = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
const PASSIVE_CUES = new Set(['said', 'reported', 'believed', 'thought', 'understood', 'rumored', 'rumoured', 'alleged', 'claimed', 'accused']);
/** Heads of sources that do not name anyone. */
export const VAGUE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'people', 'person', 'witnesses', 'witness', 'residents', 'reports',
  'observers', 'analysts', 'experts', 'insiders', 'diplomats', 'diplomat', 'aides', 'aide', 'advocates', 'authorities', 'critics', 'someone', 'some', 'others', 'media', 'many',
  'insider', 'member', 'members', 'figures', 'estimates', 'estimate', 'accounts', 'account', 'measures', 'measure',
]);
const NOT_PER = new Set(['cent', 'capita', 'day', 'week', 'month', 'year', 'hour', 'person', 'head', 'se', 'annum', 'share', 'barrel', 'minute']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'cannot', "isn't", "wouldn't", "won't", "didn't", "hasn't", "haven't", "doesn't"]);
const PUNCT = /[,;:.!?()"“”]/;

function inSpans(pos: number, spans: readonly Span[]): boolean {
  return spans.some((q) => pos > q.start && pos < q.end);
}

const SOURCE_HEAD_END = /\s(?:in|of|for|at|from|with|on|familiar|close|who|that|inside|within|across)\s.*$|,.*$/;
const VAGUE_CUE = /^(?:reportedly|allegedly|purportedly|supposedly|reputedly|ostensibly|(?:is|was|were|are|been|be|being)\s+(?:said|reported|believed|thought|understood|rumou?red|alleged|claimed|accused))$/i;

/** Named or vague: a source whose head is "officials" or "sources" names no one, "Israeli officials" included. */
export function sourceKindOfText(source: string): 'named' | 'vague' {
  const words = source.toLowerCase().replace(SOURCE_HEAD_END, '').match(/[\p{L}'’-]+/gu);
  if (!words) return 'named'; // no head word to judge by: never call it vague
  return VAGUE_HEADS.has(words[words.length - 1]) ? 'vague' : 'named';
}

/** "a top official in [Israel]": a named place or body that only qualifies an unnamed source. */
const QUALIFIED = /((?:(?:a|an|the|one|two|three|some|several|many|top|senior|high-ranking|\p{Lu}[\p{L}'’.-]*)\s+)*)([\p{L}'’-]+)\s+(?:in|of|from|at|with|for|close to|familiar with)\s+(?:the\s+)?$/u;

/**
 * How an attribution sources a claim: `none` for "reportedly" and "is said to" (vague, and only
 * for their own clause), `vague` for unnamed sources, `named` otherwise; null when a source-less
 * cue is not one of the vague cues this extractor knows. `source` is widened to the unnamed
 * source a name only qualifies ("a top official in Israel").
 */
export function readSourcing(a: Attribution, text: string): { kind: Attribution['sourceKind']; source: TextSpan | null } | null {
  if (!a.source || !/\p{L}/u.test(a.source.text)) return VAGUE_CUE.test(a.cue.text.trim()) ? { kind: 'none', source: null } : null;
  const from = Math.max(0, a.source.start - 60);
  const q = QUALIFIED.exec(text.slice(from, a.source.start));
  if (q && VAGUE_HEADS.has(q[2].toLowerCase())) {
    const lead = /^\s*(?:(?:yet|but|and|so|however|still|meanwhile|then|now|also|or)\b[\s,]*)*/i.exec(q[1])![0].length;
    const start = from + q.index + lead;
    return { kind: 'vague', source: { start, end: a.source.end, text: text.slice(start, a.source.end) } };
  }
  return { kind: sourceKindOfText(a.source.text), source: a.source };
}

/** The source before a cue: the words back to punctuation or a verb ("a top official in Israel has"). */
function sourceBefore(tokens: readonly Token[], c: number, floor: number): [number, number] | null {
  let k = c - 1;
  while (k >= floor && (PASSIVE_AUX.has(tokens[k].normal) || tokens[k].normal === 'has' || tokens[k].normal === 'have' || tokens[k].normal === 'had' || tokens[k].tags.has('Adverb'))) k--;
  const last = k + 1;
  // The word just before the cue is its subject's head even when tagged as a verb ("one slide says").
  const nounLike = (t: Token, at: number) => !t.tags.has('Verb') || (at === last - 1 && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
  while (k >= floor && nounLike(tokens[k], k) && !tokens[k].tags.has('Conjunction') && !PUNCT.test(tokens[k].post) && last - k < 10) k--;
  const first = k + 1;
  return first < last ? [first, last] : null;
}

/** The source after a cue: "according to X", "per a brief Foreign Ministry readout", "..., said Wang". */
function sourceAfter(tokens: readonly Token[], c: number, end: number): [number, number] | null {
  let k = c + 1;
  while (k < end && k - c <= 10 && !tokens[k].tags.has('Verb')) {
    k++;
    if (PUNCT.test(tokens[k - 1].post)) break;
  }
  return k > c + 1 ? [c + 1, k] : null;
}

function span(tokens: readonly Token[], text: string, first: number, last: number) {
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Cue-word sourcing of each clause. A vague adverb covers its clause; a reporting verb covers its
 * sentence (its relative clause when it stands in one); a speech act covers its clause if the
 * clause quotes words. Cue words inside quotation marks are the quoted speaker's, not sourcing.
 */
export function cueSources(text: string, tokens: readonly Token[], clauses: readonly Clause[], quotes: readonly Span[], sentences: readonly Span[]): Attribution[] {
  const out: Attribution[] = [];
  for (const cl of clauses) {
    const sentence = sentences[cl.sentence];
    const clauseQuoted = quotes.some((q) => q.start >= cl.start && q.start < cl.end);
    for (let c = cl.first; c < cl.last; c++) {
      const t = tokens[c];
      if (inSpans(t.start, quotes)) continue;
      const n = t.normal;
      const cue = span(tokens, text, c, c + 1);
      if (VAGUE_ADVERBS.has(n)) {
        out.push({ source: null, cue, content: { start: cl.start, end: cl.end }, sourceKind: 'none' });
      } else if (PASSIVE_CUES.has(n) && c > cl.first && PASSIVE_AUX.has(tokens[c - 1].normal) && c + 1 < cl.last && ['to', 'that', 'of'].includes(tokens[c + 1].normal)) {
        out.push({ source: null, cue: span(tokens, text, c - 1, c + 1), content: { start: cl.start, end: cl.end }, sourceKind: 'none' });
      } else if ((n === 'according' && tokens[c + 1]?.normal === 'to') || (n === 'per' && c + 1 < cl.last && !NOT_PER.has(tokens[c + 1].normal) && !tokens[c + 1].tags.has('Value'))) {
        const from = n === 'according' ? c + 1 : c;
        const src = sourceAfter(tokens, from, cl.last);
        if (!src) continue;
        const source = span(tokens, text, src[0], src[1]);
        out.push({ source, cue: span(tokens, text, c, from + 1), content: sentence, sourceKind: sourceKindOfText(source.text) });
      } else if (n === 'by' && c + 1 < cl.last) {
        // "by one estimate", "by the ministry's count": the estimate is the source.
        let k = c + 1;
        while (k < cl.last && k - c <= 5 && !RECKONINGS.has(tokens[k].normal) && !tokens[k].tags.has('Verb') && !PUNCT.test(tokens[k].post)) k++;
        if (k >= cl.last || !RECKONINGS.has(tokens[k].normal)) continue;
        const source = span(tokens, text, c + 1, k + 1);
        out.push({ source, cue, content: sentence, sourceKind: sourceKindOfText(source.text) });
      } else if (NOUN_CUES.has(n) && tokens[c + 1]?.normal === 'that' && c > cl.first) {
        // "a New York Times report that ...": the report is the source.
        let k = c - 1;
        while (k >= cl.first && !tokens[k].tags.has('Verb') && !tokens[k].tags.has('Preposition') && !PUNCT.test(tokens[k].post) && c - k < 8) k--;
        const source = span(tokens, text, k + 1, c + 1);
        out.push({ source, cue, content: { start: t.start, end: sentence.end }, sourceKind: sourceKindOfText(source.text) });
      } else if ((REPORTING.has(n) && (t.tags.has('Verb') || tokens[c + 1]?.normal === 'that')) || (SPEECH_ACTS.has(n) && clauseQuoted && t.tags.has('Verb'))) {
        if (REPORTING.has(n) && c > cl.first && PASSIVE_AUX.has(tokens[c - 1].normal)) continue; // "was reported missing"
        if (tokens.slice(Math.max(cl.first, c - 3), c).some((x) => NEGATIONS.has(x.normal))) continue; // "isn't saying"
        if (['of', 'by', 'for'].includes(tokens[c + 1]?.normal ?? '')) continue; // "people accused of rape": a participle, no speaker
        const src = sourceBefore(tokens, c, cl.first) ?? (PUNCT.test(tokens[c - 1]?.post ?? ',') ? sourceAfter(tokens, c, cl.last) : null);
        if (!src) continue;
        const content = SPEECH_ACTS.has(n) || cl.relative ? { start: cl.start, end: cl.end } : sentence;
        const source = span(tokens, text, src[0], src[1]);
        out.push({ source, cue, content, sourceKind: sourceKindOfText(source.text) });
      }
    }
  }
  return out;
}
