// Sources that are documents though their words name no one: a record of a kind a reader can ask
// for ("new fundraising reports", "a congressional report"), a poll told through its respondents
// ("56 percent of Cuban-Americans polled"), a phrase inside a document's "of" ("an analysis of
// newly filed reports"). source-type.ts asks them; set by the judged corpus' half A (PolNeAR train,
// round 19: documents and poll respondents taken for unnamed sources).
import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import { wordSet } from '../text/word-set.js';
import { DOCUMENTS, POLLED } from './source-words.js';

/** "an analysis of [newly filed reports]": "of" (over adverbs and participles) after a document word. */
export function ofDocument(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && first - k <= 2 && (tokens[k].tags.has('Adverb') || tokens[k].tags.has('Verb')) && !/[,;:.]/.test(tokens[k].post)) k--;
  return k > 0 && tokens[k].normal === 'of' && DOCUMENTS.has(tokens[k - 1].normal);
}

/** How many words back from its preposition a document may stand: "research to be released this week by" (six). */
const DOCUMENT_REACH = 8;

/**
 * "An Egyptian textbook just published for [9th graders] explains", "research to be released this
 * week by [four economists] suggests": the words a cue was read after are the object of a preposition
 * whose phrase a document heads; the document is what speaks (judged corpus half A, issue 12).
 */
export function objectOfDocument(tokens: readonly Token[], first: number): boolean {
  const k = first - 1;
  if (k < 1 || !/^(for|by|to|from|among)$/.test(tokens[k].normal)) return false;
  for (let j = k - 1; j >= Math.max(0, k - DOCUMENT_REACH); j--) {
    // "The bill was backed by lawmakers": a finite verb between makes them its actor
    if (/[,;:.!?()"“”]/.test(tokens[j].post) || /^(is|was|are|were|has|have|had|will|would)$/.test(tokens[j].normal)) return false;
    if (DOCUMENTS.has(tokens[j].normal)) return j === 0 || !/^(of|in|on|at|about)$/.test(tokens[j - 1].normal);
  }
  return false;
}

/**
 * "an account she gave to The Washington Free Beacon", "a report the ministry released": a reduced
 * relative clause after the head names who gives it (a pronoun that refers back, or a name).
 */
export function givenBy(tokens: readonly Token[], head: number, mentions: readonly RawMention[]): boolean {
  const who = tokens[head + 1];
  if (!who || /[,;:.!?()"“”]/.test(tokens[head].post)) return false;
  let verb = head + 2;
  if (/^(he|she|they|we)$/.test(who.normal)) return !!tokens[verb]?.tags.has('Verb');
  const m = mentions.find((x) => x.start === who.start);
  if (!m) return false;
  while (tokens[verb] && tokens[verb].end <= m.end) verb++;
  return !!tokens[verb]?.tags.has('Verb') && !tokens[verb].tags.has('Gerund');
}

/** Words before "reports" or "estimates" that name whose accounts they are, not a record: "media reports", "witness accounts", "unconfirmed reports". */
const NOT_RECORDS = wordSet(
  'media news press tabloid wire television tv radio newspaper internet online social intelligence witness witnesses eyewitness ' +
  'eyewitnesses unconfirmed local initial early earlier several some other many conflicting',
);
/** Adjectives of a body: "a congressional report" is Congress's, "a parliamentary report" parliament's. */
const BODY_ADJECTIVES = wordSet('congressional parliamentary presidential judicial governmental ministerial legislative');

/**
 * "new fundraising reports", "autopsy reports", "a congressional report": a record of a kind a
 * reader can ask for (the word before the head names the kind, or the body that keeps it), not
 * "reports" of no one ("reports say", "media reports", "unconfirmed reports").
 */
export function recordKind(tokens: readonly Token[], first: number, head: number): boolean {
  if (head <= first) return false;
  const t = tokens[head - 1];
  if (!/^\p{Ll}/u.test(t.text) || NOT_RECORDS.has(t.normal)) return false;
  return BODY_ADJECTIVES.has(t.normal) || (t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Pronoun'));
}

/** A poll's respondents as a source: "Some 56 percent of Cuban-Americans polled", "those surveyed", "respondents" (not "residents interviewed": a reporter's). */
export function pollRespondents(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (POLLED.has(tokens[i].normal) || tokens[i].normal === 'respondents') return true;
  return countedAfterPoll(tokens, first);
}

/** How far back in its sentence a poll may be told before the count of its answers: "the group polled members online ahead of the endorsement:" (ten). */
const POLL_REACH = 20;
const POLL_WORDS = /^(polled|surveyed|poll|polls|survey|surveys|straw|canvassed)$/;

/**
 * "the group polled members online ...: 1,409 teachers said they wanted ...": a count of people
 * whose sentence told a poll before it is its answers, a document (judged corpus half A, issue 12).
 */
function countedAfterPoll(tokens: readonly Token[], first: number): boolean {
  if (!tokens[first].tags.has('Value')) return false;
  for (let j = first - 1; j >= Math.max(0, first - POLL_REACH); j--) {
    if (/[.!?]["”’']?\s*$|\n/.test(tokens[j].post)) return false;
    if (POLL_WORDS.test(tokens[j].normal)) return true;
  }
  return false;
}
