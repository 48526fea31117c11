/** Bumped whenever the analysis output can change for the same text; keys every cache. */
export const ANALYZER_VERSION = '0.1.0';
