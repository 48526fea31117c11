// Reports for comparison tests: two events on one topic (short passages in the manner of ECB+,
// CC BY 3.0) and the two seeds, with one analysis per text kept for the run so tests stay fast.
import { readFileSync } from 'node:fs';
import { analyzeReport, type ReportAnalysis } from '@newslens/language-service';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

export const EVENT_TEXTS: Readonly<Record<string, string>> = {
  'quake-a1.txt': 'A magnitude 6.1 earthquake struck the Indonesian province of Papua on Sunday, killing at least two people in Manokwari and damaging hotels near the harbour, officials said in Jakarta in January 2009. "The hotels shook for a minute," said Governor Barnabas Suebu.',
  'quake-a2.txt': 'At least two people died in Manokwari when a strong earthquake of magnitude 6.1 hit Papua province, Indonesia, on Sunday; hotels by the harbour were damaged, Jakarta officials said (January 2009). "The hotels shook for two minutes," Governor Barnabas Suebu said.',
  'quake-b1.txt': 'A magnitude 5.9 earthquake shook the Iranian island of Qeshm in the Persian Gulf in November 2005, destroying villages around Dargahan and killing ten people, the ISNA news agency reported.',
  'quake-b2.txt': 'Ten people were killed on Qeshm island when a 5.9 magnitude quake destroyed villages near Dargahan in November 2005, the Iranian news agency ISNA said; the Persian Gulf island was shaken for seconds.',
  'seed-a.txt': seed('000_a34a0c6796c537b7.txt'),
  'seed-b.txt': seed('002_33abfcd25e3bfae5.txt'),
};

const analyses = new Map<string, ReportAnalysis>();

/** The analysis of `text`, made once per run; `fresh` gives a new object with the same content (as read from a cache). */
export function analysisOf(text: string, fresh = false): ReportAnalysis {
  let a = analyses.get(text);
  if (!a) analyses.set(text, (a = analyzeReport(text)));
  return fresh ? structuredClone(a) : a;
}
