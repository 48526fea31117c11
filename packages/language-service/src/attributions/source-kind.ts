import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Attribution, TextSpan } from '../types.js';
import { isBareTitle, isTitleWord } from '../entities/classify.js';

/**
 * Heads of sources that name no one, whatever qualifies them: "officials", "Israeli officials",
 * "a senior Hamas official", "sources familiar with", "experts", "critics", "Western diplomats".
 */
const UNNAMED_PEOPLE = new Set([
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'critic', 'critics', 'analyst', 'analysts',
  'observer', 'observers', 'people', 'person', 'witness', 'witnesses', 'resident', 'residents', 'diplomat', 'diplomats',
  'insider', 'insiders', 'aide', 'aides', 'advocates', 'someone', 'somebody', 'many', 'others', 'some', 'several', 'few',
  'most', 'activists', 'media', 'members', 'member', 'lawmakers', 'authorities', 'officers', 'investigators', 'scientists',
  'economists', 'researchers', 'supporters', 'opponents', 'democrats', 'republicans', 'voters', 'americans', 'everyone',
  'anyone', 'nobody', 'one',
]);
/**
 * Heads that name no one unless a name qualifies them: "a spokesman" but "a spokeswoman for
 * Hillary Clinton", "reports" but "a New York Times report", "by one estimate".
 */
const UNNAMED_UNLESS_OWNED = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'report', 'reports', 'rumors', 'rumours', 'figures', 'estimate', 'estimates',
  'account', 'accounts', 'measure', 'measures',
]);
/**
 * Public bodies that speak as one and are accountable for what they say: "Police said", "the army
 * said", "the coroner's office said". Sourcing to them is the norm of news writing, not vagueness.
 */
const INSTITUTIONS = new Set(['police', 'army', 'military', 'navy', 'government', 'ministry', 'court', 'coroner', 'prosecutors']);
const PRONOUNS = new Set(['he', 'she', 'i', 'we', 'who', 'they', 'it', 'you']);
/** Heads that refer back to parties just named, like a pronoun: "Both sides affirmed", "the two sides said". */
const BACK_REFERENCES = new Set(['both', 'sides', 'pair']);
/** Words that join a modifier to a source's head: "a spokesman for the campaign", "a top official in Israel". */
const HEAD_END = /^(of|for|at|from|with|in|on|familiar|close|who|inside|within|across)$/;

/**
 * Whether a source names who speaks. The one place that decides it: the attribution extractor and
 * the claim extractor's own cue words both call it. `first`..`last` (inclusive) are the source's
 * tokens; `mentions` are the paragraph's name mentions (real ones: see namedMentions).
 *
 * named: a name (person, organisation, publication), a title with a name, "the Foreign Ministry",
 * a document or spokesman of a named party, or a pronoun that refers back to one; vague: an unnamed
 * source ("officials", "a senior Hamas official", "sources familiar with", "the minister").
 */
export function sourceKindOf(tokens: readonly Token[], first: number, last: number, mentions: readonly RawMention[]): 'named' | 'vague' {
  // "Name, a description": the name before an apposition is the head
  let end = last;
  for (let i = first; i < last; i++) if (/^,/.test(tokens[i].post)) { end = i; break; }
  // the head: the last word before a preposition joining a modifier ("a spokesman for the campaign")
  let head = end;
  for (let i = first + 1; i <= end; i++) if (HEAD_END.test(tokens[i].normal)) { head = i - 1; break; }
  const h = tokens[head];
  if ((head === first && PRONOUNS.has(h.normal)) || BACK_REFERENCES.has(h.normal)) return 'named';
  // Words that are no subject ("in the alliance's", "when the state", "was accused", "it's worth":
  // a cue read from a clause's words) give nothing to judge by: never vague on nothing.
  if (!opensNounPhrase(tokens[first]) || (first > 0 && tokens[first - 1].tags.has('Copula'))) return 'named';
  // "a top official in [Israel]": a name that only qualifies an unnamed source before it
  if (qualifiesUnnamed(tokens, first)) return 'vague';
  const start = tokens[first].start;
  const stop = tokens[last].end;
  // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": an apposition to a name, between
  // commas (not "including the US, a top official in Israel has")
  if (first > 0 && /,\s*$/.test(tokens[first - 1].post) && /^,/.test(tokens[last].post) && mentions.some((m) => m.end <= start && start - m.end <= APPOSITION_GAP)) return 'named';
  if (UNNAMED_PEOPLE.has(h.normal) && (head === first || !/^\p{Lu}/u.test(h.text))) return 'vague';
  if (mentions.some((m) => m.start < stop && m.end > start)) return 'named';
  for (let i = first; i <= head; i++) if (isNameWord(tokens, i)) return 'named';
  if (UNNAMED_UNLESS_OWNED.has(h.normal)) return 'vague';
  if (INSTITUTIONS.has(h.normal)) return 'named';
  if (!isCommonNoun(h, tokens, head)) return 'named';
  const det = tokens[first];
  if (DEFINITE.has(det.normal)) {
    // "the ministry", "the campaign", "the poll": a body or document the report introduced; a
    // title alone ("The minister said") is vague unless the paragraph named someone before it.
    return !isBareTitle([h.normal]) || mentions.some((m) => m.end <= start) ? 'named' : 'vague';
  }
  // "a spokesman", "one questioner", "federal prosecutors": an indefinite or a bare plural; a
  // bare singular ("strategist", "chief") is a phrase cut short, nothing to judge by.
  return det.tags.has('Determiner') || det.tags.has('Value') || h.tags.has('Plural') ? 'vague' : 'named';
}

/** How far (in UTF-16 units) a description may follow the name it describes: ", " or " (R-Ohio), ". */
const APPOSITION_GAP = 16;

/** Determiners of a description that refers back: "the mayor", "his lawyer". */
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'my', 'our', 'your']);

/**
 * A capitalised word that names: not a determiner, not a title alone ("The Senator"), not an
 * unnamed head ("Officials"), and not a common word capitalised only because it opens the
 * sentence ("Protesters said") unless the tagger reads it as a name ("Wang said").
 */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Determiner') || isUnnamedHead(t.normal) || isTitleWord(t.normal)) return false;
  return !opensSentence(tokens, i) || NAME_TAGS.some((g) => t.tags.has(g));
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym'];

function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[.!?:]["”’']?\s*$|\n/.test(tokens[i - 1].post) || /[“"‘]/.test(tokens[i].pre);
}

function isCommonNoun(tok: Token, tokens: readonly Token[], i: number): boolean {
  if (!tok.tags.has('Noun') || tok.tags.has('Value') || tok.tags.has('Date') || tok.tags.has('Pronoun')) return false;
  return /^\p{Ll}/u.test(tok.text) || isTitleWord(tok.normal) || !isNameWord(tokens, i);
}

function opensNounPhrase(t: Token): boolean {
  return !t.tags.has('Preposition') && !t.tags.has('Conjunction') && !t.tags.has('Verb') && !t.tags.has('Adverb') && !t.tags.has('QuestionWord');
}

function isUnnamedHead(word: string): boolean {
  return UNNAMED_PEOPLE.has(word) || UNNAMED_UNLESS_OWNED.has(word);
}

/** "official in" / "officials from the" right before the source: the source only qualifies them. */
function qualifiesUnnamed(tokens: readonly Token[], first: number): boolean {
  if (tokens[first].tags.has('Determiner')) return false; // "voters in a New York Times poll": the poll is the source
  let k = first - 1;
  if (k >= 0 && tokens[k].normal === 'the') k--;
  if (k < 1 || !/^(in|of|from|at|with|for|to)$/.test(tokens[k].normal) || /[,;:.!?]/.test(tokens[k - 1].post)) return false;
  const before = tokens[k].normal === 'to' || tokens[k].normal === 'with' ? k - 2 : k - 1; // "close to", "familiar with"
  return before >= 0 && UNNAMED_PEOPLE.has(tokens[before].normal);
}

/** An attribution's sourceKind: `none` without a source, else sourceKindOf. */
export function classifySource(
  source: TextSpan | null, tokens: readonly Token[], range: [number, number] | null, mentions: readonly RawMention[],
): Attribution['sourceKind'] {
  if (!source || !range) return 'none';
  return sourceKindOf(tokens, range[0], range[1], mentions);
}
