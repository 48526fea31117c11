/**
 * The plain data the language service returns. Every offset is a UTF-16 code unit index
 * (a JavaScript string index) into `ReportAnalysis.text` (the report text with a leading BOM
 * removed); `end` is exclusive. Nothing here knows about LSP, files or editors.
 */
import type { RuleCode } from './rules/codes.js';

export type { RuleCode } from './rules/codes.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityKind = 'person' | 'organization' | 'place';

/** How a mention names its entity. */
/** `description`: a word standing for a person the report names ("Woman" in the headline "Woman Killed In Crash"). */
export type MentionForm = 'full' | 'short' | 'possessive' | 'alias' | 'description';

export interface EntityMention extends TextSpan {
  form: MentionForm;
}

export interface Entity {
  /** Stable within a run and from run to run for the same text: derived from kind + canonical name. */
  id: string;
  kind: EntityKind;
  /** Canonical name: the fullest form the report uses (no title, no possessive). */
  name: string;
  mentions: EntityMention[];
  /** Apposition and pre-modifiers: "Chinese diplomat", "the former ambassador to Lebanon". */
  descriptors: TextSpan[];
  /**
   * What the report calls the entity besides its name (docs/labels.md): its appositions, titles,
   * predicates and the phrases that refer back to it ("the militant group", "the regime in
   * Beijing"). Always set by the analysis; optional so that entities made elsewhere still fit.
   */
  labels?: Label[];
  /**
   * The pronouns that refer to this person, in text order: the narration's "he", "his", "her",
   * "herself" (entities/pronouns.ts, and a lede's before the person is named: entities/lede-pronouns.ts)
   * and "I", "me", "my" in the person's own quotes (entities/quoted-pronouns.ts). No names, so never
   * among `mentions`. Set by
   * the analysis on persons (empty when none); optional so that entities made elsewhere still fit.
   */
  pronouns?: TextSpan[];
}

/**
 * How a label names its entity: `apposition` ("Wang Kejian, the former ambassador"), `title` (a
 * title or role before the name: "Chinese diplomat", "Senate Minority Leader"), `predicate`
 * ("Hamas is a militant group"), `reference` (a phrase that refers back: "the militant group",
 * "the terrorists" for an organisation, "Beijing" acting for China's government).
 */
export type LabelKind = 'apposition' | 'title' | 'predicate' | 'reference';

/** A word of the loaded-word lexicon in the text: a label word ("regime") or a verb ("slammed"). */
export interface LoadedWord extends TextSpan {
  kind: 'label' | 'verb';
  /** Inside a quotation: the speaker's word, not the outlet's. */
  quoted: boolean;
}

export interface Label extends TextSpan {
  kind: LabelKind;
  /** The words of the label in the loaded-word lexicon (docs/loaded-words.md), lower case; empty when none. */
  loaded: string[];
  /** Inside a quotation: the speaker's words, not the outlet's. */
  quoted: boolean;
}

export interface Speaker extends TextSpan {
  /** Canonical name of the speaker's entity when it is one of `entities`, else the text. */
  name: string;
  entityId: string | null;
}

export interface Quote extends Span {
  /** The quoted words without the marks. */
  content: TextSpan;
  speaker: Speaker | null;
  /** Nesting depth: 0 for a top-level quote, 1 for a quote inside a quote. */
  depth: number;
}

/**
 * What a source is: a person, an organization (a body, or its spokesperson or officers speaking for
 * it), an outlet, a document, anonymous (names no one: "officials", "sources"), or none (no source:
 * "reportedly"). sourceKind follows from it (see kindOfSourceType).
 */
export type SourceType = 'person' | 'organization' | 'outlet' | 'document' | 'anonymous' | 'none';

/** Why an attribution the analysis marks vague or source-less has no vague-attribution diagnostic. */
export type NoDiagnosticReason = 'quoted' | 'named-source' | 'narration' | 'not-a-claim';

export interface Attribution {
  /** Who says it; null for source-less cues ("reportedly"). */
  source: TextSpan | null;
  cue: TextSpan;
  content: Span;
  /** named: a named person/organisation/publication; vague: "officials", "sources"; none: "reportedly". */
  sourceKind: 'named' | 'vague' | 'none';
  /**
   * What the source is; anonymous exactly when sourceKind is vague, none when it is none. Always set
   * by the analysis; optional so that attributions made elsewhere (older caches, tests) still fit.
   */
  sourceType?: SourceType;
  /**
   * Set on a vague or source-less attribution that no vague-attribution diagnostic covers, with the
   * reason: its cue is inside a quotation (the quoted speaker's words), a named source in its
   * sentence reports it, it tells what the clause's actors thought or did rather than sourcing a
   * claim, or its content holds no check-worthy claim it reaches.
   */
  noDiagnostic?: NoDiagnosticReason;
}

export type Approx = 'exact' | 'more-than' | 'less-than' | 'about' | 'at-least' | 'up-to' | 'vague';

export interface Figure extends TextSpan {
  /** Normalised value: "1 million" = 1000000; for "hundreds" the lower bound (100). */
  value: number;
  approx: Approx;
  /** What is counted, normalised lower-case head phrase ("palestinians killed", "israelis"). */
  counts: string;
  countsSpan: Span | null;
  /**
   * The values the figure allows, as its words read ("more than 150": over 150, no upper bound;
   * "almost 48": 43.2 up to, not including, 48; "tens of thousands": 20,000 up to 100,000). Set by
   * the extractor; absent on figures made elsewhere, whose interval follows from `value` and `approx`.
   */
  interval?: FigureInterval;
  /**
   * A small number after "the", "its", "these" or a possessive ("the three victims"): the report
   * refers back to a count rather than stating it. Compared across reports; never a claim of its
   * own. Absent (not false) on other figures.
   */
  referring?: true;
}

/** A range of values: a null end is unbounded (and then not included). */
export interface FigureInterval {
  low: number | null;
  high: number | null;
  lowIncluded: boolean;
  highIncluded: boolean;
}

export interface DateMention extends TextSpan {
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it cannot be resolved. */
  value: string | null;
  /** The weekday written in the text, if any ("Tuesday"). */
  weekday: string | null;
  /** relative: resolved against the publication date ("last month", "Tuesday"). */
  relative: boolean;
}

export type ClaimStatus = 'attributed' | 'vague' | 'unattributed';

export type ClaimKind = 'figure' | 'casualty' | 'accusation' | 'action';

/**
 * What makes a claim worth a fact-checker's look (docs/rules/unattributed-claim.md): a casualty or
 * damage count, a statistic offered as evidence, an accusation of a named party, a record or
 * comparison, a cause, or a prediction stated as fact.
 */
export type ClaimCheckKind = 'casualty' | 'statistic' | 'accusation' | 'comparison' | 'causal' | 'prediction';

/** An unsourced claim's check-worthiness: its kind and the words that make it so. */
export interface CheckWorthiness extends Span {
  kind: ClaimCheckKind;
}

export interface Claim extends TextSpan {
  status: ClaimStatus;
  kind: ClaimKind;
  /** The source span when status is attributed or vague. */
  source: TextSpan | null;
  /** The words a diagnostic points at: the claim's figures (outside quotes) when it has some. */
  focus?: Span;
  /** An unattributed claim worth a fact-checker's look: why, and where (the unattributed-claim rule reports these). */
  checkWorthy?: CheckWorthiness;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A location in another report (or this one), for related information. */
export interface RelatedLocation extends Span {
  /** The caller's id of the report (a path for the CLI, a URI for the server). */
  report: string;
  message: string;
}

/** What a problem says beyond its message, as plain data: each rule fills the fields that concern it. */
export interface ProblemData {
  /** unattributed-claim: the kind of check-worthy claim it is. */
  claimKind?: ClaimCheckKind;
  /** quote-mismatch: what the difference changes; a `form` difference is reported one severity below the rule's setting. */
  quoteChange?: QuoteChange;
}

/**
 * What two wordings of one quote differ by: `wording` (a word changed, added or dropped) or `form`
 * (the same words written differently: a filler such as "Oh", an outlet's censoring, a spelling of
 * one word such as "Momma" / "Mama").
 */
export type QuoteChange = 'wording' | 'form';

/** A problem the analysis found, before configuration and suppression are applied. */
export interface Problem extends Span {
  /** The rule that reports it (rules/<code>.ts). */
  code: RuleCode;
  message: string;
  related: RelatedLocation[];
  /** Present when the rule says more than its message (see ProblemData). */
  data?: ProblemData;
}

/** A problem after configuration: has its effective severity. */
export interface Diagnostic extends Problem {
  severity: Severity;
}

export interface LanguageInfo {
  /** ISO 639-1 code when detected, 'und' when undetermined. */
  code: string;
  isEnglish: boolean;
}

export interface ReportAnalysis {
  /** The analyser's version; caches are keyed by it. */
  analyzerVersion: string;
  /** The analysed text: the input with a leading BOM removed. All offsets index into it. */
  text: string;
  /** Whether a BOM was removed from the input. */
  hadBom: boolean;
  format: 'text' | 'markdown';
  language: LanguageInfo;
  /**
   * ISO date (or partial) of publication, from the report itself; null when unknown. From the
   * front matter's `date` when the report has one (the calendar date as written), else the text.
   */
  publishedAt: string | null;
  /**
   * What the report's YAML front matter says (text/front-matter.ts); absent when it has none.
   * `publishedAt` there is the front matter's own date, which the field above then carries.
   */
  metadata?: PublicationMetadata;
  /** The front matter block (fences included): masked, never analysed as prose. Absent when none. */
  frontMatter?: Span;
  paragraphs: Span[];
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  attributions: Attribution[];
  figures: Figure[];
  dates: DateMention[];
  claims: Claim[];
  /**
   * The words of the loaded-word lexicon the report uses (docs/loaded-words.md), in text order.
   * Always set by the analysis; optional so that analyses made elsewhere still fit.
   */
  loadedWords?: LoadedWord[];
  /** Problems found in this report alone (before config and suppression). */
  problems: Problem[];
}

/** Publication metadata from a report's front matter: each field only when given and valid. */
export interface PublicationMetadata {
  /** `date` (also `published`, `pubDate`, ...): the calendar date as written, `YYYY-MM-DD`. */
  publishedAt?: string;
  /** `source` (also `outlet`, `publisher`): the outlet. */
  source?: string;
  title?: string;
  url?: string;
  /** `author` (or `authors`; a list is joined with ", "). */
  author?: string;
  /** `event`: pins the report to the named event; `none` keeps it out of every event. */
  event?: string;
}

export interface AnalyzeOptions {
  /** 'markdown' masks front matter, code and link targets. Default 'text'. */
  format?: 'text' | 'markdown';
  /** Called when an extractor throws on a paragraph (that paragraph then yields no results; the rest of the report is analysed). */
  onInternalError?: (error: unknown) => void;
}
