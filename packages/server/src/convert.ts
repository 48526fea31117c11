/**
 * The one module that turns the language service's plain data (UTF-16 offsets, report ids)
 * into LSP types. Everything else in the server speaks the service's types.
 */
import type {
  CodeActionInfo, DefinitionLink, Diagnostic as NlDiagnostic, Highlight, HoverInfo, Location as NlLocation,
  ReportSymbol, Severity, Span, WorkspaceSymbolInfo,
} from '@newslens/language-service';
import {
  CodeActionKind, DiagnosticSeverity, DocumentHighlightKind, SymbolKind,
  type CodeAction, type Diagnostic, type DocumentHighlight, type DocumentSymbol, type Hover, type Location,
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
