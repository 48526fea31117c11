import { compareStrings } from '../compare/order.js';
import type { Comparison, CrossEntity, Link, LinkKind } from '../compare/types.js';
import type { Claim, DateMention, Entity, EntityMention, Figure, Label, Quote, ReportAnalysis, Span, TextSpan } from '../types.js';
import type { FeatureContext } from './types.js';

/** The thing under the cursor; `span` is the part of the text it occupies. */
export type Target =
  /** On a name, `mention`; on a label ("the militant group"), `label`; on a pronoun tied to a person ("he"), `pronoun`. */
  | { kind: 'entity'; span: Span; entity: Entity; mention: EntityMention | null; label: Label | null; pronoun?: TextSpan | null }
  | { kind: 'figure'; span: Span; figure: Figure }
  | { kind: 'date'; span: Span; date: DateMention }
  | { kind: 'quote'; span: Span; quote: Quote }
  | { kind: 'claim'; span: Span; claim: Claim };

/** Whether the offset is inside the span or touches its end (a cursor right after a word). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * The innermost thing at `offset`: an entity mention or label, a figure or a date before the quote
 * or claim around it. Null when there is nothing.
 */
export function targetAt(report: ReportAnalysis, offset: number): Target | null {
  let best: Target | null = null;
  const consider = (t: Target): void => {
    if (!touches(t.span, offset)) return;
    if (best === null || t.span.end - t.span.start < best.span.end - best.span.start) best = t;
  };
  for (const entity of report.entities) {
    for (const mention of entity.mentions) consider({ kind: 'entity', span: mention, entity, mention, label: null });
    for (const label of entity.labels ?? []) consider({ kind: 'entity', span: label, entity, mention: null, label });
    for (const pronoun of entity.pronouns ?? []) consider({ kind: 'entity', span: pronoun, entity, mention: null, label: null, pronoun });
  }
  for (const figure of report.figures) consider({ kind: 'figure', span: figure, figure });
  for (const date of report.dates) consider({ kind: 'date', span: date, date });
  for (const quote of report.quotes) consider({ kind: 'quote', span: quote, quote });
  for (const claim of report.claims) consider({ kind: 'claim', span: claim, claim });
  return best;
}

const LINK_KIND: Record<Target['kind'], LinkKind> = { entity: 'entity', figure: 'figure', date: 'date', quote: 'quote', claim: 'claim' };

/**
 * The comparison's links that start at the target: links of its kind from this report whose
 * origin overlaps the target, the tightest origins first. Sorted by report and offset.
 */
export function linksFrom(ctx: FeatureContext, target: Target): Link[] {
  const kind = LINK_KIND[target.kind];
  const out = linksOf(ctx.comparison, ctx.reportId).filter(
    (l) => l.kind === kind && l.from.start < Math.max(target.span.end, target.span.start + 1) && target.span.start < Math.max(l.from.end, l.from.start + 1),
  );
  return out.sort((a, b) => compareStrings(a.to.report, b.to.report) || a.to.start - b.to.start || a.to.end - b.to.end);
}

const BY_REPORT = new WeakMap<Comparison, Map<string, Link[]>>();

/** The links from one report (indexed once per comparison, so a request does not scan them all). */
function linksOf(comparison: Comparison, report: string): Link[] {
  let index = BY_REPORT.get(comparison);
  if (!index) {
    index = new Map();
    for (const l of comparison.links) {
      const list = index.get(l.from.report);
      if (list) list.push(l);
      else index.set(l.from.report, [l]);
    }
    BY_REPORT.set(comparison, index);
  }
  return index.get(report) ?? [];
}

/** The cross-report entity a local entity of this report belongs to, if the comparison found one. */
export function crossEntityOf(ctx: FeatureContext, entity: Entity): CrossEntity | undefined {
  return ctx.comparison.entities.find((e) => e.occurrences.some((o) => o.report === ctx.reportId && o.entityId === entity.id));
}

/** The other reports of the event this report belongs to, sorted. */
export function otherReports(ctx: FeatureContext): string[] {
  const event = ctx.comparison.events.find((e) => e.reports.includes(ctx.reportId));
  return event ? event.reports.filter((r) => r !== ctx.reportId).sort(compareStrings) : [];
}

/** A local entity of another report by id. */
export function entityIn(report: ReportAnalysis | undefined, entityId: string): Entity | undefined {
  return report?.entities.find((e) => e.id === entityId);
}
