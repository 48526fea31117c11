import { compareStrings } from '../compare/order.js';
import type { Location } from '../compare/types.js';
import type { Entity, ReportAnalysis, Span } from '../types.js';
import { crossEntityOf, entityIn, linksFrom, targetAt, type Target } from './target.js';
import type { DefinitionLink, FeatureContext, Highlight } from './types.js';

/**
 * Go to Definition: from the entity mention, quote, figure, date or claim at `offset` to the
 * same thing in the other reports of the event (the comparison's links; for an entity the
 * comparison does not link, its first mention in each report the cross-report entity names).
 */
export function findDefinition(report: ReportAnalysis, offset: number, ctx: FeatureContext): DefinitionLink[] {
  const target = targetAt(report, offset);
  if (!target) return [];
  const origin = { start: target.span.start, end: target.span.end };
  const out: DefinitionLink[] = linksFrom(ctx, target).map((l) => ({ origin, target: { ...pick(l.to), report: l.to.report } }));
  if (target.kind === 'entity') {
    const linked = new Set(out.map((d) => d.target.report));
    for (const loc of crossMentions(target, ctx, true)) {
      if (loc.report !== ctx.reportId && !linked.has(loc.report)) out.push({ origin, target: loc });
    }
  }
  return dedupe(out, (d) => d.target);
}

/**
 * Find References: every mention, label and pronoun of the entity at `offset` across the reports of the event
 * (this report first); for a quote, figure, date or claim, it and its aligned passages.
 */
export function findReferences(report: ReportAnalysis, offset: number, ctx: FeatureContext): Location[] {
  const target = targetAt(report, offset);
  if (!target) return [];
  const here: Location[] = target.kind === 'entity'
    ? spansOf(target.entity).map((m) => ({ report: ctx.reportId, ...pick(m) }))
    : [{ report: ctx.reportId, ...pick(target.span) }];
  const there: Location[] = target.kind === 'entity'
    ? crossMentions(target, ctx, false).filter((l) => l.report !== ctx.reportId)
    : [];
  for (const l of linksFrom(ctx, target)) there.push({ report: l.to.report, ...pick(l.to) });
  const sorted = dedupe(there, (l) => l).sort((a, b) => compareStrings(a.report, b.report) || a.start - b.start || a.end - b.end);
  return [...here.sort((a, b) => a.start - b.start), ...sorted];
}

/** Document highlights: the other mentions of the same entity in this report, or the thing itself. */
export function findDocumentHighlights(report: ReportAnalysis, offset: number): Highlight[] {
  const target = targetAt(report, offset);
  if (!target) return [];
  if (target.kind === 'entity') return target.entity.mentions.map((m) => ({ ...pick(m), kind: 'read' }));
  return [{ ...pick(target.span), kind: 'text' }];
}

/** Mentions of the entity in the other reports, through the comparison's cross-report entity. */
function crossMentions(target: Extract<Target, { kind: 'entity' }>, ctx: FeatureContext, firstOnly: boolean): Location[] {
  const cross = crossEntityOf(ctx, target.entity);
  if (!cross) return [];
  const out: Location[] = [];
  for (const o of [...cross.occurrences].sort((a, b) => compareStrings(a.report, b.report))) {
    const local = entityIn(ctx.getReport(o.report), o.entityId);
    if (!local || local.mentions.length === 0) continue;
    const mentions = firstOnly ? [firstMention(local.mentions)] : spansOf(local);
    for (const m of mentions) out.push({ report: o.report, ...pick(m) });
  }
  return out;
}

/** An entity's mentions, the labels that refer to it ("the militant group") and its pronouns ("he"), in text order. */
function spansOf(entity: Entity): Span[] {
  return [...entity.mentions, ...(entity.labels ?? []), ...(entity.pronouns ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
}

function firstMention<T extends Span>(mentions: readonly T[]): T {
  return mentions.reduce((a, b) => (b.start < a.start ? b : a));
}

function pick(s: Span): Span {
  return { start: s.start, end: s.end };
}

function dedupe<T>(xs: T[], loc: (x: T) => Location): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const l = loc(x);
    const key = `${l.report}\u0000${l.start}\u0000${l.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
