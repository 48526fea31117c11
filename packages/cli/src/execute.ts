import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCacheDir, openDiskCache, pruneCacheIfDue } from '@newslens/analysis-host';
import type { Options } from './args.js';
import { applyBaseline, buildBaseline, fingerprint, readBaseline, writeBaseline, type BaselineFile } from './baseline.js';
import { loadConfig } from './config-file.js';
import { analyzeJson, checkJson, jsonDiagnostic, jsonDiagnostics, Positions, TOOL } from './contract.js';
import type { JsonDiagnostic } from './contract-types.js';
import { expandInputs } from './files.js';
import { formatGithub } from './formats/github.js';
import { formatJson, formatJsonChunks } from './formats/json.js';
import { formatSarif } from './formats/sarif.js';
import { countSeverities, formatTextChunks, summaryLine } from './formats/text.js';
import { createProgress } from './progress.js';
import { runAnalysis, type RunResult } from './run.js';

/** Runs check or analyze; resolves to the exit code. */
export async function execute(options: Options): Promise<number> {
  const cwd = process.cwd();
  const loaded = loadConfig(options.config, cwd);
  if (loaded.errors.length > 0) {
    for (const error of loaded.errors) process.stderr.write(`newslens: ${error}\n`);
    return 2;
  }
  const config = options.maxFileSize !== null ? { ...loaded.config, maxFileSize: options.maxFileSize } : loaded.config;
  let baseline: BaselineFile | null = null;
  if (options.baseline !== null && options.writeBaseline === null) {
    try {
      baseline = readBaseline(options.baseline);
    } catch (e) {
      process.stderr.write(`newslens: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const expansion = expandInputs(options.inputs, config, loaded.root, cwd, options.stdinFilename ?? '<stdin>');
  if (expansion.inputs.length === 0 && expansion.missing.length === 0) {
    process.stderr.write(`newslens: no reports found in ${options.inputs.join(', ')} (include: ${config.include.join(', ')})\n`);
    return 2;
  }
  const cache = options.cache === false ? null : openDiskCache(options.cache === null ? defaultCacheDir() : resolve(cwd, options.cache));
  // Old analyser versions' folders go at most once a day, while the reports are analysed (cache-hygiene.ts).
  const pruning = cache ? pruneCacheIfDue(cache.dir, { keep: [cache.version] }).catch(() => null) : null;
  const run = await runAnalysis(expansion, config, createProgress(process.stderr), { cache, keepAnalyses: options.command === 'analyze' });
  await pruning;
  const failed = run.files.filter((f) => f.failed);

  let baselined = 0;
  if (options.writeBaseline !== null) {
    const fresh = buildBaseline(run.files, options.writeBaseline, cwd);
    try {
      writeBaseline(fresh, options.writeBaseline);
    } catch (e) {
      process.stderr.write(`newslens: cannot write the baseline ${options.writeBaseline} (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return 2;
    }
    process.stderr.write(`newslens: recorded ${fresh.problems.length} problem(s) in ${options.writeBaseline}\n`);
    baselined = applyBaseline(run.files, fresh, options.writeBaseline, cwd);
  } else if (baseline !== null && options.baseline !== null) {
    baselined = applyBaseline(run.files, baseline, options.baseline, cwd);
  }

  // one line per internal error, whatever the format: what failed, in which report or event
  for (const line of run.internalErrors) process.stderr.write(`newslens: ${line}\n`);
  const output = render(options, run, expansion.inputs.length, baselined);
  if (options.format !== 'text') {
    for (const f of failed) for (const d of f.diagnostics) process.stderr.write(`newslens: ${f.path}: ${d.message}\n`);
  }
  if (options.outputFile !== null) {
    try {
      await writeChunks(output, options.outputFile);
    } catch (e) {
      process.stderr.write(`newslens: cannot write ${options.outputFile} (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return 2;
    }
  } else {
    await writeChunks(output, null);
  }

  if (failed.length > 0) return 2;
  if (options.strict && run.internalErrors.length > 0) return 3;
  if (options.command === 'analyze') return 0;
  const counts = countSeverities(run.files.flatMap((f) => f.diagnostics));
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== null && counts.warning > options.maxWarnings) {
    process.stderr.write(`newslens: ${counts.warning} warnings is more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * The output in pieces: the JSON and text formats one diagnostic at a time (a large run's output is
 * never one string, nor its diagnostics all converted at once); the others whole.
 */
function render(options: Options, run: RunResult, fileCount: number, baselined: number): Iterable<string> {
  if (options.command === 'analyze') return [formatJson(analyzeJson(run))];
  const counts = countSeverities(run.files.flatMap((f) => f.diagnostics));
  switch (options.format) {
    case 'json':
      return formatJsonChunks({ ...checkJson({ ...run, files: [] }) }, 'diagnostics', eachJsonDiagnostic(run));
    case 'sarif': {
      const diagnostics = jsonDiagnostics(run);
      const texts = new Map(run.files.map((f) => [f.path, f.text]));
      return [formatSarif(diagnostics, TOOL, diagnostics.map((d) => fingerprint(d.code, texts.get(d.path) ?? null, d)))];
    }
    case 'github':
      return [formatGithub(jsonDiagnostics(run), summaryLine({ counts, files: fileCount, baselined }))];
    default:
      return formatTextChunks(eachJsonDiagnostic(run), { counts, files: fileCount, baselined }, useColour(options));
  }
}

/** jsonDiagnostics(run), one at a time. */
function* eachJsonDiagnostic(run: RunResult): Generator<JsonDiagnostic> {
  const positions = new Positions(run.files);
  for (const f of run.files) for (const d of f.diagnostics) yield jsonDiagnostic(f.path, d, positions);
}

/**
 * Writes the pieces to the file (null: standard output) in blocks of about a megabyte. On a pipe,
 * standard output queues what the reader has not taken yet: waiting for it to drain keeps the
 * output from piling up in memory (1 GB more for 10,000 reports read through `| ...`).
 */
async function writeChunks(chunks: Iterable<string>, file: string | null): Promise<void> {
  const fd = file === null ? null : openSync(file, 'w');
  try {
    let block = '';
    const flush = async () => {
      if (fd !== null) {
        for (let bytes = Buffer.from(block), at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } else if (!process.stdout.write(block)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            process.stdout.off('drain', done);
            process.stdout.off('close', done);
            resolve();
          };
          process.stdout.on('drain', done);
          process.stdout.on('close', done);
        });
      }
      block = '';
    };
    for (const chunk of chunks) {
      block += chunk;
      if (block.length >= 1 << 20) await flush();
    }
    if (block.length > 0 || fd === null) await flush();
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function useColour(options: Options): boolean {
  if (options.color !== null) return options.color;
  if (options.outputFile !== null) return false;
  const env = process.env;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true && env.TERM !== 'dumb';
}
