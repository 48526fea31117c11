import type { Comparison, Location } from '../compare/types.js';
import type { EntityKind, ReportAnalysis, Span } from '../types.js';

/**
 * What a feature verb needs besides the report it is asked about: the caller keeps the analyses
 * and the comparison and passes them back in (the service holds no documents).
 */
export interface FeatureContext {
  /** The caller's id of the report the request is about (a path, a URI). */
  reportId: string;
  /** The analysis of any report of the workspace by id; undefined when unknown. */
  getReport(id: string): ReportAnalysis | undefined;
  comparison: Comparison;
}

/** Hover contents as Markdown (report text in it escaped) and the span hovered. */
export interface HoverInfo {
  markdown: string;
  span: Span;
}

/** Go to Definition: from a span in this report to the same thing in another one. */
export interface DefinitionLink {
  origin: Span;
  target: Location;
}

export type HighlightKind = 'read' | 'text';

export interface Highlight extends Span {
  kind: HighlightKind;
}

export type SymbolKind = EntityKind | 'quote' | 'claim';

export interface ReportSymbol {
  name: string;
  kind: SymbolKind;
  /** A short line shown beside the name ("3 mentions", "Wang Kejian", "unattributed"). */
  detail: string;
  /** The whole extent of the symbol. */
  span: Span;
  /** The part to select and reveal (inside `span`). */
  selection: Span;
}

export interface WorkspaceSymbolInfo {
  name: string;
  kind: EntityKind;
  /** Where the entity is first mentioned. */
  location: Location;
  /** The report's short name, shown as the container. */
  container: string;
}

/** A text edit in some report, in that report's offsets. */
export interface ReportEdit extends Location {
  newText: string;
}

/** The command `newslens.openAligned`: shows `arguments[0]` (a Location) in the editor. */
export const OPEN_ALIGNED_COMMAND = 'newslens.openAligned';

export interface CommandInfo {
  title: string;
  command: string;
  arguments: unknown[];
}

export interface CodeActionInfo {
  title: string;
  kind: 'quickfix' | 'refactor';
  /** Codes of the diagnostics the action resolves (quick fixes). */
  diagnostics: Array<Span & { code: string }>;
  edits: ReportEdit[];
  command: CommandInfo | null;
  isPreferred: boolean;
}

/** A code lens over a claim: in how many of the event's reports it is told. */
export interface ClaimLens {
  span: Span;
  /** "in 2 of 2 reports" */
  title: string;
  /** Opens the other report where the claim is told; null when no other report tells it. */
  command: CommandInfo | null;
}

/** An inlay hint placed at `offset` (after a date: its resolved value and weekday). */
export interface InlayHintInfo {
  offset: number;
  label: string;
  tooltip: string;
}

export type SemanticTokenType = 'person' | 'organization' | 'place' | 'quote' | 'cue';

/** A highlighted stretch of text; tokens never overlap and are sorted. */
export interface SemanticToken extends Span {
  type: SemanticTokenType;
}
