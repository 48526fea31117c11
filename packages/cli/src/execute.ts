import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCacheDir, openDiskCache } from '@newslens/analysis-host';
import type { Options } from './args.js';
import { applyBaseline, buildBaseline, fingerprint, readBaseline, writeBaseline, type BaselineFile } from './baseline.js';
import { loadConfig } from './config-file.js';
import { analyzeJson, checkJson, jsonDiagnostics, TOOL } from './contract.js';
import { expandInputs } from './files.js';
import { formatGithub } from './formats/github.js';
import { formatJson } from './formats/json.js';
import { formatSarif } from './formats/sarif.js';
import { countSeverities, formatText, summaryLine } from './formats/text.js';
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
  const run = await runAnalysis(expansion, config, createProgress(process.stderr), { cache });
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

  const output = render(options, run, expansion.inputs.length, baselined);
  if (options.format !== 'text') {
    for (const f of failed) for (const d of f.diagnostics) process.stderr.write(`newslens: ${f.path}: ${d.message}\n`);
  }
  if (options.outputFile !== null) {
    try {
      writeFileSync(options.outputFile, output);
    } catch (e) {
      process.stderr.write(`newslens: cannot write ${options.outputFile} (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return 2;
    }
  } else {
    process.stdout.write(output);
  }

  if (failed.length > 0) return 2;
  if (options.command === 'analyze') return 0;
  const counts = countSeverities(jsonDiagnostics(run));
  if (counts.error > 0) return 1;
  if (options.maxWarnings !== null && counts.warning > options.maxWarnings) {
    process.stderr.write(`newslens: ${counts.warning} warnings is more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function render(options: Options, run: RunResult, fileCount: number, baselined: number): string {
  if (options.command === 'analyze') return formatJson(analyzeJson(run));
  const diagnostics = jsonDiagnostics(run);
  const summary = { counts: countSeverities(diagnostics), files: fileCount, baselined };
  switch (options.format) {
    case 'json':
      return formatJson(checkJson(run));
    case 'sarif': {
      const texts = new Map(run.files.map((f) => [f.path, f.text]));
      return formatSarif(diagnostics, TOOL, diagnostics.map((d) => fingerprint(d.code, texts.get(d.path) ?? null, d)));
    }
    case 'github':
      return formatGithub(diagnostics, summaryLine(summary));
    default:
      return formatText(diagnostics, summary, useColour(options));
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
