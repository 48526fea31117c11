import { parseCommandLine, USAGE } from './args.js';
import { CLI_VERSION } from './version.js';

/** Entry point of the `newslens` bin; resolves to the exit code (0 clean, 1 problems, 2 failure, 3 internal error under --strict). */
export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // a closed pipe (| head) is not a crash
    throw e;
  });
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') return print(USAGE, 0);
  if (parsed.kind === 'version') return print(`${CLI_VERSION}\n`, 0);
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`newslens: ${parsed.message}\nRun "newslens --help" for usage.\n`);
    return 2;
  }
  if (parsed.kind === 'cache-clean') {
    const { cleanCache } = await import('./cache-clean.js');
    return cleanCache(parsed.cache, parsed.all);
  }
  try {
    // Loaded only now, so --help, --version and usage errors answer without loading the analysis.
    const { execute } = await import('./execute.js');
    return await execute(parsed.options);
  } catch (e) {
    process.stderr.write(`newslens: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

function print(text: string, code: number): number {
  process.stdout.write(text);
  return code;
}
