/**
 * unbalanced-quote: a double quotation mark opened and never closed, or closed and never opened, and
 * a curly mark turned the wrong way (”...” or “...“) in a quote that otherwise balances.
 * Docs: docs/rules/unbalanced-quote.md.
 */
import type { UnbalancedQuote } from './findings.js';
import { defineRule } from './rule.js';

const MESSAGES: Record<UnbalancedQuote['side'], string> = {
  unclosed: 'this quotation mark is opened but never closed',
  unopened: 'this closing quotation mark has no opening mark',
  'opened-with-closing-mark': 'a closing mark (”) opens this quote: use “',
  'closed-with-opening-mark': 'an opening mark (“) closes this quote: use ”',
};

export const unbalancedQuote = defineRule<UnbalancedQuote, 'unbalanced-quote'>({
  code: 'unbalanced-quote',
  defaultSeverity: 'warning',
  scope: 'report',
  summary: 'A quotation mark is opened and never closed, closed and never opened, or turned the wrong way.',
  check: ({ found }) => found.unbalancedQuotes,
  message: (f) => MESSAGES[f.side],
  cases: [
    { name: 'opened, never closed', text: 'He said [[“]]we will win. Then he left.' },
    { name: 'straight opened, never closed', text: 'He said [["]]we will win.\n\nNext paragraph.' },
    { name: 'closed, never opened', text: 'He said we will win[[”]] and left.' },
    { name: 'a paragraph ends open and the next does not re-open', text: 'He said: [[“]]First part.\n\nAnd the reporter went on.' },
    { name: 'a new opening mark before the first closed', text: 'He said [[“]]we will win, and “we will stay.”' },
    { name: 'a quote over two paragraphs, the news convention', text: 'He said: “First part of the quote.\n\n“And the second part.” Then silence.' },
    { name: 'apostrophes, inch and foot marks', text: 'He is 5\'10" tall and carried a 12" pipe; it isn\'t the 90s.' },
    { name: 'a curly quote nested in a straight one', text: 'He read: "The question was: “Are you well?” and they said no."' },
    // A curly mark turned the wrong way: one problem, on that mark, and none on its partner.
    { name: 'a closing mark opens a quote', text: 'The mayor called the plan [[”]]a waste of money” on Monday.' },
    { name: 'a closing mark opens a paragraph', text: 'The council met on Monday.\n\n[[”]]We will not give up,” the mayor said.' },
    { name: 'a closing mark opens a quote after a comma and a space', text: 'He says,[[”]] nobody ever listens to us.”' },
    { name: 'an opening mark closes a quote', text: '“We will rebuild,[[“]] the mayor said. “All of it.”' },
    { name: 'an opening mark closes a quote at the paragraph end', text: 'The mayor said, “We will rebuild. [[“]]\n\n“All of it,” she added.' },
    { name: 'an opening mark closes a quote glued to a source tag', text: 'From the survey: “Turnout was higher than expected.[[“]][Survey.]' },
    { name: 'a new sentence opens a new quote while the first is open', text: 'She said he told her [[“]]it was fine. “Then he left,” she said.' },
    { name: 'a closing mark with nothing open, the next line quoting', text: 'In the end they will work it out,[[”]] says one.\n“Nobody will be happy.”' },
    // Not quotation marks, or quotes that balance.
    { name: 'the marks of leftover tweet markup', text: '<tweet pic="" author="someone" timestamp="1454432400">Polls close at eight.</tweet>.\n\nThe count began.' },
    { name: 'a link tag with curly attribute marks', text: 'See <a href=”https://example.com/a” target=”_blank”>the list</a> for more.' },
    { name: 'a tweet reproduced in embed markup keeps its own marks', text: 'He retweeted it.\n\n<tweet tweet-author="@someone" tweet-date="February 28, 2016">“@other: “It is better to live one day as a lion.” – @someone #tag“<tweet/>.\n\nThe account was a trap.' },
    { name: 'a phrase in double marks inside a curly quote', text: 'She said the city is “what they call “home” for thousands,” and left.' },
    { name: 'a phrase in double marks inside a straight quote', text: 'He wrote, "Witnesses heard "fire!" before the blast." Police did not comment.' },
    { name: 'a height inside a quote', text: '“He is 6’2”,” the coach said.' },
    { name: 'an excerpt over paragraphs, one opening with a quote of the other kind', text: 'The report reads:\n\n"The first paragraph of the excerpt.\n\n“It was fine,” she said, and the excerpt ends here."' },
    { name: 'an excerpt over lines, one opening with a quote of the other kind', text: '"The excerpt starts here.\n“We will win,” he said.\nThe excerpt ends here."' },
    { name: 'a mis-spaced closing mark, the next paragraph opening a quote', text: 'Todd asked, “Do you agree? ” He waited.\n\n“No,” she said.' },
  ],
});
