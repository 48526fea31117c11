// Each entity's labels (docs/labels.md): what the report calls it besides its name. Its descriptors
// become apposition and title labels; the label phrases of the paragraphs (label-phrases.ts) are
// attached by type, recency, the report's own earlier labels and titles, and gender; a capital
// acting for its country's government ("Beijing said") labels the country. Identity is not touched:
// a label never adds, moves or drops a mention.
import { isOutletName, OUTLET_NOUNS } from '../attributions/source-words.js';
import { insideQuote } from '../loaded/loaded-words.js';
import type { Entity, Label, LabelKind, LoadedWord, Span } from '../types.js';
import { nounSex } from './descriptions.js';
import { mentionSalience } from './label-salience.js';
import { lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { fits, genderOf, isCountry, opensSentence, sentenceAt, surnameOfPerson, type Ctx } from './label-context.js';
import { businessForBody, countryOfCapital, demonymOf, isBodyTie, isDoer, isInstitution, isRelational, namesCountry } from './label-nouns.js';
import { leadPerson, roleOf, tiedTo } from './label-roles.js';
import type { RawLabel } from './label-phrases.js';
import { HEAD_TITLES } from './patterns.js';

/** How far back a reference looks for its entity, in sentences (0: its own sentence only). Tuned on ECB+ even topics. */
export const LABEL_OPTIONS = {
  /** "the actress", "the 29-year-old": the person named in this or the last two sentences (1: recall -4 points, 3: precision -2). */
  personWindow: 2,
  /** "the company", "the group", "the terrorists": organisations are named further back than people. */
  organizationWindow: 3,
  /** "the country", "the city", "the administration". */
  placeWindow: 2,
  /** "A Mafia boss arrested Tuesday ...": the person named in the same or the next sentence. */
  leadWindow: 1,
  /**
   * Whether such a lead description is attached at all. Given to whoever was named next, 12 of 17 on
   * the even topics went to the wrong person (the victim); given only to a name opening its sentence
   * (leadPerson), 2 of 4 were judged right and the other 2 are right to a reader (docs/labels.md).
   */
  leads: true,
  /**
   * A reference back goes to the most salient fitting entity only when it is at least this many times
   * as salient as the next one; two close candidates leave it unattached (a wrong label is shown in
   * the hover; a missing one is not). Chosen on the ECB+ even topics split in two (topics 4, 8, ... /
   * 2, 6, ...): 1.5 removes 11 labels on part 1, about all wrong by an editor's reading ("the man"
   * for Felt's interviewer, "The chain-smoking FBI-man" for Woodward), and about 45 on part 2, about
   * 33 wrong ("the gunman" for the victim, "the Australian actor" for the producer) and 12 right
   * (docs/labels.md); 2 removes a few more right ones; 1 attaches every best.
   */
  margin: 1.5,
};

/**
 * A verb of reporting right after a name, in an outlet's way: ending the sentence or clause it
 * reports (", Ansa reported.") or in the progressive ("THR is reporting that"); "France Telecom
 * reported that ..." may be the company's own statement.
 */
const REPORTING = /^\s+(?:(?:is|was)\s+reporting\b|(?:reported|reports)\s*(?:[,.;]|$))/;

/** Sets `labels` on every entity (sorted by start). `raw`: the paragraphs' label phrases, report offsets, sorted by start. */
export function attachLabels(entities: readonly Entity[], raw: readonly RawLabel[], text: string, sentences: readonly Span[], quotes: readonly Span[], loaded: readonly LoadedWord[]): void {
  const mentions = entities
    .flatMap((entity) => entity.mentions.filter((m) => m.form !== 'description').map((m) => ({ start: m.start, end: m.end, entity, sentence: sentenceAt(sentences, m.start) })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const ctx: Ctx = { text, mentions, sentences, quotes, loaded, labels: new Map(), taken: new Set(), genders: new Map(), outlets: new Map(), misread: surnameOfPerson(entities) };
  // no apposition where the paragraph read a clause (", the court ruled")
  const clauses = new Set(raw.filter((x) => x.clause).map((x) => x.start));
  for (const e of entities) {
    for (const d of e.descriptors) {
      const title = e.mentions.some((m) => m.start >= d.end && m.start - d.end <= 2);
      if (!title && clauses.has(d.start)) continue;
      const span = title ? (titleWord(d.text) ? d : null) : appositionPart(d);
      if (span) add(ctx, e, span, title ? 'title' : 'apposition');
    }
  }
  // an apposition's own start is the apposition; a phrase inside it may still label another entity;
  // a relative by a tie ("her agent said") last, once the report's later appositions ("her agent, Mark Roesler,") are placed
  const later = (x: RawLabel) => x.tie === true && !x.named;
  for (const l of [...raw.filter((x) => !later(x)), ...raw.filter(later)]) {
    if (l.clause || ctx.taken.has(`${l.start},${l.start}`)) continue;
    const e = resolve(ctx, l, entities);
    if (e) add(ctx, e, l, l.kind);
  }
  for (const e of entities) e.labels = (ctx.labels.get(e) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A title or role ends in a singular noun ("Chinese diplomat", "Prime Minister"), not a preposition, an adjective ("city of", "posh") or a plural. */
function titleWord(text: string): boolean {
  const last = (/[\p{L}.-]+$/u.exec(text)?.[0] ?? '').toLowerCase();
  if (last === '' || /^(?:of|the|and|for|in|at|to)$/.test(last)) return false;
  // "Washington Post reporters Bob Woodward and Carl Bernstein": a plural names the group, not one of them
  if (/[^s]s$/.test(last) && lexiconTags(last.slice(0, -1))?.includes('Actor')) return false;
  // a lone adjective ("posh"); after another word an adjective is a title's noun ("chief executive")
  const tags = lexiconTags(last);
  return !(tags && tags.length === 1 && tags[0] === 'Adjective' && !/\s/.test(text.trim()));
}

/** An apposition up to a relative clause ("a neurosurgeon who is among ..."); none when it reports speech ("... said"). */
function appositionPart(d: Span & { text: string }): (Span & { text: string }) | null {
  if (/\b(?:said|says|told|added)$/.test(d.text)) return null;
  const cut = /\s(?:who|whose|which|that|where)\s/.exec(d.text);
  if (!cut) return d;
  const text = d.text.slice(0, cut.index);
  return { start: d.start, end: d.start + text.length, text };
}

function add(ctx: Ctx, e: Entity, span: Span & { text: string }, kind: LabelKind): void {
  const key = `${span.start},${span.end}`;
  if (ctx.taken.has(key)) return;
  ctx.taken.add(key);
  ctx.taken.add(`${span.start},${span.start}`);
  const words = [...new Set(ctx.loaded.filter((w) => w.start >= span.start && w.end <= span.end).map((w) => w.text.toLowerCase()))];
  const label: Label = { start: span.start, end: span.end, text: span.text, kind, loaded: words, quoted: insideQuote(span, ctx.quotes) };
  const list = ctx.labels.get(e);
  if (list) list.push(label);
  else ctx.labels.set(e, [label]);
}

/** The place kind a place noun asks for ("the country": a country), if any. */
function placeKind(head: string): string | null {
  if (head === 'country' || head === 'nation' || head === 'kingdom' || head === 'republic') return 'country';
  if (head === 'city' || head === 'town' || head === 'capital' || head === 'village') return 'city';
  if (head === 'state' || head === 'province') return 'province';
  return null;
}

/**
 * The words the report has called `e` so far, lower case: its name, descriptors and labels, without
 * their possessors ("Chela Ortiz, the deputy's wife" calls her a wife, not a deputy).
 */
function calledSo(ctx: Ctx, e: Entity, before: number): string {
  const parts = [e.name, ...e.descriptors.filter((d) => d.start < before).map((d) => d.text), ...(ctx.labels.get(e) ?? []).map((l) => l.text)];
  return ` ${parts.join(' ').replace(/[\p{L}\d.-]+['’]s?(?=\s|$)/gu, ' ').toLowerCase().replace(/[^\p{L}\d-]+/gu, ' ')} `;
}

function resolve(ctx: Ctx, l: RawLabel, entities: readonly Entity[]): Entity | null {
  const inner = ctx.mentions.filter((m) => m.start >= l.start && m.end <= l.end);
  const { subject, seat } = l;
  if (l.named) {
    const e = ctx.mentions.find((m) => m.start === l.named!.start)?.entity;
    // a title the entity's descriptors already gave ("Chinese diplomat Wang Kejian")
    if (l.kind === 'title' && e && (ctx.labels.get(e) ?? []).some((x) => x.start < l.end && l.start < x.end)) return null;
    return e && (fits(l.cls, e, ctx.misread) || isBodyTie(l.head) && e.kind === 'organization' && !ctx.misread?.has(e)) ? e : null;
  }
  if (subject) {
    // the subject's name, or the name an apposition ending there belongs to ("Hugh Jackman, the furry hero in the X-Men movies, will be host")
    const e = ctx.mentions.find((m) => m.start < subject.end && subject.end <= m.end && m.end <= l.start)?.entity ??
      entities.find((x) => x.descriptors.some((d) => d.end === subject.end && d.start < subject.start)) ?? null;
    // "Qatar is a good partner": a person noun says nothing of a place
    return e && fits(l.cls, e, ctx.misread) ? e : null;
  }
  if (seat) {
    const e = inner.find((m) => m.start === seat.start)?.entity;
    return !e ? null : l.cls === 'place' ? (e.kind === 'place' ? e : null) : governed(e, entities);
  }
  if (l.nation && (l.cls === 'government' || l.cls === 'members')) {
    return entities.find((e) => isCountry(e) && [e.name, ...e.mentions.map((m) => m.text)].some((n) => demonymOf(l.nation!, n))) ?? null;
  }
  if (l.role) return roleOf(ctx, l);
  if (l.tie) return tiedTo(ctx, l, entities);
  // "the Hamas movement": the name inside names the entity when the head fits it; "the Hamas official",
  // "the Obama aide" are someone else (a person's label never holds the person's name)
  // "the Nixon administration": a government named after a person (a surname compromise knows) is not that name's
  const named = l.cls === 'person' ? undefined : inner.find((m) => fits(l.cls, m.entity, ctx.misread) && namedBy(l.head, m.entity) && !(l.cls === 'government' && !isCountry(m.entity) && lexiconTags(ctx.text.slice(m.start, m.end).toLowerCase())?.includes('LastName')));
  if (named) return named.entity;
  const others = new Set(inner.map((m) => m.entity));
  // "Tim Fanning said the man ...": whom a speaker tells of in his own sentence is someone else
  const sayer = l.cls === 'person' ? ctx.mentions.find((m) => m.end <= l.start && l.start - m.end <= 32 && SAID_BEFORE.test(ctx.text.slice(m.end, l.start))) : undefined;
  if (sayer) others.add(sayer.entity);
  // "the Obama team", "the Bush administration": a body of someone named, not an entity of the report
  if (others.size > 0 && l.cls !== 'person') return null;
  if (l.lead || storyOpening(ctx, l)) return LABEL_OPTIONS.leads ? leadPerson(ctx, l, others, LABEL_OPTIONS.leadWindow) : null;
  return referredTo(ctx, l, others);
}

/** A verb of saying between a speaker's name and the phrase it reports ("Fanning said the man", "Dorsey says the woman"). */
const SAID_BEFORE = /^\s+(?:said|says|told\s+\p{L}+|added|explained|alleged|alleges)\s+(?:that\s+)?$/u;

/** Nouns that name only an entity whose name ends with them: "the party" is "the Labour Party", not the office Christmas party's "Christmas". */
const NAME_ENDING_HEADS = new Set(['party']);

const namedBy = (head: string, e: Entity) => !NAME_ENDING_HEADS.has(head) || e.name.toLowerCase().endsWith(` ${head}`);

/** People of a happening a report often leaves unnamed (what isDoer does not hold: those who suffered it, those held for it). */
const UNNAMED_ROLES = new Set(['victim', 'victims', 'suspect', 'suspects', 'survivor', 'witness', 'passenger', 'hostage', 'patient', 'deceased']);

/**
 * "The alleged Mafia boss of a Palermo neighborhood hanged himself ...": a definite person phrase
 * opening its sentence before the report names anyone has nothing to refer back to; like an
 * indefinite lead, it refers forward to the person named next.
 */
function storyOpening(ctx: Ctx, l: RawLabel): boolean {
  if (l.cls !== 'person' || !l.definite || ctx.mentions.some((m) => m.start < l.start && m.entity.kind === 'person')) return false;
  // "The victim was taken to hospital ... John Smith, 45, was arrested": who did or suffered the deed is
  // often never named, and the person named next is someone else
  if (isDoer(l.head) || UNNAMED_ROLES.has(l.head)) return false;
  const s = ctx.sentences[sentenceAt(ctx.sentences, l.start)];
  return s !== undefined && /^[\s"“‘']*$/.test(ctx.text.slice(s.start, l.start));
}

/** The country a capital ("Beijing") or a country ("Iran") stands for, when the report names the country. */
function governed(seat: Entity, entities: readonly Entity[]): Entity | null {
  if (isCountry(seat)) return seat;
  const country = seat.kind === 'place' ? countryOfCapital(seat.name) : null;
  if (!country) return null;
  return entities.find((e) => e.kind === 'place' && [e.name, ...e.mentions.map((m) => m.text)].some((n) => namesCountry(n, country))) ?? null;
}

/** A definite phrase referring back: an entity named before it, by its earlier labels, gender and salience (label-salience.ts). */
function referredTo(ctx: Ctx, l: RawLabel, others: ReadonlySet<Entity>): Entity | null {
  const window = l.cls === 'person' ? LABEL_OPTIONS.personWindow : l.cls === 'place' || l.cls === 'government' ? LABEL_OPTIONS.placeWindow : LABEL_OPTIONS.organizationWindow;
  const at = sentenceAt(ctx.sentences, l.start);
  const first = at - window;
  const wantPlace = l.cls === 'place' ? placeKind(l.head) : l.cls === 'government' ? 'country' : null;
  // "the region", "the island", "the area": too loose to refer back (ECB+ even topics: each one judged was wrong)
  if (l.cls === 'place' && !wantPlace) return null;
  const recent: Entity[] = [];
  const earlier: Entity[] = [];
  const salience = new Map<Entity, number>();
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= l.start) continue;
    if (!fits(l.cls, m.entity, ctx.misread) || !namedBy(l.head, m.entity) || others.has(m.entity) || wantPlace && lookupPlace(m.entity.name) !== wantPlace) continue;
    if (!earlier.includes(m.entity)) earlier.push(m.entity);
    if (m.sentence < first) continue;
    if (!recent.includes(m.entity)) recent.push(m.entity);
    salience.set(m.entity, (salience.get(m.entity) ?? 0) + mentionSalience(m, at, opensSentence(ctx, m)));
  }
  // the report called it so before ("the ambassador" after "the former ambassador to Lebanon"; "the academy")
  const word = new RegExp(`\\s${l.head.replace(/[^\p{L}\d-]/gu, '')}s?\\s`, 'u');
  const same = earlier.find((e) => word.test(calledSo(ctx, e, l.start)));
  if (same) return same;
  // "the U.S. surgeon general", "the president": a title names whoever holds it, who is not always the person named last;
  // "the gunman", "the leaker": whoever did it, often not yet named
  if (l.cls === 'person' && (isRelational(l.head) || isDoer(l.head) || HEAD_TITLES.has(l.head) || HEAD_TITLES.has(l.head.split(' ').pop() ?? ''))) return null;
  // "the sheriff's department", "the ministry", "the court": a body of its own, not the organisation named last
  if (l.owned || l.cls === 'organization' && isInstitution(l.head)) return null;
  const sex = l.cls === 'person' ? nounSex(l.head) : null;
  // "the newspaper" is an outlet, "the studio", "the group", "the firm" are not (one the report cites: "..., THR reported");
  // "the network" may be either (a broadcaster, a telecom, a militant group)
  const outlet = l.cls === 'person' || l.cls === 'place' || l.head === 'network' ? null : OUTLET_NOUNS.has(l.head);
  const fitting = recent.filter((e) => (!sex || genderOf(ctx, e) !== (sex === 'female' ? 'male' : 'female')) && (outlet === null || isOutlet(ctx, e) === outlet));
  // "the woman": one known to be a woman before one whose gender the report does not say; then the
  // most salient in the window, when clearly more salient than the next (LABEL_OPTIONS.margin)
  const rank = (e: Entity) => (sex && genderOf(ctx, e) === sex ? 1e6 : 0) + salience.get(e)!;
  let best: Entity | null = null;
  let second = 0;
  for (const e of fitting) {
    if (!best || rank(e) > rank(best)) {
      if (best) second = rank(best);
      best = e;
    } else second = Math.max(second, rank(e));
  }
  // "the bank" when the one the sentences are about is the International Monetary Fund: a business noun names no
  // public body, and the next one down is a guess
  return best && rank(best) >= LABEL_OPTIONS.margin * second && !businessForBody(l.head, best.name) ? best : null;
}

/**
 * A news outlet: a name made with an outlet's word ("Los Angeles Times", "Canadian Press"), one the
 * report cites as reporting ("THR is reporting that ...", "..., Ansa reported"), or one the report
 * has called by an outlet noun.
 */
function isOutlet(ctx: Ctx, e: Entity): boolean {
  let named = ctx.outlets.get(e);
  if (named === undefined) {
    named = isOutletName(e.name) || e.mentions.some((m) => isOutletName(m.text) || REPORTING.test(ctx.text.slice(m.end, m.end + 32)));
    ctx.outlets.set(e, named);
  }
  return named || calledSo(ctx, e, Infinity).split(' ').some((w) => OUTLET_NOUNS.has(w));
}
