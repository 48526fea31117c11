import {
  applyConfig, compareStrings, createLanguageService, internalErrorLine, languageProblems,
  type Comparison, type Diagnostic, type NewslensConfig, type Problem, type ReportAnalysis,
} from '@newslens/language-service';
import { analyzeMany, compareWithCache, heapGovernor, type AnalyzeManyOptions, type DiskCache, type ReportJob } from '@newslens/analysis-host';
import type { Expansion } from './files.js';
import type { Progress } from './progress.js';
import { readErrorProblem, readReportFile, readStdin, type ReadResult } from './read.js';

/** One input after the run: its diagnostics, and its analysis when it was analysed. */
export interface FileResult {
  path: string;
  format: 'text' | 'markdown';
  /** The text the offsets index (BOM removed), or null when the file was not read or skipped. */
  text: string | null;
  /** The analysis of an English report; null when skipped, unreadable or not English. */
  analysis: ReportAnalysis | null;
  diagnostics: Diagnostic[];
  /** The file could not be read at all. */
  failed: boolean;
}

export interface RunResult {
  files: FileResult[];
  /** With keepAnalyses false: its events and problems only (no entities, no links). */
  comparison: Comparison;
  /** Whether the comparison came whole from the cache (false without a cache). */
  comparisonFromCache?: boolean;
  /**
   * One line per internal error (a part of the analysis or the comparison threw; its output is
   * missing, the rest is whole): analysis errors by path, then the comparison's, in their order.
   */
  internalErrors: string[];
}

/** How reports are analysed: the persisted cache (null: none) and the worker threads. */
export interface HostOptions {
  cache: DiskCache | null;
  workers?: AnalyzeManyOptions['workers'];
  /**
   * Keep each report's analysis and the comparison's entities and links in the result (analyze
   * prints them; default). A check needs only diagnostics: false lets each analysis go once its
   * report is validated, and the comparison keep its problems only (a fraction of the memory).
   */
  keepAnalyses?: boolean;
}

/**
 * Reads and analyses every input (cached analyses first, the rest in worker threads when there
 * is enough text), compares the reports, and validates each under the config.
 */
export async function runAnalysis(
  expansion: Expansion, config: NewslensConfig, progress: Progress, host: HostOptions = { cache: null },
): Promise<RunResult> {
  const service = createLanguageService();
  const pending: Array<{ result: FileResult; notices: Problem[] }> = [];
  const jobs: ReportJob[] = [];
  const owners: Array<{ result: FileResult; notices: Problem[] }> = [];
  const total = expansion.inputs.length;
  for (let i = 0; i < total; i++) {
    const input = expansion.inputs[i];
    progress.tick(i, total, 'reading');
    const read: ReadResult = input.abs === null ? await readStdin(config.maxFileSize) : readReportFile(input.abs, config.maxFileSize);
    const result: FileResult = { path: input.path, format: input.format, text: null, analysis: null, diagnostics: [], failed: read.failed };
    const entry = { result, notices: [...read.problems] };
    if (read.text !== null) {
      jobs.push({ text: read.text, format: input.format });
      owners.push(entry);
    }
    pending.push(entry);
  }
  const analysisErrors: Array<{ path: string; line: string }> = [];
  const many = await analyzeMany(jobs, {
    cache: host.cache, workers: host.workers, onProgress: (done, n) => progress.tick(done, n, 'analysing'),
    onInternalError: (e, job) => {
      const path = owners[job].result.path;
      analysisErrors.push({ path, line: internalErrorLine(e, { part: 'analysis', reports: [path] }) });
    },
  });
  for (let i = 0; i < owners.length; i++) {
    const { result, notices } = owners[i];
    const analysis = many.analyses[i];
    result.text = analysis.text;
    const language = languageProblems(analysis);
    notices.push(...language);
    if (language.length === 0) result.analysis = analysis;
  }
  for (const m of expansion.missing) {
    pending.push({
      result: { path: m.path, format: 'text', text: null, analysis: null, diagnostics: [], failed: true },
      notices: [readErrorProblem(m.message)],
    });
  }
  many.analyses.length = 0;
  progress.tick(total, total, 'comparing');
  const keep = host.keepAnalyses ?? true;
  const analysed = pending.filter((p) => p.result.analysis !== null);
  // the comparison's grouping and each event's alignment are cached like the analyses: a run on
  // unchanged reports reads them back, one after an edit aligns only the edited report's event
  const compareErrors: string[] = [];
  const compared = compareWithCache(analysed.map((p) => ({ id: p.result.path, analysis: p.result.analysis as ReportAnalysis })), host.cache,
    { problemsOnly: !keep, writeNow: true, afterStep: heapGovernor(), onInternalError: (e, where) => compareErrors.push(internalErrorLine(e, where)) });
  const { comparison } = compared;
  for (const { result, notices } of pending) {
    const extra = [...notices, ...(Object.hasOwn(comparison.problems, result.path) ? comparison.problems[result.path] : [])];
    result.diagnostics = result.analysis
      ? service.doValidation(result.analysis, config, extra)
      : applyConfig(result.text ?? '', extra, config);
    if (!keep) result.analysis = null;
  }
  progress.done();
  const byPath = (a: { path: string }, b: { path: string }) => compareStrings(a.path, b.path);
  const files = pending.map((p) => p.result).sort(byPath);
  const internalErrors = [...analysisErrors.sort(byPath).map((e) => e.line), ...compareErrors];
  return { files, comparison, comparisonFromCache: compared.fromCache, internalErrors };
}
