/**
 * The public JSON contract of `newslens analyze --format json` and `newslens check --format
 * json`, version 1. Documented field by field in docs/json-format.md and described by
 * docs/json-format.schema.json. Add fields only; never rename or retype one within a version.
 */

export const CONTRACT_VERSION = 1;

export interface JsonSpan {
  start: number;
  end: number;
}

export interface JsonTextSpan extends JsonSpan {
  text: string;
}

export interface JsonLocation extends JsonSpan {
  path: string;
}

export interface JsonTool {
  name: 'newslens';
  version: string;
  analyzerVersion: string;
}

export interface JsonRelated extends JsonLocation {
  line: number;
  character: number;
  message: string;
}

export interface JsonDiagnostic extends JsonLocation {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
  related: JsonRelated[];
  /** unattributed-claim only: the kind of check-worthy claim (docs/json-format.md). */
  claimKind?: 'casualty' | 'statistic' | 'accusation' | 'comparison' | 'causal' | 'prediction';
  /** quote-mismatch only: a changed word (`wording`) or the same words written differently (`form`) (docs/json-format.md). */
  quoteChange?: 'wording' | 'form';
}

export interface JsonEntity {
  /** Unique to the entity's event (docs/json-format.md). */
  id: string;
  /** The entity's name key, the same for one name in every event (added within version 1). */
  crossId: string;
  kind: 'person' | 'organization' | 'place';
  name: string;
  mentions: Array<JsonTextSpan & { form: string }>;
  descriptors: JsonTextSpan[];
  /** What the report calls the entity besides its name (added within version 1; docs/json-format.md, docs/labels.md). */
  labels: JsonLabel[];
  /** The pronouns that refer to the person (added within version 1; docs/json-format.md); never among `mentions`. */
  pronouns: JsonTextSpan[];
}

export interface JsonLabel extends JsonTextSpan {
  kind: 'apposition' | 'title' | 'predicate' | 'reference';
  /** The label's words in the loaded-word lexicon (docs/loaded-words.md), lower case; empty when none. */
  loaded: string[];
  /** Inside a quotation: the speaker's words, not the outlet's. */
  quoted: boolean;
}

export interface JsonQuote extends JsonSpan {
  content: JsonSpan;
  speaker: { name: string; start: number; end: number; entityId: string | null } | null;
  depth: number;
}

export interface JsonAttribution {
  source: JsonTextSpan | null;
  cue: JsonTextSpan;
  content: JsonSpan;
  sourceKind: 'named' | 'vague' | 'none';
  /** Added within version 1: what the source is (sourceKind follows from it). */
  sourceType?: 'person' | 'organization' | 'outlet' | 'document' | 'anonymous' | 'none';
  /** Added within version 1: why a vague or source-less attribution has no vague-attribution diagnostic. */
  noDiagnostic?: 'quoted' | 'named-source' | 'narration' | 'not-a-claim';
}

export interface JsonFigure extends JsonTextSpan {
  value: number;
  approx: string;
  counts: string;
  /** Added within version 1: the values the figure allows (a null end is unbounded). */
  interval?: { low: number | null; high: number | null; lowIncluded: boolean; highIncluded: boolean };
}

export interface JsonDate extends JsonTextSpan {
  value: string | null;
  weekday: string | null;
  relative: boolean;
}

export interface JsonClaim extends JsonSpan {
  status: 'attributed' | 'vague' | 'unattributed';
  kind: string;
  source: JsonSpan | null;
}

export interface JsonReport {
  path: string;
  format: 'text' | 'markdown';
  hadBom: boolean;
  language: string;
  publishedAt: string | null;
  /** Added within version 1: from the report's front matter, present only when it gives them. */
  source?: string;
  title?: string;
  url?: string;
  author?: string;
  /** Added within version 1: the front matter's `event:` pin as written (`none`: in no event with others). */
  eventPin?: string;
  event: string | null;
  sentences: JsonSpan[];
  entities: JsonEntity[];
  quotes: JsonQuote[];
  attributions: JsonAttribution[];
  figures: JsonFigure[];
  dates: JsonDate[];
  claims: JsonClaim[];
  /** The loaded-word lexicon's words in the report (added within version 1; docs/json-format.md, docs/loaded-words.md). */
  loadedWords: Array<JsonTextSpan & { kind: 'label' | 'verb'; quoted: boolean }>;
}

export interface JsonEvent {
  id: string;
  reports: string[];
  /** Added within version 1: the terms that tie the event's reports, most telling first (eventTies). */
  terms: string[];
}

export interface JsonLink {
  kind: 'entity' | 'quote' | 'figure' | 'date' | 'claim';
  from: JsonLocation;
  to: JsonLocation;
  score: number;
}

/** `newslens analyze --format json`. */
export interface AnalyzeJson {
  version: 1;
  tool: JsonTool;
  reports: JsonReport[];
  events: JsonEvent[];
  links: JsonLink[];
  diagnostics: JsonDiagnostic[];
}

/** `newslens check --format json`: the same diagnostics, without the analysis. */
export interface CheckJson {
  version: 1;
  tool: JsonTool;
  diagnostics: JsonDiagnostic[];
}
