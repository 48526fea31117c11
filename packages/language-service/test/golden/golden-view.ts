// The golden form of one report's whole analysis: every result with the text it covers, so a
// reviewer can read a diff of expected.json without counting offsets. Shared by golden.test.ts
// and scripts/update-golden.ts (`pnpm golden`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type Diagnostic, type ReportAnalysis, type Span } from '@newslens/language-service';

export const GOLDEN_DIR = import.meta.dirname;

export interface GoldenCase {
  name: string;
  dir: string;
  input: string;
  format: 'text' | 'markdown';
}

/** Every folder under test/golden holding input.txt or input.md, sorted. */
export function goldenCases(): GoldenCase[] {
  const out: GoldenCase[] = [];
  for (const e of readdirSync(GOLDEN_DIR, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const dir = join(GOLDEN_DIR, e.name);
    const names = readdirSync(dir);
    const input = names.find((n) => n === 'input.txt' || n === 'input.md');
    if (input) out.push({ name: e.name, dir, input: join(dir, input), format: input.endsWith('.md') ? 'markdown' : 'text' });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Analyses a case and returns its golden view (plain JSON data). */
export function goldenView(c: GoldenCase): unknown {
  const service = createLanguageService();
  const analysis = service.analyzeReport(readFileSync(c.input, 'utf8'), { format: c.format });
  return view(analysis, service.doValidation(analysis));
}

function view(a: ReportAnalysis, diagnostics: Diagnostic[]): unknown {
  const t = (s: Span) => a.text.slice(s.start, s.end);
  const at = (s: Span) => `${s.start}-${s.end}`;
  return {
    format: a.format,
    hadBom: a.hadBom,
    language: a.language,
    publishedAt: a.publishedAt,
    ...(a.frontMatter ? { frontMatter: `${at(a.frontMatter)}`, metadata: a.metadata } : {}),
    sentences: a.sentences.map((s) => `${at(s)} ${t(s)}`),
    entities: a.entities.map((e) => ({
      id: e.id, kind: e.kind, name: e.name,
      mentions: e.mentions.map((m) => `${at(m)} ${m.form} ${t(m)}`),
      descriptors: e.descriptors.map((d) => `${at(d)} ${t(d)}`),
      labels: (e.labels ?? []).map((l) => `${at(l)} ${l.kind}${l.loaded.length ? ` loaded:${l.loaded.join(',')}` : ''}${l.quoted ? ' quoted' : ''} ${t(l)}`),
      // the pronouns tied to a person, listed only when there are some
      ...(e.pronouns?.length ? { pronouns: e.pronouns.map((p) => `${at(p)} ${t(p)}`) } : {}),
    })),
    loadedWords: (a.loadedWords ?? []).map((w) => `${at(w)} ${w.kind}${w.quoted ? ' quoted' : ''} ${t(w)}`),
    quotes: a.quotes.map((q) => ({
      span: at(q), text: t(q), depth: q.depth,
      speaker: q.speaker ? `${at(q.speaker)} ${q.speaker.name}${q.speaker.entityId ? ` (${q.speaker.entityId})` : ''}` : null,
    })),
    attributions: a.attributions.map((x) => ({
      source: x.source ? `${at(x.source)} ${t(x.source)}` : null, sourceKind: x.sourceKind, sourceType: x.sourceType ?? null,
      ...(x.noDiagnostic ? { noDiagnostic: x.noDiagnostic } : {}),
      cue: `${at(x.cue)} ${t(x.cue)}`, content: `${at(x.content)} ${t(x.content)}`,
    })),
    figures: a.figures.map((f) => `${at(f)} ${t(f)} = ${f.approx} ${f.value} ${interval(f.interval)} [${f.counts}]`),
    dates: a.dates.map((d) => `${at(d)} ${t(d)} = ${d.value ?? 'null'}${d.weekday ? ` (${d.weekday})` : ''}${d.relative ? ' relative' : ''}`),
    claims: a.claims.map((c) => ({ span: at(c), status: c.status, kind: c.kind, text: t(c), source: c.source ? t(c.source) : null })),
    diagnostics: diagnostics.map((d) => `${at(d)} ${d.severity} ${d.code}: ${d.message}`),
  };
}

/** A figure's interval as in mathematics: "(150, inf)", "[43.2, 48)"; "-" when it has none. */
function interval(iv: ReportAnalysis['figures'][number]['interval']): string {
  if (!iv) return '-';
  return `${iv.lowIncluded ? '[' : '('}${iv.low ?? '-inf'}, ${iv.high ?? 'inf'}${iv.highIncluded ? ']' : ')'}`;
}
