import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type RuleInfo } from '@newslens/language-service';
import type { JsonDiagnostic, JsonTool } from '../contract-types.js';

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other viewers.
 * Columns are UTF-16 code units, 1-based; paths relative to the directory newslens ran in,
 * under the `%SRCROOT%` base (the repository root in CI).
 */
export function formatSarif(diagnostics: readonly JsonDiagnostic[], tool: JsonTool, fingerprints: readonly string[]): string {
  const ruleIndex = new Map<string, number>(RULES.map((r, i) => [r.code, i]));
  const results = diagnostics.map((d, i) => {
    const related = d.related.map((r, k) => ({
      id: k + 1,
      physicalLocation: { artifactLocation: artifact(r.path), region: { startLine: r.line + 1, startColumn: r.character + 1 } },
      message: { text: r.message },
    }));
    return {
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: level(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: artifact(d.path), region: region(d) } }],
      ...(related.length ? { relatedLocations: related } : {}),
      partialFingerprints: { 'newslensFingerprint/v1': fingerprints[i] },
      properties: { severity: d.severity, ...(d.claimKind ? { claimKind: d.claimKind } : {}), ...(d.quoteChange ? { quoteChange: d.quoteChange } : {}) },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: tool.name, semanticVersion: tool.version, version: tool.version, rules: RULES.map(rule) } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(r: RuleInfo) {
  return {
    id: r.code,
    name: r.code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.summary },
    help: {
      text: `${r.summary} See docs/rules/${r.code}.md in the newslens repository; silence one line with <!-- newslens-disable-next-line ${r.code} -->.`,
      markdown: `${r.summary}\n\nSee \`docs/rules/${r.code}.md\`. Silence one line with \`<!-- newslens-disable-next-line ${r.code} -->\`, or set \`"${r.code}": "off"\` under \`rules\` in \`newslens.json\`.`,
    },
    defaultConfiguration: r.defaultSeverity === 'off' ? { enabled: false, level: 'note' } : { level: level(r.defaultSeverity) },
    properties: { tags: ['news', r.crossReport ? 'cross-report' : 'single-report'] },
  };
}

function level(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(d: JsonDiagnostic) {
  const start = { startLine: d.line + 1, startColumn: d.character + 1 };
  return d.end > d.start ? { ...start, endLine: d.endLine + 1, endColumn: d.endCharacter + 1 } : start;
}

/** A relative path becomes a relative URI under %SRCROOT%; an absolute one a file: URI. */
export function artifact(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const uri = path.split(/[\\/]/).filter((s) => s !== '.' && s !== '').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}
