/**
 * unbalanced-quote: a double quotation mark opened and never closed, or closed and never opened.
 * Docs: docs/rules/unbalanced-quote.md.
 */
import type { UnbalancedQuote } from './findings.js';
import { defineRule } from './rule.js';

export const unbalancedQuote = defineRule<UnbalancedQuote, 'unbalanced-quote'>({
  code: 'unbalanced-quote',
  defaultSeverity: 'warning',
  scope: 'report',
  summary: 'A quotation mark is opened and never closed, or closed and never opened.',
  check: ({ found }) => found.unbalancedQuotes,
  message: (f) => (f.side === 'unclosed' ? 'this quotation mark is opened but never closed' : 'this closing quotation mark has no opening mark'),
  cases: [
    { name: 'opened, never closed', text: 'He said [[“]]we will win. Then he left.' },
    { name: 'straight opened, never closed', text: 'He said [["]]we will win.\n\nNext paragraph.' },
    { name: 'closed, never opened', text: 'He said we will win[[”]] and left.' },
    { name: 'a paragraph ends open and the next does not re-open', text: 'He said: [[“]]First part.\n\nAnd the reporter went on.' },
    { name: 'a new opening mark before the first closed', text: 'He said [[“]]we will win, and “we will stay.”' },
    { name: 'a quote over two paragraphs, the news convention', text: 'He said: “First part of the quote.\n\n“And the second part.” Then silence.' },
    { name: 'apostrophes, inch and foot marks', text: 'He is 5\'10" tall and carried a 12" pipe; it isn\'t the 90s.' },
    { name: 'a curly quote nested in a straight one', text: 'He read: "The question was: “Are you well?” and they said no."' },
  ],
});
