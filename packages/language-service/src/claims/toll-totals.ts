import type { Figure, Span } from '../types.js';
import { describesThing } from '../figures/figure-counts.js';

// The totals a passage gives of coordinated counts of people: "two women and a man" is a toll of
// three, "two women and one man" too. A report that gives its lede's "Three people were killed"
// again as "Police said two women and one man ... choked on smoke" credits the same toll.

/** One person named by an article or "one" beside a coordinated count: "and a man", "one woman and". */
const PERSON = '(?:man|woman|boy|girl|child|baby|person|teenager|officer|worker|soldier|civilian)';
const ONE_AFTER = new RegExp(`^\\s*(?:,\\s*)?and\\s+(?:a|an|one)\\s+(?:\\w+\\s+)?${PERSON}\\b`, 'i');
const ONE_BEFORE = new RegExp(`\\b(?:a|an|one)\\s+(?:\\w+\\s+)?${PERSON}\\s*(?:,\\s*)?and\\s+$`, 'i');
/** What may stand between two coordinated counts: "two women, three men and a child". */
const COORDINATION = /^\s*(?:,\s*)?(?:and\s+)?$|^\s*,\s*$/;
/** Characters around a count in which "and a man" is read. */
const REACH = 24;

/**
 * The values a span gives: each figure's own, and the total of each run of coordinated counts
 * (with a single person beside them: "two women and a man" is 3). `figures` sorted by offset.
 */
export function tollValues(text: string, figures: readonly Figure[], span: Span): Set<number> {
  const all = figures.filter((f) => f.start >= span.start && f.end <= span.end && !f.referring && !describesThing(f));
  const out = new Set(all.map((f) => f.value));
  const inside = all.filter((f) => f.approx !== 'vague'); // "tens of thousands" adds to no total
  let i = 0;
  while (i < inside.length) {
    let j = i;
    let total = inside[i].value;
    while (j + 1 < inside.length && COORDINATION.test(text.slice(inside[j].end, inside[j + 1].start))) total += inside[++j].value;
    const before = text.slice(Math.max(span.start, inside[i].start - REACH), inside[i].start);
    const after = text.slice(inside[j].end, Math.min(span.end, inside[j].end + REACH));
    const ones = (ONE_BEFORE.test(before) ? 1 : 0) + (ONE_AFTER.test(after) ? 1 : 0);
    if (j > i || ones > 0) out.add(total + ones);
    i = j + 1;
  }
  return out;
}
