// One event's result as the comparison cache stores it and the comparison worker sends it: part 1
// the entities and problems (JSON), part 2 the links as rows of numbers over the members' indices.
// The language server decodes part 2 only for the report a request is about (held-comparison.ts).
import type { CrossEntity, EventResult, Link, LinkKind, Problem, ReportInput } from '@newslens/language-service';

const KINDS: readonly LinkKind[] = ['entity', 'quote', 'figure', 'date', 'claim'];

/** Part 1: entities and problems; part 2: links as number rows over the members' indices. */
export function encodeEvent(members: readonly ReportInput[], result: EventResult): string[] {
  const index = new Map(members.map((r, i) => [r.id, i]));
  const problems: Record<string, Problem[]> = {};
  for (const [id, list] of result.problems) problems[id] = list;
  const links: Array<[string, number[][]]> = [];
  for (const [id, list] of result.links) {
    links.push([id, list.map((l) => [KINDS.indexOf(l.kind), l.from.start, l.from.end, index.get(l.to.report) ?? -1, l.to.start, l.to.end, l.score])]);
  }
  return [JSON.stringify({ entities: result.entities, problems }), JSON.stringify(links)];
}

/**
 * An event's entities and problems from part 1 (undefined: not a valid encoding). `members`: the
 * event's report ids, whose strings the decoded result then shares (`shareIds`).
 */
export function decodeEventHead(part: string, members?: readonly string[]): Pick<EventResult, 'entities' | 'problems'> | undefined {
  try {
    const first = JSON.parse(part) as { entities: CrossEntity[]; problems: Record<string, Problem[]> };
    if (!Array.isArray(first.entities) || typeof first.problems !== 'object' || first.problems === null) return undefined;
    const problems = new Map<string, Problem[]>();
    for (const [id, list] of Object.entries(first.problems)) {
      if (!Array.isArray(list)) return undefined;
      problems.set(id, list);
    }
    if (members) shareIds(first.entities, problems, members);
    return { entities: first.entities, problems };
  } catch {
    return undefined;
  }
}

/**
 * JSON.parse makes a new string of every report id an event repeats (each entity's occurrence, each
 * problem's related location): they are made the members' own strings, and an occurrence's entity
 * id its entity's when equal. What a language server's main thread holds of every event's result
 * (held-comparison.ts): 255 -> 220 MB for the 1,297 events of 10,000 corpus reports (session 26,
 * measured on the comparison cache's entries). The values are unchanged.
 */
function shareIds(entities: CrossEntity[], problems: ReadonlyMap<string, Problem[]>, members: readonly string[]): void {
  const own = new Map(members.map((id) => [id, id]));
  for (const e of entities) {
    for (const o of e.occurrences ?? []) {
      o.report = own.get(o.report) ?? o.report;
      if (o.entityId === e.id) o.entityId = e.id;
    }
  }
  for (const list of problems.values()) for (const p of list) for (const r of p.related ?? []) r.report = own.get(r.report) ?? r.report;
}

/** An event's links by their `from` report, from part 2 (`ids`: the members, sorted; throws on a bad encoding). */
export function decodeLinks(part: string, ids: readonly string[]): Map<string, Link[]> {
  const links = new Map<string, Link[]>();
  for (const [from, rows] of JSON.parse(part) as Array<[string, number[][]]>) {
    links.set(from, rows.map(([k, fs, fe, to, ts, te, score]) => {
      if (KINDS[k] === undefined || ids[to] === undefined) throw new Error('bad link');
      return { kind: KINDS[k], from: { report: from, start: fs, end: fe }, to: { report: ids[to], start: ts, end: te }, score };
    }));
  }
  return links;
}

/** An event's result from encodeEvent's parts (undefined: not a valid encoding for these members). */
export function decodeEvent(parts: readonly string[], members: readonly ReportInput[]): EventResult | undefined {
  const head = decodeEventHead(parts[0]);
  if (!head) return undefined;
  try {
    const links = parts.length > 1 ? decodeLinks(parts[1], members.map((r) => r.id)) : new Map<string, Link[]>();
    return { ...head, links };
  } catch {
    return undefined;
  }
}
