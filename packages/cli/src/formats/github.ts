import type { JsonDiagnostic } from '../contract-types.js';

/**
 * GitHub Actions workflow commands, one annotation per diagnostic:
 * `::warning file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=code::message`.
 * information and hint become `notice`.
 */
export function formatGithub(diagnostics: readonly JsonDiagnostic[], summary: string): string {
  let out = '';
  for (const d of diagnostics) {
    const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props: string[] = [`file=${escapeProperty(d.path)}`, `line=${d.line + 1}`, `col=${d.character + 1}`];
    if (d.end > d.start) props.push(`endLine=${d.endLine + 1}`, `endColumn=${d.endCharacter + 1}`);
    props.push(`title=${escapeProperty(`newslens ${d.code}`)}`);
    const related = d.related.map((r) => ` (${r.message}: ${r.path}:${r.line + 1}:${r.character + 1})`).join('');
    out += `::${level} ${props.join(',')}::${escapeData(d.message + related)}\n`;
  }
  return out + summary + '\n';
}

/** The message part: %, CR and LF are escaped (GitHub's toolkit rules). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, plus ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
