import type { EntityKind, Problem, ReportAnalysis, Span } from '../types.js';

/** A report handed to the comparison: the caller's id (path or URI) and its analysis. */
export interface ReportInput {
  id: string;
  analysis: ReportAnalysis;
}

export type LinkKind = 'entity' | 'quote' | 'figure' | 'date' | 'claim';

export interface Location extends Span {
  report: string;
}

/** One aligned pair across two reports of the same event. Links are directed; both directions are listed. */
export interface Link {
  kind: LinkKind;
  from: Location;
  to: Location;
  /** Similarity in [0, 1]; 1 for identical wording or the same entity. */
  score: number;
}

/** Reports that tell the same event. */
export interface EventGroup {
  /** Stable id derived from the reports in it. */
  id: string;
  reports: string[];
}

/** One person, organisation or place across the reports of an event. */
export interface CrossEntity {
  /** The same id in every report of the event. */
  id: string;
  kind: EntityKind;
  name: string;
  /** Per report: the local entity id, the spelling used and the mention count. */
  occurrences: Array<{ report: string; entityId: string; name: string; mentions: number }>;
}

export interface Comparison {
  events: EventGroup[];
  entities: CrossEntity[];
  links: Link[];
  /** Cross-report problems per report id (quote-mismatch, figure-mismatch, ...). */
  problems: Record<string, Problem[]>;
}
