// Loading the annotated news in ../shared/dev-data for the evals: one reader per gold format.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReport, type ReportAnalysis } from '@newslens/language-service';

/** The documents of a `gold.jsonl` under `devData/sub`, or null (with a skip message naming `evalName`) when absent. */
export function loadGoldJsonl<T>(devData: string, sub: string, evalName: string): { dir: string; docs: T[] } | null {
  const dir = join(devData, sub);
  const goldPath = join(dir, 'gold.jsonl');
  if (!existsSync(goldPath)) {
    console.log(`${evalName} eval skipped: no ${goldPath}`);
    return null;
  }
  const docs = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
  return { dir, docs };
}

/** One part (source, cue or content) of a PolNeAR relation: character spans into the document. */
export interface PolnearPart { spans: Array<[number, number]>; text: string }
export interface PolnearRelation { kind: string; source: PolnearPart | null; cue: PolnearPart | null; content: PolnearPart | null; has_quote_marks?: boolean }
export interface PolnearDoc {
  doc_id: string;
  file: string;
  date: string;
  primary_annotator: string;
  annotations: Record<string, { attributions: PolnearRelation[] }>;
}

/** PolNeAR dev (84 political news articles, 2016). */
export function loadPolnear(devData: string, evalName: string): { dir: string; docs: PolnearDoc[] } | null {
  return loadGoldJsonl<PolnearDoc>(devData, 'attribution/polnear_dev', evalName);
}

/**
 * The relations of a document's primary annotator (deterministic: 82 of 84 docs have one
 * annotator, and the triple-annotated ones are scored against their designated primary).
 */
export function primaryRelations(doc: PolnearDoc): PolnearRelation[] {
  return doc.annotations[doc.primary_annotator]?.attributions ?? [];
}

/** The first half of the documents is the tuning half, the second half held out. */
export function isTuningHalf(index: number, count: number): boolean {
  return index < count / 2;
}

/** One document of a gold set with the analysis of its text; `offset` maps analysis offsets to the file's (a BOM). */
export interface AnalyzedDoc<T> { doc: T; text: string; analysis: ReportAnalysis; offset: number; half: 0 | 1; index: number }

/** Analyses every document (in order) and hands each to `visit`; returns the seconds it took. */
export function analyzeEach<T extends { file: string }>(dir: string, docs: readonly T[], visit: (d: AnalyzedDoc<T>) => void): number {
  const t0 = performance.now();
  docs.forEach((doc, index) => {
    const text = readFileSync(join(dir, doc.file), 'utf8');
    const analysis = analyzeReport(text);
    visit({ doc, text, analysis, offset: analysis.hadBom ? 1 : 0, half: isTuningHalf(index, docs.length) ? 0 : 1, index });
  });
  return (performance.now() - t0) / 1000;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A hash of the one-report analysis' sources (packages/language-service/src, the comparison left
 * out: it does not change analyses). Eval caches of analyses are keyed by it, so an edited
 * extractor never meets a stale cached analysis.
 */
export function analyserFingerprint(): string {
  const h = createHash('sha1');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) { if (name !== 'compare') walk(p); } else if (name.endsWith('.ts')) h.update(p.slice(ROOT.length)).update(readFileSync(p));
    }
  };
  walk(join(ROOT, 'packages/language-service/src'));
  return h.digest('hex').slice(0, 12);
}
