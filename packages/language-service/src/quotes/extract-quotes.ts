import type { Problem, Quote } from '../types.js';

/** Finds quotations (straight and curly marks) in the whole report; reports unbalanced marks. */
export function extractQuotes(text: string): { quotes: Quote[]; problems: Problem[] } {
  const quotes: Quote[] = [];
  const re = /[“"]([^“”"\n]*)[”"]/g;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    quotes.push({ start, end, content: { start: start + 1, end: end - 1, text: m[1] }, speaker: null, depth: 0 });
  }
  return { quotes, problems: [] }; // scaffolding: implemented by the quotes work
}
