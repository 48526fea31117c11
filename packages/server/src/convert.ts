/**
 * The one module that turns the language service's plain data (UTF-16 offsets, report ids)
 * into LSP types. Everything else in the server speaks the service's types.
 */
import type {
  ClaimLens, CodeActionInfo, DefinitionLink, InlayHintInfo, SemanticToken, SemanticTokenType, Diagnostic as NlDiagnostic, Highlight, HoverInfo, Location as NlLocation,
  ReportSymbol, Severity, Span, WorkspaceSymbolInfo,
} from '@newslens/language-service';
import {
  CodeActionKind, DiagnosticSeverity, DocumentHighlightKind, SymbolKind,
  type CodeAction, type CodeLens, type Diagnostic, type InlayHint, type SemanticTokens, type SemanticTokensLegend, type DocumentHighlight, type DocumentSymbol, type Hover, type Location,
  type LocationLink, type Position, type Range, type SymbolInformation, type TextEdit, type WorkspaceEdit, type WorkspaceSymbol,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Where a report's offsets land in an editor's document: its URI, its text, the BOM shift. */
export interface Placed {
  uri: string;
  doc: TextDocument;
  /** 1 when the document text starts with a BOM the analysis removed, else 0. */
  shift: number;
}

export type Resolve = (reportId: string) => Placed | undefined;

export function toRange(p: Placed, span: Span): Range {
  return { start: p.doc.positionAt(span.start + p.shift), end: p.doc.positionAt(span.end + p.shift) };
}

/** The analysis offset of an LSP position (clamped to the text). */
export function toOffset(p: Placed, position: Position): number {
  return Math.max(0, p.doc.offsetAt(position) - p.shift);
}

export function toLocation(resolve: Resolve, loc: NlLocation): Location | null {
  const p = resolve(loc.report);
  return p ? { uri: p.uri, range: toRange(p, loc) } : null;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(p: Placed, d: NlDiagnostic, resolve: Resolve): Diagnostic {
  const related = d.related.flatMap((r) => {
    const location = toLocation(resolve, r);
    return location ? [{ location, message: r.message }] : [];
  });
  return {
    range: toRange(p, d), severity: SEVERITY[d.severity], code: d.code, source: 'newslens', message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
  };
}

export function toHover(p: Placed, h: HoverInfo): Hover {
  return { contents: { kind: 'markdown', value: h.markdown }, range: toRange(p, h.span) };
}

/** The hover of a report whose analysis is still under way (server.ts, REQUEST_WAIT): a plain note, no range. */
export const READING_NOTE = 'newslens is still reading this report; hover again in a moment.';

export function toReadingHover(): Hover {
  return { contents: { kind: 'plaintext', value: READING_NOTE } };
}

export function toDefinition(p: Placed, links: DefinitionLink[], resolve: Resolve, linkSupport: boolean): LocationLink[] | Location[] {
  const out: LocationLink[] = [];
  for (const l of links) {
    const target = resolve(l.target.report);
    if (!target) continue;
    const range = toRange(target, l.target);
    out.push({ originSelectionRange: toRange(p, l.origin), targetUri: target.uri, targetRange: range, targetSelectionRange: range });
  }
  return linkSupport ? out : out.map((l) => ({ uri: l.targetUri, range: l.targetRange }));
}

export function toLocations(locs: NlLocation[], resolve: Resolve): Location[] {
  return locs.flatMap((l) => toLocation(resolve, l) ?? []);
}

export function toHighlights(p: Placed, hs: Highlight[]): DocumentHighlight[] {
  return hs.map((h) => ({ range: toRange(p, h), kind: h.kind === 'read' ? DocumentHighlightKind.Read : DocumentHighlightKind.Text }));
}

const SYMBOL_KIND: Record<ReportSymbol['kind'], SymbolKind> = {
  person: SymbolKind.Object, organization: SymbolKind.Class, place: SymbolKind.Namespace,
  quote: SymbolKind.String, claim: SymbolKind.Event,
};

export function toDocumentSymbols(p: Placed, symbols: ReportSymbol[], hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  if (hierarchical) {
    return symbols.map((s) => ({ name: s.name || ' ', detail: s.detail, kind: SYMBOL_KIND[s.kind], range: toRange(p, s.span), selectionRange: toRange(p, s.selection) }));
  }
  return symbols.map((s) => ({ name: s.name || ' ', kind: SYMBOL_KIND[s.kind], location: { uri: p.uri, range: toRange(p, s.span) }, containerName: s.detail }));
}

export function toWorkspaceSymbols(symbols: WorkspaceSymbolInfo[], resolve: Resolve): WorkspaceSymbol[] {
  return symbols.flatMap((s) => {
    const location = toLocation(resolve, s.location);
    return location ? [{ name: s.name, kind: SYMBOL_KIND[s.kind], location, containerName: s.container }] : [];
  });
}

/** `diagnostics` are the LSP diagnostics published for the document, matched to the service's by code and range. */
export function toCodeActions(p: Placed, actions: CodeActionInfo[], resolve: Resolve, published: readonly Diagnostic[]): CodeAction[] {
  return actions.map((a) => {
    const action: CodeAction = { title: a.title, kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.Refactor };
    const diagnostics = a.diagnostics.flatMap((d) => {
      const range = toRange(p, d);
      return published.filter((x) => x.code === d.code && sameRange(x.range, range));
    });
    if (diagnostics.length) action.diagnostics = diagnostics;
    if (a.isPreferred) action.isPreferred = true;
    if (a.edits.length) {
      const changes: Record<string, TextEdit[]> = {};
      for (const e of a.edits) {
        const target = resolve(e.report);
        if (target) (changes[target.uri] ??= []).push({ range: toRange(target, e), newText: e.newText });
      }
      action.edit = { changes } satisfies WorkspaceEdit;
    }
    if (a.command) action.command = { title: a.command.title, command: a.command.command, arguments: a.command.arguments };
    return action;
  });
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function toCodeLenses(p: Placed, lenses: ClaimLens[]): CodeLens[] {
  return lenses.map((l) => ({
    range: toRange(p, l.span),
    // A lens without a command id shows as plain text.
    command: l.command ? { title: l.title, command: l.command.command, arguments: l.command.arguments } : { title: l.title, command: '' },
  }));
}

export function toInlayHints(p: Placed, hints: InlayHintInfo[]): InlayHint[] {
  return hints.map((h) => ({ position: p.doc.positionAt(h.offset + p.shift), label: h.label, tooltip: h.tooltip, paddingLeft: false }));
}

/** Standard token types, so every theme colours them: people as variables, places as namespaces... */
const TOKEN_TYPES: Record<SemanticTokenType, string> = {
  person: 'variable', organization: 'class', place: 'namespace', quote: 'string', cue: 'keyword',
};
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: Object.values(TOKEN_TYPES), tokenModifiers: [] };
const TYPE_INDEX = new Map(Object.keys(TOKEN_TYPES).map((k, i) => [k, i]));

/** Tokens in the relative encoding, split at line ends (clients need not support multi-line tokens). */
export function toSemanticTokens(p: Placed, tokens: SemanticToken[]): SemanticTokens {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  const push = (l: number, c: number, length: number, type: number): void => {
    if (length <= 0) return;
    data.push(l - line, l === line ? c - char : c, length, type, 0);
    line = l;
    char = c;
  };
  for (const t of tokens) {
    const type = TYPE_INDEX.get(t.type) ?? 0;
    const start = p.doc.positionAt(t.start + p.shift);
    const end = p.doc.positionAt(t.end + p.shift);
    for (let l = start.line; l <= end.line; l++) {
      const from = l === start.line ? start.character : 0;
      const to = l === end.line ? end.character : lineLength(p, l);
      push(l, from, to - from, type);
    }
  }
  return { data };
}

function lineLength(p: Placed, line: number): number {
  const start = p.doc.offsetAt({ line, character: 0 });
  const text = p.doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return p.doc.positionAt(start + text.replace(/\r?\n$|\r$/, '').length).character;
}
