import type { EntityKind, ReportAnalysis, Span } from '../../types.js';
import type { EntityTokens } from './align-claims.js';

/**
 * Who a passage is about: the entities named in its clause, by kind, each under its event-wide id
 * (or an id of its own when no other report names it). Sources of statements ("the ministry
 * said") are left out: two sources giving two figures for one thing is a disagreement.
 */
export type Subjects = Map<EntityKind | `~${EntityKind}` | 'apposed', Set<string>>;

interface Named extends Span {
  key: string;
  kind: EntityKind;
  /** Who says something ("the ministry said"): no subject of the clause, but what an apposition or a "who" clause after it is about. */
  says?: true;
}

const KIND_OF: Record<string, EntityKind> = { per: 'person', org: 'organization', loc: 'place' };

/**
 * Where a clause ends: punctuation that is no part of a number (not "31,000", "6:00"), a dash,
 * and a conjunction that opens a new subject or figure ("while Rahman connected", "and Seth VanDeest scored",
 * "52 percent in Egypt and 82 percent in India").
 */
const BREAK = /[;()[\]—–]|[,:](?!\d)|\s-\s|\s(?:while|whereas|but|and|or)\s+(?=\p{Lu}|(?:\p{Ll}+\s+){0,2}\d)/gu;

/** The clause of a sentence around a passage. */
export function clauseAround(text: string, sentence: Span, at: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const inner = text.slice(sentence.start, sentence.end);
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(inner); m !== null; m = BREAK.exec(inner)) {
    const s = sentence.start + m.index;
    const e = s + m[0].length;
    if (e <= at.start) start = e;
    else if (s >= at.end) { end = s; break; }
  }
  return { start, end };
}

/** Cues that say who says something; not "added", which also adds yards, points or a name to a list. */
const SAYING = /^(?:said|says|say|told|tells|according|reported|reports|announced|announces|stated|states|confirmed|confirms|claimed|claims|estimated|estimates)\b/i;

/** Per report: its named entities' mentions, sorted, sources of statements and counted names left out. */
export function namedMentions(reportId: string, report: number, analysis: ReportAnalysis, entities: EntityTokens | undefined): Named[] {
  // left out: a name inside a figure, which is what it counts ("31 Magazines"), not who; marked: who says something
  const sources: Span[] = [];
  for (const a of analysis.attributions ?? []) if (a.source && SAYING.test(a.cue.text)) sources.push(a.source);
  for (const q of analysis.quotes ?? []) if (q.speaker) sources.push(q.speaker);
  const counted: Span[] = [...(analysis.figures ?? [])];
  const cross = new Map<number, Named>();
  for (const m of entities?.get(reportId) ?? []) {
    const kind = KIND_OF[m.token.slice(1, 4)];
    if (kind) cross.set(m.start, { start: m.start, end: m.end, key: m.token, kind });
  }
  const all: Named[] = [];
  for (const e of analysis.entities ?? []) {
    for (const m of e.mentions) all.push(cross.get(m.start) ?? { start: m.start, end: m.end, key: `~${report}:${e.id}`, kind: e.kind });
  }
  all.sort((a, b) => a.start - b.start);
  const kept = withoutOverlaps(all, counted);
  const unsaid = new Set(withoutOverlaps(kept, sources));
  return kept.map((m) => (unsaid.has(m) ? m : { ...m, says: true }));
}

/** The mentions (sorted by start) that overlap none of the spans: one sweep over both, sorted. */
function withoutOverlaps(mentions: readonly Named[], spans: Span[]): Named[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Named[] = [];
  let i = 0;
  let reach = -1; // the furthest end of the spans starting before the current mention ends
  for (const m of mentions) {
    while (i < spans.length && spans[i].start < m.end) reach = Math.max(reach, spans[i++].end);
    if (reach <= m.start) out.push(m);
  }
  return out;
}

/**
 * The subjects of a passage's clause, from its report's named mentions (sorted by start); a kind
 * the clause does not name is taken from the whole sentence, marked as such (`~` ahead of the kind).
 */
export function subjectsOf(named: readonly Named[], sentence: Span, clause: Span, except?: Span, text?: string): Subjects {
  const out: Subjects = subjectsIn(named, clause, except);
  // an apposition that names nobody is about the name it follows: "Bandar Abbas, a city of 500,000 people"
  // (whatever kind the two reports' taggers gave it: "Qeshm island, home to 120,000 people" / "Bandar Abbas, a city of 500,000")
  const apposed = text !== undefined && out.size === 0 ? apposedTo(named, text, clause) : null;
  if (apposed) return new Map([[apposed.kind, new Set([apposed.key])], ['apposed', new Set([apposed.key])]]);
  for (const [kind, set] of subjectsIn(named, sentence, except)) if (!out.has(kind)) out.set(`~${kind}`, set);
  return out;
}

/**
 * An apposition opening a clause ("a city of", "home to") or a "who" clause ("Andy Ryan, who has
 * worked at the plant for nearly 30 years, said"): the name ending right before its comma, at most
 * one word after the name ("Qeshm island"), even when that name is who says something.
 */
const APPOSITION = /^\s*(?:an?|home|population|who|whose)\b/i;

function apposedTo(named: readonly Named[], text: string, clause: Span): Named | null {
  if (!APPOSITION.test(text.slice(clause.start, clause.start + 20))) return null;
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].start < clause.start) lo = mid + 1; else hi = mid;
  }
  const m = lo > 0 ? named[lo - 1] : null;
  return m && m.end <= clause.start && /^(?:\s+\p{Ll}+)?\s*,\s*$/u.test(text.slice(m.end, clause.start)) ? m : null;
}

function subjectsIn(named: readonly Named[], clause: Span, except?: Span): Map<EntityKind, Set<string>> {
  const out = new Map<EntityKind, Set<string>>();
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].start < clause.start) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < named.length && named[i].start < clause.end; i++) {
    const m = named[i];
    if (m.says || m.end > clause.end || (except && m.start < except.end && except.start < m.end)) continue;
    let set = out.get(m.kind);
    if (!set) out.set(m.kind, (set = new Set()));
    set.add(m.key);
  }
  return out;
}

/**
 * Two clauses about different people, organisations or places: for some kind, both name at
 * least one and they name none in common ("Richard Carter scored 14 points" / "13 points from
 * Seth VanDeest"; "Qeshm island, home to 120,000 people" / "Bandar Abbas, a city of 500,000 people").
 */
export function differentSubjects(a: Subjects, b: Subjects): boolean {
  const x = a.get('apposed');
  const y = b.get('apposed');
  if (x && y && disjoint(x, y)) return true;
  for (const kind of KINDS) {
    // a side that names none of the kind in the clause itself is taken at its sentence
    const x = a.get(kind) ?? a.get(`~${kind}`);
    const y = b.get(kind) ?? b.get(`~${kind}`);
    if (x && y && disjoint(x, y)) return true;
  }
  return false;
}

/** Two clauses that name one person in common, each in the clause itself ("Richard Carter scored 14 points" / "Richard Carter had 12 points"). */
export function samePerson(a: Subjects, b: Subjects): boolean {
  const x = a.get('person');
  const y = b.get('person');
  return x !== undefined && y !== undefined && !disjoint(x, y);
}

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];

function disjoint(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const x of xs) if (ys.has(x)) return false;
  return true;
}
