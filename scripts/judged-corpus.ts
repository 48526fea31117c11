// The reports the judged corpus is drawn from, split into halves, and their diagnostics as a user
// gets them: the steps of `newslens check` (decode, analyse, skip what is not English, compare the
// reports of one run, validate under the default config). Used by judge-sample, eval-precision
// and test/judged.test.ts, so all three see the same diagnostics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeMany, type DiskCache } from '@newslens/analysis-host';
import {
  cloneDefault, compareReports, createLanguageService, decodeReport, languageProblems, DEFAULT_MAX_FILE_SIZE,
  type Diagnostic, type ReportAnalysis,
} from '@newslens/language-service';
import { CROSS_RULES, LOADED_WORD, locate, hash16, type Dataset, type Half, type Judgeable } from './judged-lib.ts';

/** Reports analysed together, as by a user who opens their folder (`newslens check <folder>`). */
export interface RunSpec {
  name: string;
  dataset: Dataset;
  /** The folder `files` are relative to (the dev data, or the repository). */
  base: string;
  files: string[];
  /** Whether the run's reports are compared with each other (cross-report rules). */
  compare: boolean;
}

export interface CurrentReport {
  file: string;
  dataset: Dataset;
  half: Half;
  /** The text the offsets index (BOM removed). */
  text: string;
  analysis: ReportAnalysis;
  diagnostics: Diagnostic[];
}

const REPORT_CODES = ['unattributed-claim', 'vague-attribution', 'weekday-mismatch'];

/**
 * The codes judged on each dataset. unbalanced-quote on PolNeAR only (ECB+ and MEANTIME quote
 * marks are rebuilt from tokens); cross-report rules on ECB+ only. PolNeAR train (840 political
 * reports, 2015-2016) for the one-report rules too since session 19: the development reports' own
 * diagnostics were all judged, and half B's precision could not grow past their ~100 a rule.
 * CoNLL-2003 dev (216 Reuters stories of 1996) since session 24: text no rule was ever tuned on,
 * judged for its one-report rules when PolNeAR train's were all judged (its text stays out of the
 * repository: hashes and offsets only, as PolNeAR's).
 */
export const SAMPLED_CODES: Readonly<Record<Dataset, readonly string[]>> = {
  ecbplus: [...REPORT_CODES, ...CROSS_RULES, LOADED_WORD],
  meantime: [...REPORT_CODES, LOADED_WORD],
  polnear_dev: [...REPORT_CODES, 'unbalanced-quote'],
  polnear_train: [...REPORT_CODES, 'unbalanced-quote'],
  conll: [...REPORT_CODES, LOADED_WORD],
  repo: [...REPORT_CODES, 'unbalanced-quote', ...CROSS_RULES],
};

const parity = (name: string): Half => (parseInt(hash16(name).slice(0, 8), 16) % 2 === 0 ? 'A' : 'B');

/**
 * The fixed split: ECB+ by topic number (even A, odd B); MEANTIME by corpus folder, PolNeAR and
 * CoNLL by file name, each A when the first 32 bits of sha256(name) are even; the repository's reports A.
 */
export function halfOf(dataset: Dataset, file: string): Half {
  const parts = file.split('/');
  switch (dataset) {
    case 'ecbplus': return Number(/^t(\d+)_/.exec(parts[2] ?? '')?.[1] ?? NaN) % 2 === 0 ? 'A' : 'B';
    case 'meantime': return parity(parts[2] ?? '');
    case 'polnear_dev': case 'polnear_train': case 'conll': return parity(basename(file));
    default: return 'A';
  }
}

const txtFiles = (base: string, dir: string): string[] =>
  existsSync(join(base, dir)) ? readdirSync(join(base, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => `${dir}/${f}`) : [];

/**
 * The dev data's runs: each ECB+ topic folder (tNN_ecb and tNN_ecbplus apart: two events), each
 * MEANTIME corpus folder, PolNeAR dev and train and CoNLL dev, a folder each. Only ECB+ runs are compared
 * (the rules judged elsewhere are one-report rules, which the comparison does not change).
 */
export function devDataRuns(devData: string): RunSpec[] {
  const runs: RunSpec[] = [];
  const sub = (dir: string) => (existsSync(join(devData, dir)) ? readdirSync(join(devData, dir)).filter((f) => !f.includes('.')).sort() : []);
  for (const t of sub('crossdoc/ecbplus')) runs.push({ name: `ecbplus/${t}`, dataset: 'ecbplus', base: devData, files: txtFiles(devData, `crossdoc/ecbplus/${t}`), compare: true });
  for (const c of sub('crossdoc/meantime_en')) runs.push({ name: `meantime/${c}`, dataset: 'meantime', base: devData, files: txtFiles(devData, `crossdoc/meantime_en/${c}`), compare: false });
  for (const split of ['dev', 'train'] as const) {
    const dir = `attribution/polnear_${split}/docs`;
    runs.push({ name: `polnear_${split}`, dataset: `polnear_${split}`, base: devData, files: txtFiles(devData, dir), compare: false });
  }
  runs.push({ name: 'conll', dataset: 'conll', base: devData, files: txtFiles(devData, 'ner/conll2003_testa/docs'), compare: false });
  return runs.filter((r) => r.files.length > 0);
}

/** The repository's reports: the seeds (checked together, as `pnpm start` does) and each golden input alone. */
export function repoRuns(repoRoot: string): RunSpec[] {
  const runs: RunSpec[] = [{ name: 'seeds', dataset: 'repo', base: repoRoot, files: txtFiles(repoRoot, 'seeds'), compare: true }];
  const golden = 'packages/language-service/test/golden';
  for (const d of existsSync(join(repoRoot, golden)) ? readdirSync(join(repoRoot, golden)).sort() : []) {
    if (existsSync(join(repoRoot, golden, d, 'input.txt'))) runs.push({ name: `golden/${d}`, dataset: 'repo', base: repoRoot, files: [`${golden}/${d}/input.txt`], compare: false });
  }
  return runs;
}

export interface AnalyseOptions {
  cache?: DiskCache | null;
  /** Worker threads for analyzeMany (default 0: this thread). */
  workers?: number | 'auto';
}

/** The run's English reports with their diagnostics under the default config (comparison problems included when the run compares). */
export async function analyseRun(run: RunSpec, options: AnalyseOptions = {}): Promise<CurrentReport[]> {
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of run.files) {
    const decoded = decodeReport(readFileSync(join(run.base, file)), DEFAULT_MAX_FILE_SIZE);
    if (decoded.text !== null) texts.push({ file, text: decoded.text });
  }
  const many = await analyzeMany(texts.map((t) => ({ text: t.text, format: 'text' as const })), { cache: options.cache ?? null, workers: options.workers ?? 0 });
  const english = texts.map((t, i) => ({ file: t.file, analysis: many.analyses[i] })).filter((r) => languageProblems(r.analysis).length === 0);
  const problems = run.compare && english.length > 1 ? compareReports(english.map((r) => ({ id: r.file, analysis: r.analysis }))).problems : {};
  const service = createLanguageService();
  const config = cloneDefault();
  return english.map(({ file, analysis }) => ({
    file, dataset: run.dataset, half: halfOf(run.dataset, file), text: analysis.text, analysis,
    diagnostics: service.doValidation(analysis, config, Object.hasOwn(problems, file) ? problems[file] : []),
  }));
}

/** The run's diagnostics of the codes judged on its dataset, keyed. */
export function judgeables(reports: readonly CurrentReport[], codes: readonly string[] = SAMPLED_CODES[reports[0]?.dataset ?? 'repo']): Judgeable[] {
  const texts = new Map(reports.map((r) => [r.file, r.text]));
  const out: Judgeable[] = [];
  for (const r of reports) {
    const reportHash = hash16(r.text);
    for (const d of r.diagnostics) {
      if (!codes.includes(d.code)) continue;
      const related = d.related.flatMap((x) => {
        const other = texts.get(x.report);
        return other === undefined ? [] : [{ file: x.report, start: x.start, end: x.end, message: x.message, ...locate(other, x.start, x.end) }];
      });
      const cross = (CROSS_RULES as readonly string[]).includes(d.code);
      const first = related[0];
      out.push({
        file: r.file, dataset: r.dataset, half: r.half, code: d.code, start: d.start, end: d.end, message: d.message, related,
        key: { report: reportHash, code: d.code, start: d.start, end: d.end, ...locate(r.text, d.start, d.end), ...(cross && first ? { related: { sentence: first.sentence, spanHash: first.spanHash } } : {}) },
      });
    }
    if (!codes.includes(LOADED_WORD)) continue;
    for (const w of r.analysis?.loadedWords ?? []) {
      const message = w.quoted
        ? `Loaded word '${w.text}' inside a quotation: marked as the speaker's word, not the outlet's`
        : `Loaded word '${w.text}' (${w.kind === 'verb' ? 'a verb' : 'a label'}) in the outlet's own voice`;
      out.push({
        file: r.file, dataset: r.dataset, half: r.half, code: LOADED_WORD, start: w.start, end: w.end, message, related: [],
        key: { report: reportHash, code: LOADED_WORD, start: w.start, end: w.end, ...locate(r.text, w.start, w.end) },
      });
    }
  }
  return out;
}

/** Every run's reports and keyed diagnostics, one run at a time (analyses dropped after each run). */
export async function collectCurrent(runs: readonly RunSpec[], options: AnalyseOptions & { onRun?: (run: RunSpec, n: number) => void } = {}): Promise<{ items: Judgeable[]; texts: Map<string, string> }> {
  const items: Judgeable[] = [];
  const texts = new Map<string, string>();
  for (const run of runs) {
    const reports = await analyseRun(run, options);
    for (const r of reports) texts.set(r.file, r.text);
    const found = judgeables(reports);
    items.push(...found);
    options.onRun?.(run, found.length);
  }
  return { items, texts };
}
