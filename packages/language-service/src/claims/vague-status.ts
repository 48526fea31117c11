import type { Attribution, NoDiagnosticReason, Span } from '../types.js';
import { CUE_FORMS } from '../attributions/cue-words.js';
import { breaksAfter, npStartingAt } from '../attributions/phrases.js';
import { insideAny, sentenceOf } from '../text/spans.js';
import { chargeBeforeCourt, legalAnswer, onTheRecord } from './legal-sources.js';
import type { SourcingScope } from './sourcing-scope.js';
import type { Clause } from './clauses.js';
import { labelLine } from './sentence-source.js';
import { askedQuestion, bareActor, framesSubject, relayedByInterpreter, toldAbout } from './narrated-sources.js';

// When a vague or source-less attribution makes a claim vague: what the vague-attribution rule
// means (docs/rules/vague-attribution.md). The claim extractor asks it for each clause; the report
// asks excuseOf why an attribution the analysis marks vague or source-less has no diagnostic.
// One place (with legal-sources.ts, which it asks about charges and courts), so the analysis and
// the diagnostics agree.

/**
 * A negative says what no one says or knows, and hides no source: "nobody knows for sure what the
 * Red Sox have offered" (a source of nobody), "None of the other teams has been reported to have
 * offered more", "The details have not been reported" (a report denied, not made).
 */
const NOBODY = /^(?:nobody|no one|no-one|none)$/i;
const NO_ONE_REPORTS = /(?:^[\s“"‘']*(?:none|nobody|no one|neither)\b|\b(?:not|never|n[’']t)\s+(?:(?:yet|been|be|so far)\s+)*$)/i;
/** Words that open a hypothesis: a cue after them hedges what might be, not what is. */
const HYPOTHESIS = /\b(if|unless|whether)\b/i;
/**
 * Words that put the source in a clause subordinate to the claim, in the same phrase: "... reacted
 * favorably after several banks announced", "better than analysts had predicted", "looking into
 * space as witnesses testified and lawyers argued".
 */
const SUBORDINATOR = /\b(after|before|when|because|since|until|once|than|as|while)\b[^,;:—]*$/i;
/** Past-tense beliefs in narration: "Deputies believed they knew where he was hiding" tells what they thought, not where the claim comes from. */
/** How many words an apposition after a noun phrase may run: ", a J. Edgar Hoover loyalist,". */
const APPOSITION_WORDS = 8;
const NARRATED_BELIEF = /^(believed|thought|suspected|feared|hoped)$/;

/**
 * Why a source-less cue ("reportedly", "allegedly", "is said to") in a clause does not make it
 * vague, or null when it does: it is inside a quotation (the quoted speaker's hedge); it stands in
 * a headline, a deck or a label line (a line without closing punctuation: its claim is told, with
 * its source, in the report's text, as unattributed-claim reads it); a named
 * source in its sentence reports it ("police said X was charged after allegedly ...", "..., according
 * to CNN"); it stands in an aside of such a source's words; a legal proceeding answers "allegedly";
 * it hedges a hypothesis; or, given the clause,
 * it hedges a relative clause inside it and not the clause's own claim.
 */
export function sourcelessExcuse(a: Attribution, scope: SourcingScope, cl: Clause | null = null): NoDiagnosticReason | null {
  if (insideAny(a.cue.start, scope.quotes)) return 'quoted';
  if (headline(scope, a.cue.start)) return 'not-a-claim';
  if (vouched(a, scope)) return 'named-source';
  if (inNamedAside(a, scope) || (cl && inEmbeddedRelative(a, cl, scope.text))) return 'not-a-claim';
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (legalAnswer(a, scope)) return 'named-source';
  if (sentence && NO_ONE_REPORTS.test(scope.text.slice(sentence.start, a.cue.start))) return 'not-a-claim';
  if (sentence && HYPOTHESIS.test(lastPhrase(scope.text.slice(sentence.start, a.cue.start)))) return 'not-a-claim';
  return null;
}

/**
 * Why a vague source ("officials said", "sources say") does not make a clause vague, or null when
 * it does. Besides the excuses of a source-less cue: the source is the clause's actor, not a source
 * (a belief told in the past, "after several banks announced a joint effort", "than analysts had
 * predicted"); its words are an act and not a claim ("announced a joint effort", "reported February
 * sales", "denied arson"); or the clause is not what it reports (a relative or an opening clause, a
 * clause before a leading cue or after its content: "A co-worker has been charged, but authorities
 * said the suspect is near death").
 */
export function vagueExcuse(a: Attribution, cl: Clause | null, scope: SourcingScope): NoDiagnosticReason | null {
  if (insideAny(a.cue.start, scope.quotes)) return 'quoted';
  if (headline(scope, a.cue.start)) return 'not-a-claim';
  if (vouched(a, scope)) return 'named-source';
  if (inNamedAside(a, scope)) return 'not-a-claim';
  if (a.source && NOBODY.test(a.source.text.trim())) return 'not-a-claim';
  if (relayedByInterpreter(a, scope)) return 'named-source';
  if (framesSubject(a, scope)) return 'narration';
  if (chargeBeforeCourt(a, scope)) return 'named-source';
  if (toldAbout(a, scope.text) || askedQuestion(a, scope.text) || bareActor(a)) return 'narration';
  if (NARRATED_BELIEF.test(a.cue.text) || subordinated(a, scope) || reportsAnAct(a, scope)) return 'narration';
  if (!cl || (a.cue.start >= cl.start && a.cue.end <= cl.end)) return null;
  if (cl.relative || cl.subordinate) return 'not-a-claim';
  // a cue that trails what it reports ("..., but witnesses took note, the authorities said")
  // reaches back over its sentence; a leading one reaches its own clause only
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (!sentence || cl.start < sentence.start || cl.end > sentence.end) return 'not-a-claim';
  const trailing = a.content.end <= a.cue.start && cl.end <= a.cue.start;
  // "Analysts blamed the slide on a number of factors: (1) ...; (3) ...": a list the cue announces
  const listed = cl.start >= a.cue.end && scope.text.slice(a.cue.end, cl.start).includes(':');
  // "According to investigators, ... , but ...": a sourcing phrase that opens its sentence frames all of it
  const framing = /^(according to|per)$/i.test(a.cue.text.replace(/\s+/g, ' ')) && cl.start >= a.cue.end && /^[\s“"‘']*$/.test(scope.text.slice(sentence.start, a.cue.start));
  return trailing || listed || framing ? null : 'not-a-claim';
}

/** The excuse of each vague or source-less attribution of the paragraph that has one, into `out`. */
export function noteExcuses(attributions: readonly Attribution[], scope: SourcingScope, out: Map<Attribution, NoDiagnosticReason>): void {
  for (const a of attributions) {
    const excuse = a.sourceKind === 'none' ? sourcelessExcuse(a, scope) : a.sourceKind === 'vague' ? (onTheRecord(a, scope) ? 'named-source' : vagueExcuse(a, null, scope)) : null;
    if (excuse) out.set(a, excuse);
  }
}

/**
 * "Fred LaRue, an official who once was rumored to be Deep Throat, has died", "weeks after a driver
 * who had been accused of stealing ... shot eight people": the cue is the verb of a relative clause
 * inside the clause (its subject "who" or "which", then auxiliaries and adverbs only), and hedges
 * that background, not what the clause says. A relative clause that is the clause itself (", where
 * the plan allegedly was hatched") is the claim the cue hedges.
 */
const RELATIVE_SUBJECT = /\b(?:who|which)\s+(?:(?:once|had|has|have|was|were|is|are|been|later|also|long|previously|earlier|widely|often|repeatedly)\s+)*$/i;

function inEmbeddedRelative(a: Attribution, cl: Clause, text: string): boolean {
  const before = text.slice(cl.start, a.cue.start);
  const m = RELATIVE_SUBJECT.exec(before);
  return !!m && /\p{L}/u.test(before.slice(0, m.index));
}

/** A named source whose content (in the same sentence) holds the cue: it reports what the cue hedges or relays. */
function vouched(a: Attribution, scope: SourcingScope): boolean {
  return namedAround(a, scope).some((b) => !asideBetween(scope.text, b, a));
}

/**
 * "According to Magruder's testimony -- an account reportedly confirmed by LaRue -- he and LaRue
 * worked ...": the cue stands in an aside that opens right after a named source, before its words:
 * it describes that source's account, and the claim is the named source's. An aside further into
 * the words ("... before the script (the initial draft of which X supposedly had problems with) is
 * the best it can be") is a claim of its own and stays flagged.
 */
function inNamedAside(a: Attribution, scope: SourcingScope): boolean {
  return namedAround(a, scope).some((b) => {
    const from = Math.max(b.cue.end, b.source?.end ?? b.cue.end);
    return asideBetween(scope.text, b, a) && from <= b.content.start && /(?:\s(?:-\s?-|—|–)\s|—|\()\s*$/.test(scope.text.slice(from, b.content.start));
  });
}

/** The named sources of the cue's sentence whose content holds the cue (and that it neither hedges nor reports on). */
function namedAround(a: Attribution, scope: SourcingScope): Attribution[] {
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (!sentence) return [];
  return scope.all.filter((b) => b !== a && b.sourceKind === 'named' && b.cue.start >= sentence.start && b.cue.end <= sentence.end
    && (b.cue.end <= a.cue.start || b.cue.start >= a.cue.end) && !overlaps(b.source, a.source) && !hedges(a, b)
    && b.content.start <= a.cue.start && a.cue.end <= b.content.end && !outer(a, b));
}

/**
 * "Agent Scott Boras asked for $200 million, sources said": each content holds the other's cue; the
 * one that trails the sentence reports the other (the sources report what Boras asked), so a vague
 * source is vouched for only by the outer one. A source-less cue hedges its clause, whatever it holds.
 */
function outer(a: Attribution, b: Attribution): boolean {
  return a.source !== null && a.content.start <= b.cue.start && b.cue.end <= a.content.end && a.cue.start > b.cue.start;
}

/** A vague source that reports a named one ("Boras asked for $200 million, sources said"): the claim rests on the vague one. */
export function reportsOn(vague: Attribution, named: Attribution): boolean {
  return vague.sourceKind === 'vague' && outer(vague, named);
}

/** "Wang reportedly told", "a readout reportedly indicated": the cue between a source and its verb hedges that very source. */
function hedges(a: Attribution, b: Attribution): boolean {
  if (!b.source) return false;
  const from = Math.min(b.source.start, b.cue.start);
  const to = Math.max(b.source.end, b.cue.end);
  return a.cue.start >= from && a.cue.end <= to;
}

/** "According to X's testimony -- an account reportedly confirmed by Y -- ...": the cue stands in an aside X does not speak. */
function asideBetween(text: string, b: Attribution, a: Attribution): boolean {
  const from = Math.min(b.cue.end, b.source?.end ?? b.cue.end);
  if (from > a.cue.start) return false;
  const between = text.slice(from, a.cue.start);
  const dashes = between.match(/\s(?:-\s?-|—|–)\s|—/g)?.length ?? 0;
  return dashes % 2 === 1 || (between.lastIndexOf('(') > between.lastIndexOf(')'));
}

/** The source stands in a subordinate phrase of its clause: "after several national banks announced", "than analysts had predicted". */
function subordinated(a: Attribution, scope: SourcingScope): boolean {
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (!sentence || !a.source || a.source.start > a.cue.start) return false;
  const before = scope.text.slice(sentence.start, a.source.start);
  const m = SUBORDINATOR.exec(before);
  if (!m) return false;
  // "Hawaii, as one of Mr. Obama's advisers pointed out, normally ...": "as X said (Friday)," sources its sentence
  const parenthetical = /(^|[,(—])\s*$/.test(before.slice(0, m.index)) && /^(?:\s*[\p{L}’'-]+){0,2}\s*[,.;)—]/u.test(scope.text.slice(a.cue.end, a.cue.end + 30));
  if (m[1].toLowerCase() === 'as' && parenthetical) return false;
  // the source is the subordinate clause's subject (or joins one: "as witnesses testified and lawyers
  // argued"), not an object further on ("as they speak to American business leaders")
  const from = sentence.start + m.index + m[1].length;
  const between = scope.tokens.filter((t) => t.start >= from && t.end <= a.source!.start);
  // right after the subordinator, or after another speaker's cue; not "after five years and detectives said"
  return between.length === 0 || (between.some((t) => CUE_FORMS.has(t.normal)) && !between.some((t) => t.tags.has('Verb') && !CUE_FORMS.has(t.normal)));
}

/**
 * Words that report an act rather than a claim: the content is an infinitive or a prepositional
 * phrase ("asked to review a video", "complained about delays"), or a noun phrase with nothing
 * after it but a comma, an infinitive, a preposition or a participle ("announced a joint effort to
 * pump money into the markets", "reported February sales today, ...", "denied arson following a
 * fire"), with no figure and no quoted words before its first comma ("pledged to enter Rafah “even
 * if ...”" quotes a claim). "Officials said the strike killed 12" is a clause (a verb follows its
 * subject); "confirmed 12 deaths" still sources its figure.
 */
function reportsAnAct(a: Attribution, scope: SourcingScope): boolean {
  const { tokens } = scope;
  // only a source that opens its sentence and leads its words: in "X was released, authorities
  // said Friday, because ..." the words are before the cue. A relative "who" leads its own clause's
  // words wherever it stands ("the officers, who responded with stun grenades", "some who questioned her ability")
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (!sentence || !a.source || a.source.start > a.cue.start) return false;
  // after an opening phrase ("Behind the scenes, trusted aides have talked with ..."), only words
  // that open with a preposition (below) are read as an act
  const opening = !/^who$/i.test(a.source.text) && /[,;:—]/.test(scope.text.slice(sentence.start, a.source.start));
  const leads = a.content.start >= a.cue.end && !/[,;:—][^,;:—]*[,;:—]/.test(scope.text.slice(sentence.start, a.source.start));
  if (opening && !leads) return false;
  const from = Math.max(a.content.start, a.cue.end);
  const words = scope.text.slice(from, a.content.end);
  // a figure or quoted words in its first phrase make it a claim ("confirmed 12 deaths", "pledged to
  // enter Rafah “even if ...”"), not a chant or an age further on ("continued to call for more
  // information ..., while chanting, “Hands up”", "questioned the health of Donald Trump, who is 70")
  const phrase = words.split(/[,;—]/)[0];
  if (/^\s*(that\b|[“"‘'(])/i.test(words) || /[“"”]/.test(phrase) || /\d|\b(hundreds?|thousands?|millions?|billions?|dozens?|scores)\b/i.test(phrase)) return false;
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0 || tokens[first].start >= a.content.end) return false;
  // "asked to review a video", "continued to call for more information", "complained about delays",
  // "responded with stun grenades"
  if (/^(to|for|about|with)$/.test(tokens[first].normal)) return true;
  if (opening) return false;
  if (!tokens[first].tags.has('Noun') && !tokens[first].tags.has('Determiner') && !tokens[first].tags.has('Adjective')) return false;
  const end = tokens.findIndex((t) => t.start >= a.content.end);
  const last = npStartingAt(tokens, first, end < 0 ? tokens.length : end);
  if (last < 0) return false;
  let k = last; // "reported February sales today,": a time after the object
  while (!breaksAfter(tokens[k]) && tokens[k + 1] && (tokens[k + 1].tags.has('Date') || tokens[k + 1].tags.has('Adverb'))) k++;
  // "Some critics said Felt, a Hoover loyalist, was bitter": an apposition, then the verb of a clause
  if (/,\s*$/.test(tokens[k].post)) {
    for (let j = k + 1; j < Math.min(tokens.length - 1, k + 1 + APPOSITION_WORDS); j++) {
      if (!/,\s*$/.test(tokens[j].post)) continue;
      const verb = tokens[j + 1];
      if (verb.start < a.content.end && verb.tags.has('Verb') && !verb.tags.has('Gerund')) return false;
      break;
    }
  }
  const next = tokens[k + 1];
  return breaksAfter(tokens[k]) || !next || next.start >= a.content.end || next.normal === 'to' || next.tags.has('Preposition') || next.tags.has('Gerund');
}

function overlaps(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

/** A headline, a deck or a label line (not a line that introduces what follows: "Hefner was reported as saying:"). */
function headline(scope: SourcingScope, at: number): boolean {
  const nl = scope.text.indexOf('\n', at);
  const line = scope.text.slice(scope.text.lastIndexOf('\n', at - 1) + 1, nl < 0 ? scope.text.length : nl).trimEnd();
  // a line that ends a sentence inside it and runs on ("... an accounting firm. "(Yahoo! News article)") is prose
  return !/:$/.test(line) && !/[a-z][.!?]["”’]?\s+\S/.test(line) && labelLine(scope.text, scope.sentences, at);
}

/** The words after the last comma, semicolon or dash: the phrase a cue stands in. */
function lastPhrase(text: string): string {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf('—'), text.lastIndexOf(' – '));
  return cut < 0 ? text : text.slice(cut + 1);
}
