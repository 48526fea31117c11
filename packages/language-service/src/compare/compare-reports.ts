import type { Problem, Span } from '../types.js';
import type { EntityTokens } from './align/align-claims.js';
import { alignEvent, oneDiagnosticPerChange } from './align/align-event.js';
import { emptyOutput, mergeOutput, type AlignOutput } from './align/output.js';
import { groupEvents } from './group-events.js';
import { identifyEntities } from './identify-entities.js';
import type { Comparison, CrossEntity, Link, ReportInput } from './types.js';

/**
 * Groups reports into events and aligns what the reports of each event share: entities (one id
 * across reports), quotes, figures, dates and claims, with the mismatches between them.
 * Deterministic: links and problems come sorted.
 */
export function compareReports(reports: readonly ReportInput[]): Comparison {
  const byId = new Map<string, ReportInput>();
  for (const r of reports) if (!byId.has(r.id)) byId.set(r.id, r);
  const unique = [...byId.values()];
  const events = groupEvents(unique);
  const entities: CrossEntity[] = [];
  const all = emptyOutput();
  for (const event of events) {
    const members = event.reports.map((id) => byId.get(id)).filter((r): r is ReportInput => r !== undefined);
    if (members.length < 2) continue;
    const one = compareEvent(members);
    entities.push(...one.entities);
    mergeOutput(all, one);
  }
  const problems: Record<string, Problem[]> = {};
  for (const id of Object.keys(all.problems).sort(compareStrings)) problems[id] = dedupe(all.problems[id].sort(compareProblems), sameProblem);
  return { events, entities, links: dedupe(all.links.sort(compareLinks), sameLink), problems };
}

/** Entity identity and alignment of the reports of one event (unsorted; compareReports sorts). */
export function compareEvent(reports: readonly ReportInput[]): AlignOutput & { entities: CrossEntity[] } {
  const members = [...reports].sort((a, b) => compareStrings(a.id, b.id));
  const out = { ...emptyOutput(), entities: [] as CrossEntity[] };
  if (members.length < 2) return out;
  try {
    const identity = identifyEntities(members);
    out.entities.push(...identity.entities);
    mergeOutput(out, { links: identity.links, problems: identity.problems });
  } catch {
    // one event's entity identity failing leaves the rest of the comparison intact
  }
  try {
    mergeOutput(out, alignEvent(members, entityTokens(members, out.entities)));
  } catch {
    // the same for its alignment
  }
  for (const id of Object.keys(out.problems)) out.problems[id] = oneDiagnosticPerChange(out.problems[id]);
  return out;
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

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareLinks(a: Link, b: Link): number {
  return compareStrings(a.from.report, b.from.report) || a.from.start - b.from.start || a.from.end - b.from.end
    || compareStrings(a.to.report, b.to.report) || a.to.start - b.to.start || a.to.end - b.to.end
    || compareStrings(a.kind, b.kind) || b.score - a.score;
}

function compareProblems(a: Problem, b: Problem): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}

const sameLink = (a: Link, b: Link) => a.kind === b.kind && a.from.report === b.from.report && a.from.start === b.from.start
  && a.from.end === b.from.end && a.to.report === b.to.report && a.to.start === b.to.start && a.to.end === b.to.end;
const sameProblem = (a: Problem, b: Problem) => a.code === b.code && a.start === b.start && a.end === b.end && a.message === b.message;

/** Drops repeats from a sorted list (repeats are neighbours): no key strings for a million links. */
function dedupe<T>(sorted: T[], same: (a: T, b: T) => boolean): T[] {
  return sorted.filter((x, i) => i === 0 || !same(sorted[i - 1], x));
}
