import type { ComparePart, CompareOptions } from '../internal-error.js';
import type { Problem, ReportAnalysis, Span } from '../types.js';
import type { EntityTokens } from './align/align-claims.js';
import { alignEvent, oneDiagnosticPerChange } from './align/align-event.js';
import { emptyOutput, mergeOutput, type AlignOutput } from './align/output.js';
import { forgetTokens } from './align/words.js';
import { identifyEntities } from './identify-entities.js';
import { calledAnotherForm, quotedTitle, wordsOf } from './identity/name-uses.js';
import { compareStrings } from './order.js';
import type { CrossEntity, ReportInput } from './types.js';

/**
 * Entity identity and alignment of the reports of one event (unsorted; compareReports sorts). An
 * exception in the identity or in one aligner loses that part's output for this event only and is
 * reported to `options.onInternalError` (with the event's id, `event:` + its first report id).
 */
export function compareEvent(reports: readonly ReportInput[], options: CompareOptions = {}): AlignOutput & { entities: CrossEntity[] } {
  const members = [...reports].sort((a, b) => compareStrings(a.id, b.id));
  const out = { ...emptyOutput(), entities: [] as CrossEntity[] };
  if (members.length < 2) return out;
  const ids = members.map((r) => r.id);
  const report = (error: unknown, part: ComparePart) => options.onInternalError?.(error, { part, event: `event:${ids[0]}`, reports: ids });
  // undefined when the identity fails: the aligners then know nothing of who is who (not that nobody is named in two reports)
  let tokens: EntityTokens | undefined;
  try {
    const identity = identifyEntities(members);
    tokens = entityTokens(members, identity.entities);
    // name-variant problems come from the identity alone: those that are none go here
    const byId = new Map(members.map((r) => [r.id, r.analysis]));
    const problems: AlignOutput['problems'] = {};
    for (const id of Object.keys(identity.problems)) problems[id] = identity.problems[id].filter((p) => !noVariant(p, id, byId));
    out.entities.push(...identity.entities);
    mergeOutput(out, { links: identity.links, problems });
  } catch (e) {
    report(e, 'identity'); // the alignment goes on, without entities to match names across spellings
  }
  mergeOutput(out, alignEvent(members, tokens, report));
  for (const r of members) if (r.analysis && typeof r.analysis === 'object') forgetTokens(r.analysis);
  for (const id of Object.keys(out.problems)) out.problems[id] = oneDiagnosticPerChange(out.problems[id]);
  return out;
}

/** A name as a reader spells it: no case, accents, possessive, hyphens, spaces or dots ("Place Vendôme" = "Place Vendome"). */
function spelled(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A name-variant that is none: between two writings no reader would call two spellings, or at a
 * name quoted as a word ('her birth certificate spelled her name “Betty,”'), a name talked about;
 * or where one side is a word of a title in quotation marks (“Larry King Live” / “A G-Man's Life”)
 * or a form the report calls another ('“Cincenzo,” a diminutive of Vincente').
 */
function noVariant(p: Problem, id: string, byId: ReadonlyMap<string, ReportAnalysis | undefined>): boolean {
  if (p.code !== 'name-variant' || p.related.length === 0) return false;
  const text = (report: string) => byId.get(report)?.text ?? '';
  const here = spelled(text(id).slice(p.start, p.end));
  if (p.related.every((r) => spelled(text(r.report).slice(r.start, r.end)) === here)) return true;
  const t = text(id);
  if (calledAnotherForm(t, p.end) || p.related.every((r) => calledAnotherForm(text(r.report), r.end))) return true;
  if (p.related.every((r) => titlesApart(t, p, text(r.report), r) || titlesApart(text(r.report), r, t, p))) return true;
  return (byId.get(id)?.quotes ?? []).some((q) => q.content.start <= p.start && p.end <= q.content.end && spelled(q.content.text) === here);
}

/**
 * The name at `a` is a word of a title in quotation marks that the other spelling, at `b`, is no
 * writing of: no other word of the title is in b's own title, or in b's name when it is in none
 * (“A G-Man's Life: ...” against “Larry King Live”; not “Deep Throta” against "Deep Throat").
 */
function titlesApart(ta: string, a: Span, tb: string, b: Span): boolean {
  const mine = quotedTitle(ta, a.start, a.end);
  if (!mine) return false;
  const theirs = new Set(quotedTitle(tb, b.start, b.end) ?? wordsOf(tb.slice(b.start, b.end)));
  return !mine.some((w) => theirs.has(w));
}

/** Per report: the mentions of each entity the identity found in several reports, under its event-wide id. */
function entityTokens(members: readonly ReportInput[], entities: readonly CrossEntity[]): EntityTokens {
  const byId = new Map(members.map((r) => [r.id, r]));
  const out = new Map<string, Array<Span & { token: string }>>();
  for (const e of entities) {
    for (const o of e.occurrences) {
      const local = byId.get(o.report)?.analysis.entities.find((x) => x.id === o.entityId);
      if (!local) continue;
      const list = out.get(o.report) ?? [];
      for (const m of local.mentions) list.push({ start: m.start, end: m.end, token: `@${e.id}` });
      out.set(o.report, list);
    }
  }
  return out;
}
