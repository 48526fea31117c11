// Hand-built report analyses for comparison tests: the comparison is tested apart from the
// extractors, which other tests cover. Quotes, figures, dates and claims are given by their text.
import type { Approx, Claim, DateMention, Figure, Quote, ReportAnalysis, Span } from '../../src/types.ts';
import type { ReportInput } from '../../src/compare/types.ts';

export interface FigureSpec { text: string; value: number; approx?: Approx; counts: string }
export interface DateSpec { text: string; value: string; nth?: number }

export interface ReportSpec {
  id: string;
  text: string;
  /** Quoted passages (the words between the marks). */
  quotes?: string[];
  figures?: FigureSpec[];
  dates?: DateSpec[];
  claims?: string[];
}

function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not in text`);
  }
  return { start: at, end: at + needle.length };
}

/** Sentences: runs ending at . ! ? (after a closing quote too), or at a line break. */
export function naiveSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\s][^\n]*?(?:[.!?]["”’]?(?=\s|$)|(?=\n)|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function analysisOf(spec: ReportSpec): ReportAnalysis {
  const { text } = spec;
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const c = find(text, q);
    return { start: c.start - 1, end: c.end + 1, content: { ...c, text: q }, speaker: null, depth: 0 };
  });
  const figures: Figure[] = (spec.figures ?? []).map((f) => {
    const s = find(text, f.text);
    const cs = text.indexOf(f.counts, s.end);
    return { ...s, text: f.text, value: f.value, approx: f.approx ?? 'exact', counts: f.counts.toLowerCase(), countsSpan: cs < 0 ? null : { start: cs, end: cs + f.counts.length } };
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => ({ ...find(text, d.text, d.nth), text: d.text, value: d.value, weekday: null, relative: false }));
  const claims: Claim[] = (spec.claims ?? []).map((c) => ({ ...find(text, c), text: c, status: 'unattributed', kind: 'action', source: null }));
  return {
    analyzerVersion: 'test', text, hadBom: false, format: 'text', language: { code: 'en', isEnglish: true }, publishedAt: null,
    paragraphs: [{ start: 0, end: text.length }], sentences: naiveSentences(text),
    entities: [], quotes, attributions: [], figures, dates, claims, problems: [],
  };
}

export function reportsOf(...specs: ReportSpec[]): ReportInput[] {
  return specs.map((s) => ({ id: s.id, analysis: analysisOf(s) }));
}
