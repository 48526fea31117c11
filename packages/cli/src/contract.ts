import { createHash } from 'node:crypto';
import {
  ANALYZER_VERSION, compareStrings, eventTies, figureInterval, lineStarts, offsetToPosition,
  type Comparison, type Diagnostic, type Entity, type ReportAnalysis,
} from '@newslens/language-service';
import {
  CONTRACT_VERSION, type AnalyzeJson, type CheckJson, type JsonDiagnostic, type JsonEntity, type JsonReport, type JsonTool,
} from './contract-types.js';
import type { FileResult, RunResult } from './run.js';
import { CLI_VERSION } from './version.js';

export const TOOL: JsonTool = { name: 'newslens', version: CLI_VERSION, analyzerVersion: ANALYZER_VERSION };

/** Line starts per path, computed once per file and shared by every diagnostic. */
export class Positions {
  private readonly starts = new Map<string, number[]>();
  constructor(private readonly files: readonly FileResult[]) {
    for (const f of files) if (f.text !== null) this.starts.set(f.path, lineStarts(f.text));
  }
  at(path: string, offset: number): { line: number; character: number } {
    const starts = this.starts.get(path);
    return starts ? offsetToPosition(starts, offset) : { line: 0, character: 0 };
  }
}

/** Every diagnostic of the run as contract objects, sorted by path, then position. */
export function jsonDiagnostics(run: RunResult, positions = new Positions(run.files)): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  for (const f of run.files) for (const d of f.diagnostics) out.push(jsonDiagnostic(f.path, d, positions));
  return out;
}

export function jsonDiagnostic(path: string, d: Diagnostic, positions: Positions): JsonDiagnostic {
  const start = positions.at(path, d.start);
  const end = positions.at(path, d.end);
  return {
    path, start: d.start, end: d.end, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character,
    severity: d.severity, code: d.code, message: d.message,
    related: d.related.map((r) => {
      const p = positions.at(r.report, r.start);
      return { path: r.report, start: r.start, end: r.end, line: p.line, character: p.character, message: r.message };
    }),
    ...(d.data?.claimKind ? { claimKind: d.data.claimKind } : {}),
    ...(d.data?.quoteChange ? { quoteChange: d.data.quoteChange } : {}),
  };
}

export function checkJson(run: RunResult): CheckJson {
  return { version: CONTRACT_VERSION, tool: TOOL, diagnostics: jsonDiagnostics(run) };
}

export function analyzeJson(run: RunResult): AnalyzeJson {
  const { comparison } = run;
  const crossIds = crossEntityIds(comparison);
  const eventOf = new Map<string, string>();
  for (const e of comparison.events) for (const r of e.reports) eventOf.set(r, e.id);
  const reports: JsonReport[] = [];
  for (const f of run.files) {
    if (!f.analysis) continue;
    const event = eventOf.get(f.path) ?? null;
    const scope = idScope(event ?? `report:${f.path}`);
    const ids = (local: string) => {
      const cross = crossIds.get(`${f.path}\u0000${local}`) ?? local;
      return { id: `${cross}@${scope}`, crossId: cross };
    };
    reports.push(jsonReport(f.path, f.analysis, ids, event));
  }
  const analyses = new Map<string, ReportAnalysis>();
  for (const f of run.files) if (f.analysis) analyses.set(f.path, f.analysis);
  const ties = eventTies(comparison.events, analyses);
  const events = comparison.events
    .map((e) => ({ id: e.id, reports: [...e.reports].sort(compareStrings), terms: ties.get(e.id) ?? [] }))
    .sort((a, b) => compareStrings(a.id, b.id));
  const links = comparison.links
    .map((l) => ({
      kind: l.kind,
      from: { path: l.from.report, start: l.from.start, end: l.from.end },
      to: { path: l.to.report, start: l.to.start, end: l.to.end },
      score: l.score,
    }))
    .sort((a, b) => compareStrings(a.from.path, b.from.path) || a.from.start - b.from.start || a.from.end - b.from.end
      || compareStrings(a.to.path, b.to.path) || a.to.start - b.to.start || a.to.end - b.to.end || compareStrings(a.kind, b.kind));
  return { version: CONTRACT_VERSION, tool: TOOL, reports, events, links, diagnostics: jsonDiagnostics(run) };
}

/**
 * What makes an entity id unique to its event: a short hash of the event's id (of the report's
 * path when it is in no event). Two namesakes in two events get two ids; their `crossId` (the name
 * key the comparison gives) stays the same, so one person can be followed across events.
 */
function idScope(event: string): string {
  return createHash('sha256').update(event).digest('hex').slice(0, 10);
}

function crossEntityIds(comparison: Comparison): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of comparison.entities) for (const o of e.occurrences) map.set(`${o.report}\u0000${o.entityId}`, e.id);
  return map;
}

type EntityIds = (local: string) => { id: string; crossId: string };

function jsonReport(path: string, a: ReportAnalysis, ids: EntityIds, event: string | null): JsonReport {
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
  const textSpan = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
  return {
    path,
    format: a.format,
    hadBom: a.hadBom,
    language: a.language.code,
    publishedAt: a.publishedAt,
    ...metadataFields(a),
    event,
    sentences: a.sentences.map(span),
    entities: mergeEntities(a.entities, ids),
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, content: span(q.content),
      speaker: q.speaker ? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end, entityId: q.speaker.entityId === null ? null : ids(q.speaker.entityId).id } : null,
      depth: q.depth,
    })),
    attributions: a.attributions.map((t) => ({
      source: t.source ? textSpan(t.source) : null, cue: textSpan(t.cue), content: span(t.content), sourceKind: t.sourceKind,
      sourceType: t.sourceType, ...(t.noDiagnostic ? { noDiagnostic: t.noDiagnostic } : {}),
    })),
    figures: a.figures.map((g) => ({ ...textSpan(g), value: g.value, approx: g.approx, counts: g.counts, interval: figureInterval(g) })),
    dates: a.dates.map((d) => ({ ...textSpan(d), value: d.value, weekday: d.weekday, relative: d.relative })),
    claims: a.claims.map((c) => ({ start: c.start, end: c.end, status: c.status, kind: c.kind, source: c.source ? span(c.source) : null })),
    loadedWords: (a.loadedWords ?? []).map((w) => ({ ...textSpan(w), kind: w.kind, quoted: w.quoted })),
  };
}

/** The front matter's fields the JSON carries, each only when the report gives it. */
function metadataFields(a: ReportAnalysis): Pick<JsonReport, 'source' | 'title' | 'url' | 'author' | 'eventPin'> {
  const m = a.metadata ?? {};
  return {
    ...(m.source !== undefined ? { source: m.source } : {}),
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(m.url !== undefined ? { url: m.url } : {}),
    ...(m.author !== undefined ? { author: m.author } : {}),
    ...(m.event !== undefined ? { eventPin: m.event } : {}),
  };
}

/**
 * Entities under their event-wide ids. Two local entities the comparison maps to one id (two
 * spellings in one report) become one entity; sorted by first mention.
 */
function mergeEntities(entities: readonly Entity[], ids: EntityIds): JsonEntity[] {
  const byId = new Map<string, JsonEntity>();
  for (const e of entities) {
    const { id: key, crossId } = ids(e.id);
    const mentions = e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, form: m.form }));
    const descriptors = e.descriptors.map((d) => ({ start: d.start, end: d.end, text: d.text }));
    const labels = (e.labels ?? []).map((l) => ({ start: l.start, end: l.end, text: l.text, kind: l.kind, loaded: [...l.loaded], quoted: l.quoted }));
    const pronouns = (e.pronouns ?? []).map((p) => ({ start: p.start, end: p.end, text: p.text }));
    const seen = byId.get(key);
    if (seen) {
      seen.mentions.push(...mentions);
      seen.descriptors.push(...descriptors);
      seen.labels.push(...labels);
      seen.pronouns.push(...pronouns);
    } else {
      byId.set(key, { id: key, crossId, kind: e.kind, name: e.name, mentions, descriptors, labels, pronouns });
    }
  }
  const out = [...byId.values()];
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    e.descriptors.sort((a, b) => a.start - b.start || a.end - b.end);
    e.labels.sort((a, b) => a.start - b.start || a.end - b.end);
    e.pronouns.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  const first = (e: JsonEntity) => e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => first(a) - first(b) || compareStrings(a.id, b.id));
}
