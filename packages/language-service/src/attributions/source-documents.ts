// Sources that are documents though their words name no one: a record of a kind a reader can ask
// for ("new fundraising reports", "a congressional report"), a poll told through its respondents
// ("56 percent of Cuban-Americans polled"), a phrase inside a document's "of" ("an analysis of
// newly filed reports"). source-type.ts asks them; set by the judged corpus' half A (PolNeAR train,
// round 19: documents and poll respondents taken for unnamed sources).
import type { Token } from '../nlp/parse.js';
import { wordSet } from '../text/word-set.js';
import { DOCUMENTS, POLLED } from './source-words.js';

/** "an analysis of [newly filed reports]": "of" (over adverbs and participles) after a document word. */
export function ofDocument(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && first - k <= 2 && (tokens[k].tags.has('Adverb') || tokens[k].tags.has('Verb')) && !/[,;:.]/.test(tokens[k].post)) k--;
  return k > 0 && tokens[k].normal === 'of' && DOCUMENTS.has(tokens[k - 1].normal);
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
  return false;
}
