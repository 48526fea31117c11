import type { Link } from '../compare/types.js';
import type { ReportAnalysis } from '../types.js';
import { labelList, labelsOf, loadedLine } from './label-lines.js';
import { escapeMarkdown, quoted } from './markdown.js';
import { describeInterval, figureInterval, figuresAgree, formatNumber } from '../figures/figure-intervals.js';
import { reportLabel } from '../text/excerpt.js';
import { crossEntityOf, entityIn, linksFrom, otherReports, targetAt, type Target } from './target.js';
import type { FeatureContext, HoverInfo } from './types.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Hover at `offset` of `report`: what newslens knows about the entity, quote, figure, date or
 * claim there, and how the other reports of the event tell it. Null when there is nothing.
 */
export function doHover(report: ReportAnalysis, offset: number, ctx: FeatureContext): HoverInfo | null {
  const target = targetAt(report, offset);
  if (!target) return null;
  const lines = describe(target, ctx);
  return { markdown: lines.join('\n\n'), span: { start: target.span.start, end: target.span.end } };
}

function describe(target: Target, ctx: FeatureContext): string[] {
  switch (target.kind) {
    case 'entity': return entityLines(target, ctx);
    case 'quote': return quoteLines(target, ctx);
    case 'figure': return figureLines(target, ctx);
    case 'date': return dateLines(target, ctx);
    case 'claim': return claimLines(target, ctx);
  }
}

function entityLines(t: Extract<Target, { kind: 'entity' }>, ctx: FeatureContext): string[] {
  const { entity } = t;
  const lines = [`**${escapeMarkdown(entity.name)}** · ${entity.kind}`];
  // on a pronoun: say whom it stands for before anything else
  if (t.pronoun) lines.push(`${quoted(t.pronoun.text, 20)} here refers to **${escapeMarkdown(entity.name)}**`);
  const labels = labelsOf(entity);
  if (labels.length) lines.push(`Called here: ${labelList(labels)}`);
  lines.push(`${plural(entity.mentions.length, 'mention')} in this report`);
  const cross = crossEntityOf(ctx, entity);
  if (cross && cross.name !== entity.name) lines.push(`Across the event: **${escapeMarkdown(cross.name)}**`);
  const others: string[] = [];
  for (const id of otherReports(ctx)) {
    const occurrence = cross?.occurrences.find((o) => o.report === id);
    if (!occurrence) {
      others.push(`- ${label(ctx, id)}: not mentioned`);
      continue;
    }
    const local = entityIn(ctx.getReport(id), occurrence.entityId);
    // a description ("Woman" in a headline) stands for the person but is no spelling of the name
    // (a post named only as a post, "as Surgeon General", has no other spelling than its title)
    const names = local?.mentions.filter((m) => m.form !== 'description') ?? [];
    const spellings = local ? unique((names.length ? names : local.mentions).map((m) => m.text)) : [occurrence.name];
    const differs = occurrence.name !== entity.name;
    const theirLabels = local ? labelsOf(local) : [];
    const called = theirLabels.length ? `; called ${labelList(theirLabels)}` : '';
    others.push(`- ${label(ctx, id)}: ${plural(occurrence.mentions, 'mention')}, ${differs ? 'spelled' : 'as'} ${spellings.slice(0, 4).map((s) => quoted(s, 60)).join(', ')}${called}`);
  }
  if (others.length) lines.push(`Other reports of the event:\n${others.join('\n')}`);
  return lines;
}

function quoteLines(t: Extract<Target, { kind: 'quote' }>, ctx: FeatureContext): string[] {
  const { quote } = t;
  const speaker = quote.speaker ? `said by **${escapeMarkdown(quote.speaker.name)}**` : 'no speaker named';
  const lines = [`**Quote** · ${speaker}`];
  const content = normalise(quote.content.text);
  lines.push(...otherSides(t, ctx, (link, text) => {
    const words = text.replace(/^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/g, '');
    return normalise(words) === content ? 'worded the same' : `worded differently: ${quoted(words)}`;
  }, 'not quoted'));
  return lines;
}

function figureLines(t: Extract<Target, { kind: 'figure' }>, ctx: FeatureContext): string[] {
  const { figure } = t;
  const iv = figureInterval(figure);
  const range = iv.low !== null && iv.high !== null && iv.low !== iv.high ? describeInterval(figure, iv) : '';
  const form = figure.approx === 'exact' ? '' : figure.approx.replace('-', ' ');
  const approx = form || range ? ` (${[form, range].filter(Boolean).join(': ')})` : '';
  const counts = figure.counts ? ` · ${escapeMarkdown(figure.counts)}` : '';
  const lines = [`**${formatNumber(figure.value)}**${approx}${counts}`];
  lines.push(...otherSides(t, ctx, (link, text) => {
    const theirs = ctx.getReport(link.to.report)?.figures.find((f) => f.start === link.to.start && f.end === link.to.end);
    if (!theirs) return quoted(text);
    // the figure-mismatch rule's test: "(agrees)" where the figures differ in form but not in what they allow
    const same = theirs.value === figure.value && theirs.approx === figure.approx;
    const verdict = !figuresAgree(figure, theirs) ? 'differs' : same ? 'the same' : 'agrees';
    return `${quoted(text)} = ${formatNumber(theirs.value)} (${verdict})`;
  }, 'no figure for this'));
  return lines;
}

function dateLines(t: Extract<Target, { kind: 'date' }>, ctx: FeatureContext): string[] {
  const { date } = t;
  const weekday = weekdayOf(date.value);
  const head = date.value ? `**${date.value}**${weekday ? ` · ${weekday}` : ''}` : '**Date** · not resolved';
  const lines = [head + (date.relative ? ' (resolved against the publication date)' : '')];
  if (date.weekday && weekday && date.weekday.toLowerCase() !== weekday.toLowerCase()) {
    lines.push(`The text says ${escapeMarkdown(date.weekday)}, but ${date.value} is a ${weekday}.`);
  }
  lines.push(...otherSides(t, ctx, (link, text) => {
    const theirs = ctx.getReport(link.to.report)?.dates.find((d) => d.start === link.to.start && d.end === link.to.end);
    return theirs?.value ? `${quoted(text)} = ${theirs.value}${theirs.value === date.value ? ' (the same)' : ' (differs)'}` : quoted(text);
  }, 'no date for this'));
  return lines;
}

function claimLines(t: Extract<Target, { kind: 'claim' }>, ctx: FeatureContext): string[] {
  const { claim } = t;
  const source = claim.source ? `, source: ${quoted(claim.source.text, 60)}` : '';
  const lines = [`**Claim** · ${claim.kind} · ${claim.status}${source}`];
  const loaded = loadedLine(ctx.getReport(ctx.reportId)?.loadedWords ?? [], claim);
  if (loaded) lines.push(loaded);
  lines.push(...otherSides(t, ctx, (link, text) => `also told: ${quoted(text)}`, 'not carried'));
  return lines;
}

/** One bullet per other report of the event: what its aligned passage says, or `missing`. */
function otherSides(t: Target, ctx: FeatureContext, say: (link: Link, text: string) => string, missing: string): string[] {
  const others = otherReports(ctx);
  if (others.length === 0) return [];
  const links = linksFrom(ctx, t);
  const bullets = others.map((id) => {
    const link = links.find((l) => l.to.report === id);
    if (!link) return `- ${label(ctx, id)}: ${missing}`;
    const text = ctx.getReport(id)?.text.slice(link.to.start, link.to.end) ?? '';
    return `- ${label(ctx, id)}: ${say(link, text)}`;
  });
  return [`Other reports of the event:\n${bullets.join('\n')}`];
}

/** Another report of the event as a bullet names it: its name, outlet and date (Markdown-escaped). */
function label(ctx: FeatureContext, id: string): string {
  return escapeMarkdown(reportLabel(id, ctx.getReport(id)));
}

/** The weekday of an ISO `YYYY-MM-DD` date (proleptic Gregorian, no clock involved). */
export function weekdayOf(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return Number.isNaN(day) ? null : WEEKDAYS[day];
}

function normalise(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[\s,.;:!?]+$/, '').trim().toLowerCase();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
