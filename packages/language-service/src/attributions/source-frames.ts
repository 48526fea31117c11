import type { Attribution, Entity, Span } from '../types.js';
import { lexiconTags } from '../entities/lexicon.js';
import { isTitleWord } from '../entities/classify.js';
import { BODIES, ROLE_PLURALS, SPOKESPEOPLE } from './source-words.js';
import { sentenceAt } from '../text/spans.js';

/**
 * The report-level frames that make an unnamed source a body's voice (refer-back.ts asks them for
 * each anonymous source a definite description did not resolve): the words of the whole report,
 * not one paragraph, decide them.
 *
 * - `framedByBody`: collective roles ("officials", "Detectives", "law-enforcement officials") with a
 *   named body, the police or a named officer of a public service as a source in a sentence nearby
 *   ("Detectives said ... . Cumbria Police said ...", "the authorities said ... . the police said").
 * - `bodyOfficials`: officials of a body the report names: "sheriff's officials" when the report
 *   cites "the sheriff's department", "Orange officials" when it writes of "Orange" as a name.
 * - `spokespersonOfFrame`: "a spokesman said" in a passage sourced to a body ("..., the firm said.
 *   ..., a spokesman said"): that body's spokesman.
 * - `voicedByMember`: a group ("Unions say ...") whose view the next sentence quotes from a named member.
 * - and, in confirm-frames.ts, `confirmedByNamed`: a claim a named source states again a sentence or two on.
 */
export interface FrameInput {
  text: string;
  attributions: readonly Attribution[];
  entities: readonly Entity[];
  sentences: readonly Span[];
}

/** How many sentences before or after may name the body: "the next sentence or two". */
export const FRAME_SENTENCES = 2;

/**
 * Collective roles of a public service, bare or qualified by the service or its level ("officials",
 * "the authorities", "law-enforcement officials", "Firefighters", "federal investigators"); not by a
 * country, a people or a party ("Israeli officials", "Indian authorities": no one body speaks for them).
 */
const COLLECTIVE = /^(?:the )?(?:(?:law[- ]enforcement|federal|state|local|county|city|fire|police|rescue|emergency)\s+)?(officials|authorities|detectives|investigators|deputies|officers|firefighters|troopers|rescuers)$/i;

/**
 * Titles of a public service's officers that speak for it: "Chief Craft said", "Sheriff Lee Baca
 * said", "Police commissioner Charles Ramsey says". A reader takes "the authorities" near them for
 * that service (judged corpus half A, issue 12: the officials of a report whose police chief, sheriff
 * or commissioner speaks a line away are no mystery). "Mr.", "Dr." and titles of office holders who
 * are not a service ("Senator", "President") do not count.
 */
const SERVICE_TITLES = new Set('chief sheriff commissioner superintendent lieutenant lt lt. sergeant sgt sgt. captain capt capt. detective det. inspector marshal commander constable const. deputy officer trooper spokesman spokeswoman spokesperson coroner prosecutor'.split(' '));

/**
 * Unqualified collective roles ("officials", "the authorities", "Detectives"): when a body is a
 * source in another sentence within FRAME_SENTENCES, a reader takes them for that body's. The body
 * may be named ("Cumbria Police") or a public service that speaks as one ("the police said", "the
 * sheriff's department said"); a person whose title names the body counts ("Oregon State Police Lt.
 * Gregg Hastings", "Genesee County Sheriff Robert J. Pickell"), and so does a named officer of a
 * service ("Chief Craft said", "Sheriff Lee Baca said"). Not "Israeli officials" or "a police
 * source" (qualified by a country, or singular), nor a person with no service in the title
 * ("officials said ... . Mr. X said").
 */
export function framedByBody(s: Span & { text: string }, input: FrameInput): boolean {
  if (!COLLECTIVE.test(s.text.replace(/\s+/g, ' '))) return false;
  const at = sentenceAt(input.sentences, s.start);
  if (at < 0) return false;
  return input.attributions.some((a) => {
    if (!a.source || a.sourceKind === 'vague') return false;
    const text = a.source.text.replace(/\s+/g, ' ');
    const body = a.sourceType === 'organization'
      ? (namesBody(text) || servicePlural(text)) && !SPOKESPEOPLE.has(headOf(text))
      : a.sourceType === 'person' && (titledByBody(text) || serviceOfficer(text));
    if (!body) return false;
    const i = sentenceAt(input.sentences, a.source.start);
    return i >= 0 && i !== at && Math.abs(i - at) <= FRAME_SENTENCES;
  });
}

/** "the police", "Police", "the sheriff's department": a public service speaking as one. */
function servicePlural(text: string): boolean {
  return /^(?:the\s+)?(?:police|sheriff[’']s (?:department|office)|fire (?:department|service|brigade)|coroner[’']s office|prosecutors)$/i.test(text);
}

/** "Chief Craft", "Sheriff Lee Baca", "Police commissioner Charles Ramsey": a named officer of a public service. */
function serviceOfficer(text: string): boolean {
  const words = text.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  const name = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !SERVICE_TITLES.has(lower[i]) && !BODIES.has(lower[i]) && !OFFICES.has(lower[i]));
  // "Deputy Prime Minister Jason Miller" holds an office, not a post in a public service
  return name > 0 && lower.slice(0, name).some((w) => SERVICE_TITLES.has(w)) && !lower.slice(0, name).some((w) => OFFICES.has(w));
}

/** Offices of government or of a company, which a service title before them ("Deputy", "Chief") does not make a police post. */
const OFFICES = new Set('prime minister secretary mayor governor president chairman chairwoman director ambassador senator executive minister-president premier chancellor'.split(' '));

/**
 * A plural role ("officials", "executives") after a word that names a body: a body the report
 * cites as a source by that word ("sheriff's officials", "Sheriff's department officials" when
 * "the sheriff's department" or "Los Angeles County Sheriff's Department" speaks elsewhere), or a
 * name the report uses as one ("Orange officials" when it writes "service on Orange"). Not a
 * nationality, a party or a place ("Israeli officials", "Republican officials", "Iranian
 * officials"): no one body speaks for them; nor a body no one cites ("Police officials" alone).
 */
export function bodyOfficials(s: Span & { text: string }, input: FrameInput): boolean {
  const words = s.text.replace(/^(the|a|an)\s+/i, '').split(/\s+/).map((w) => w.replace(/[’']s$/i, ''));
  if (words.length < 2 || !ROLE_PLURALS.has(words[words.length - 1].toLowerCase())) return false;
  const modifiers = words.slice(0, -1);
  const cited = input.attributions.filter((a) => a.source && a.sourceType === 'organization' && (a.source.start !== s.start || a.source.end !== s.end))
    .map((a) => new Set(a.source!.text.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/[’']s$/, ''))));
  return modifiers.some((w) => {
    const key = w.toLowerCase();
    if (BODIES.has(key)) return cited.some((c) => c.has(key));
    return isBodyName(w, input);
  });
}

/**
 * A capitalised word the report uses as a name of something that is not a place or a people:
 * an organisation entity's word, or written mid-sentence after a preposition or a determiner and
 * before a lower-case word ("disrupted on Orange was", "the Orange network").
 */
function isBodyName(word: string, input: FrameInput): boolean {
  const key = word.toLowerCase();
  if (!/^\p{Lu}[\p{L}&-]+$/u.test(word) || isTitleWord(key) || /(an|ic|ian|ese|ish|i)$/.test(key)) return false;
  const tags = lexiconTags(key);
  if (tags && tags.some((t) => t === 'Demonym' || t === 'Country' || t === 'City' || t === 'Place' || t === 'Region')) return false;
  const entity = (kind: Entity['kind']) => input.entities.some((e) => e.kind === kind && e.mentions.some((m) => m.text.split(/\s+/).includes(word)));
  if (entity('place') || entity('person')) return false;
  if (entity('organization')) return true;
  const used = new RegExp(`\\b(?:on|at|of|for|from|by|with|to|the|a|an)\\s+${word.replace(/[&-]/g, '\\$&')}\\b(?!\\s+\\p{Lu})(?![’']s)`, 'u');
  return used.test(input.text);
}

/** "a spokesman", "one spokeswoman": a spokesperson with no body of their own. */
const BARE_SPOKESPERSON = /^(?:a|an|one)\s+(spokesman|spokeswoman|spokesperson)$/i;

/**
 * "a spokesman said" where the sentence or the two before source their words to a body and to no
 * person ("France Telecom said ... . The company said ... , the firm said ... . ..., a spokesman
 * said"): the body's spokesman, as "the spokesperson" refers back.
 */
export function spokespersonOfFrame(s: Span & { text: string }, input: FrameInput): boolean {
  if (!BARE_SPOKESPERSON.test(s.text.replace(/\s+/g, ' '))) return false;
  const at = sentenceAt(input.sentences, s.start);
  if (at < 0) return false;
  const frame = input.attributions.filter((a) => {
    if (!a.source || a.source.start >= s.start) return false;
    const i = sentenceAt(input.sentences, a.source.start);
    return i >= 0 && at - i <= FRAME_SENTENCES;
  });
  return frame.some((a) => a.sourceType === 'organization' && !SPOKESPEOPLE.has(headOf(a.source!.text)))
    && !frame.some((a) => a.sourceType === 'person' || a.sourceKind === 'vague');
}

/** "a company official", "a firm spokesman": one of a company's staff, the company unnamed in the source. */
const COMPANY_STAFF = /^(?:a|an|one)\s+(?:company|firm)\s+(?:official|spokesman|spokeswoman|spokesperson|representative|executive)$/i;

/**
 * "Portugal Telecom SGPS SA, Portugal's biggest phone company, has redirected traffic ..., said a
 * company official": the company is the one its sentence names before it (an organisation's
 * mention), and it speaks (judged corpus half A, issue 12). "a company official" with no company
 * named in its sentence stays vague.
 */
export function staffOfNamedCompany(s: Span & { text: string }, input: FrameInput): boolean {
  const at = COMPANY_STAFF.test(s.text.replace(/\s+/g, ' ')) ? sentenceAt(input.sentences, s.start) : -1;
  if (at < 0) return false;
  const from = input.sentences[at].start;
  return input.entities.some((e) => e.kind === 'organization' && e.mentions.some((m) => m.start >= from && m.end <= s.start));
}

/** Groups of people no one speaks for: their view is the writer's summary until one of them speaks. */
const GROUPS = new Set('others some many people critics unions lawmakers members residents witnesses activists supporters opponents experts analysts economists observers'.split(' '));
/** Collective officials, whom only a named spokesperson speaks for: "Indian authorities insisted ... . “...,” Commodore Nirad Sinha, a navy spokesman, told CNN". */
const SPOKEN_FOR = new Set(['authorities', 'officials']);

/**
 * A group's view that the next sentence gives in the words of one named member, in quotation
 * marks: "Unions say low-income Greeks will suffer. “These people are losing their rights,” said
 * Yiannis Panagopoulos, head of GSEE"; "Others believe that ... . “... I think we're responding
 * emotionally,” said trader Andy Brooks". The group's claim is the quoted one's, on the record.
 */
export function voicedByMember(s: Span & { text: string }, input: FrameInput): boolean {
  const head = headOf(s.text);
  if (!GROUPS.has(head) && !SPOKEN_FOR.has(head)) return false;
  const at = sentenceAt(input.sentences, s.start);
  if (at < 0) return false;
  const end = input.sentences[at].end;
  // an opening mark right after the sentence (not the closing mark of a quoted passage), curly,
  // straight, or two apostrophes or backticks as some papers and corpora write it (''The pope said ...'')
  const open = /^(?:[\s`'’‘.]*[“"]|\s*(?:''|``|‘‘))(?=[\p{L}\p{N}])/u.exec(input.text.slice(end, end + 12));
  if (!open) return false;
  return input.attributions.some((a) => a.sourceKind === 'named' && a.sourceType === 'person' && a.content.start >= end && a.content.start <= end + open[0].length
    && (!SPOKEN_FOR.has(head) || /\bspokes(?:man|woman|person)\b/i.test(a.source?.text ?? '')));
}

/** "Oregon State Police Lt. Gregg Hastings": a person's title holds a named body (a body word after a capitalised word). */
function titledByBody(text: string): boolean {
  const words = text.split(/\s+/);
  // "Genesee County Sheriff Robert J. Pickell", "Troy police Lt. Gerry Scherlinck", "Los Angeles County sheriff's Sgt. Don Manumaleuna"
  return words.some((w, i) => i > 0 && BODIES.has(w.toLowerCase().replace(/[’']s$/, '')) && /^\p{Lu}/u.test(words[i - 1]) && !/^(the|a|an)$/i.test(words[i - 1]));
}

/** "Cumbria police", "the Bristol district attorney's office", "Marfin Bank": a body with a name; not "Police", "the army". */
function namesBody(text: string): boolean {
  const rest = text.replace(/^(the|a|an)\s+/i, '').trim();
  return /\p{Lu}/u.test(rest) && !BODIES.has(rest.toLowerCase());
}

/** The head word of a source's words: the last before a modifier ("a spokesman for the campaign"). */
export function headOf(text: string): string {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/[\s,]+/).filter(Boolean);
  const stop = words.findIndex((w, i) => i > 0 && /^(of|for|at|from|with|in|on|familiar|close|who)$/.test(w));
  return (stop > 0 ? words[stop - 1] : words[words.length - 1]) ?? '';
}
