// Why a gold description mention is missed by the labels eval (scripts/eval-labels.ts), by cause:
// - no entity: no entity of the report holds the chain's named mentions (identity, not labels);
// - not extracted: no label phrase of the report holds the mention's head word;
// - extracted, left unattached: a label phrase holds it, but it labels no entity;
// - attached to the wrong entity: a label holding it sits on an entity of another chain;
// - span/head mismatch: a label on the right entity overlaps the mention without holding its head word.
// The label phrases are read again from the paragraphs (analyzeParagraph), as the analysis found them.
import type { ReportAnalysis, Span } from '@newslens/language-service';
import { analyzeParagraph } from '../packages/language-service/src/analysis/paragraph.ts';

export type MissCause = 'no entity' | 'not extracted' | 'extracted, left unattached' | 'attached to the wrong entity' | 'span/head mismatch';
export const MISS_CAUSES: readonly MissCause[] = ['no entity', 'not extracted', 'extracted, left unattached', 'attached to the wrong entity', 'span/head mismatch'];

const phrasesOf = new WeakMap<ReportAnalysis, Span[]>();

/** The report's label phrases (report offsets): every candidate, attached or not. */
export function labelPhrases(analysis: ReportAnalysis): Span[] {
  let out = phrasesOf.get(analysis);
  if (out) return out;
  out = [];
  for (const p of analysis.paragraphs) {
    const quotes = analysis.quotes.filter((q) => q.start < p.end && q.end > p.start).map((q) => ({ start: Math.max(q.start, p.start) - p.start, end: Math.min(q.end, p.end) - p.start }));
    for (const l of analyzeParagraph(analysis.text.slice(p.start, p.end), quotes).labels) out.push({ start: l.start + p.start, end: l.end + p.start });
  }
  phrasesOf.set(analysis, out);
  return out;
}

export interface MissFacts {
  /** An entity holds the chain's named mentions. */
  entity: boolean;
  /** A placed label holds the head word, on an entity of another chain. */
  wrong: boolean;
  /** A placed label on the chain's entity overlaps the mention. */
  overlapping: boolean;
  /** A label phrase of the report (attached or not) holds the head word. */
  extracted: boolean;
}

export function missCause(f: MissFacts): MissCause {
  if (!f.entity) return 'no entity';
  if (f.wrong) return 'attached to the wrong entity';
  if (f.overlapping) return 'span/head mismatch';
  return f.extracted ? 'extracted, left unattached' : 'not extracted';
}

export const causeLine = (causes: Map<string, number>) => MISS_CAUSES.map((c) => `${c} ${causes.get(c) ?? 0}`).join(', ');
