import type { LanguageInfo } from '../types.js';

/** Detects whether the prose is English. */
export function detectLanguage(prose: string): LanguageInfo {
  void prose;
  return { code: 'en', isEnglish: true }; // scaffolding: implemented by the language work
}
