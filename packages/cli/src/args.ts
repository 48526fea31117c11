import { parseArgs } from 'node:util';

export type Command = 'check' | 'analyze';
export type Format = 'text' | 'json' | 'sarif' | 'github';

export interface Options {
  command: Command;
  /** Files, directories and globs as given; `-` is standard input. */
  inputs: string[];
  format: Format;
  maxWarnings: number | null;
  baseline: string | null;
  writeBaseline: string | null;
  config: string | null;
  stdinFilename: string | null;
  maxFileSize: number | null;
  outputFile: string | null;
  /** true / false when forced by a flag, null to decide from the terminal. */
  color: boolean | null;
  /** The analysis cache folder (--cache), null for the default one; false with --no-cache. */
  cache: string | null | false;
  /** --strict: exit 3 when an internal error happened (each is reported on standard error either way). */
  strict: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: Options }
  | { kind: 'help' }
  | { kind: 'version' }
  /** `newslens cache clean`: remove the analysis cache's unused version folders (`all`: the current one too). */
  | { kind: 'cache-clean'; cache: string | null; all: boolean }
  | { kind: 'usage-error'; message: string };

const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

const SPEC = {
  format: { type: 'string', short: 'f' },
  'max-warnings': { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  strict: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Parses the command line (without `node` and the script). Never throws. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    return { kind: 'usage-error', message: (e as Error).message };
  }
  const v = parsed.values;
  const [command, ...inputs] = parsed.positionals;
  if (v.help || command === 'help') return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  if (command === undefined) return { kind: 'usage-error', message: 'missing command: check, analyze or cache' };
  if (command === 'cache') return parseCacheCommand(inputs, v);
  if (command !== 'check' && command !== 'analyze') {
    return { kind: 'usage-error', message: `unknown command "${command}" (expected check, analyze or cache)` };
  }
  if (v.all) return { kind: 'usage-error', message: '--all belongs to cache clean' };
  const format = (v.format ?? (command === 'analyze' ? 'json' : 'text')) as Format;
  if (!FORMATS.includes(format)) {
    return { kind: 'usage-error', message: `unknown format "${v.format}" (expected ${FORMATS.join(', ')})` };
  }
  if (command === 'analyze' && format !== 'json') {
    return { kind: 'usage-error', message: `analyze prints JSON only (--format json), not "${format}"` };
  }
  if (command === 'analyze') {
    for (const flag of ['max-warnings', 'baseline', 'write-baseline'] as const) {
      if (v[flag] !== undefined) return { kind: 'usage-error', message: `--${flag} belongs to check, not analyze` };
    }
  }
  let maxWarnings: number | null = null;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) return { kind: 'usage-error', message: `--max-warnings needs a whole number >= 0, not "${v['max-warnings']}"` };
    maxWarnings = Number(v['max-warnings']);
  }
  let maxFileSize: number | null = null;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = parseSize(v['max-file-size']);
    if (maxFileSize === null) return { kind: 'usage-error', message: `--max-file-size needs a size such as 1000000, 500kB or 2MB, not "${v['max-file-size']}"` };
  }
  if (inputs.filter((i) => i === '-').length > 1) return { kind: 'usage-error', message: '"-" (standard input) can be given only once' };
  if (v['stdin-filename'] !== undefined && !inputs.includes('-')) {
    return { kind: 'usage-error', message: '--stdin-filename names standard input: give "-" as an input too' };
  }
  if (v.color && v['no-color']) return { kind: 'usage-error', message: '--color and --no-color contradict each other' };
  if (v.cache !== undefined && v['no-cache']) return { kind: 'usage-error', message: '--cache and --no-cache contradict each other' };
  if (v.cache === '') return { kind: 'usage-error', message: '--cache needs a folder' };
  return {
    kind: 'run',
    options: {
      command,
      inputs: inputs.length ? inputs : ['.'],
      format,
      maxWarnings,
      baseline: v.baseline ?? null,
      writeBaseline: v['write-baseline'] ?? null,
      config: v.config ?? null,
      stdinFilename: v['stdin-filename'] ?? null,
      maxFileSize,
      outputFile: v['output-file'] ?? null,
      color: v.color ? true : v['no-color'] ? false : null,
      cache: v['no-cache'] ? false : v.cache ?? null,
      strict: v.strict === true,
    },
  };
}

function parseCacheCommand(rest: readonly string[], v: { cache?: string; 'no-cache'?: boolean; all?: boolean; [flag: string]: unknown }): ParsedArgs {
  if (rest.length !== 1 || rest[0] !== 'clean') return { kind: 'usage-error', message: 'the cache command takes one subcommand: clean' };
  const other = Object.keys(v).find((k) => k !== 'cache' && k !== 'all' && v[k] !== undefined);
  if (other !== undefined) return { kind: 'usage-error', message: `--${other} does not apply to cache clean` };
  if (v.cache === '') return { kind: 'usage-error', message: '--cache needs a folder' };
  return { kind: 'cache-clean', cache: v.cache ?? null, all: v.all === true };
}

/** "1000000", "500kB", "2MB", "1.5mb" (decimal units, as file managers show them). */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const n = Math.floor(Number(m[1]) * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit === 'g' ? 1e9 : 1));
  return n > 0 ? n : null;
}

export const USAGE = `Usage: newslens <command> [options] [files|dirs|globs|-]

Commands:
  check        report problems: unattributed claims, vague sourcing, mismatches across reports
  analyze      print the whole analysis as JSON (the versioned contract in docs/json-format.md)
  cache clean  remove the cache folders of other analyser versions (--all: this one's too);
               folders unused for 7 days, or beyond 1 GB together, are also removed on their own

Inputs: files, directories (every *.txt below them, and *.md if newslens.json includes
it; node_modules and .git are left out), globs ("reports/**/*.md"), or "-" for standard
input. With no input, the current directory.

Options:
  -f, --format <f>         check: text (default), json, sarif, github; analyze: json
      --max-warnings <n>   exit 1 when there are more than n warnings (errors always exit 1)
      --baseline <file>    do not report problems recorded in this baseline file
      --write-baseline <f> record every current problem in a baseline file
  -c, --config <file>      use this newslens.json (default: the nearest newslens.json
                           in the current directory or above it)
      --stdin-filename <p> the path to show for "-" (its extension picks .txt or .md)
      --max-file-size <n>  skip files larger than this (bytes, or 500kB, 2MB; default 1MB)
  -o, --output-file <f>    write the report to a file instead of standard output
      --color, --no-color  force colour on or off (default: on when output is a terminal)
      --cache <dir>        keep analyses in this folder between runs (default: newslens
                           under the user cache folder, e.g. ~/.cache/newslens)
      --no-cache           neither read nor write the analysis cache
      --all                cache clean: also remove the current version's entries
      --strict             exit 3 when an internal error happened (a part of the analysis
                           or comparison that threw; each is reported on standard error)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 a usage error, a bad config, or a file that could not be read,
3 (with --strict) an internal error. 2 wins over 3, 3 over 1.
`;
