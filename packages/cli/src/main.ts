import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, lineStarts, offsetToPosition } from '@newslens/language-service';

/** Entry point of the `newslens` bin; returns the exit code. (Minimal first cut.) */
export async function main(argv: string[]): Promise<number> {
  const [command, ...paths] = argv;
  if (command !== 'check' || paths.length === 0) {
    process.stderr.write('usage: newslens check <files|dirs>\n');
    return 2;
  }
  const service = createLanguageService();
  let count = 0;
  for (const file of paths.flatMap(expand)) {
    const report = service.analyzeReport(readFileSync(file, 'utf8'));
    const starts = lineStarts(report.text);
    for (const d of service.doValidation(report)) {
      const pos = offsetToPosition(starts, d.start);
      process.stdout.write(`${file}:${pos.line + 1}:${pos.character + 1}: ${d.severity} ${d.code} ${d.message}\n`);
      count++;
    }
  }
  process.stdout.write(`${count} problem(s)\n`);
  return 0;
}

function expand(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().filter((n) => n.endsWith('.txt')).map((n) => join(p, n));
}
