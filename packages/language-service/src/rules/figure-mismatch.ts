/**
 * figure-mismatch: another report of the event gives a different figure for the same thing.
 * Docs: docs/rules/figure-mismatch.md.
 */
import { reportName } from '../text/excerpt.js';
import type { FigureDifference } from './findings.js';
import { defineRule } from './rule.js';

/** What is counted, and the two ranges when they do not meet: " (questions: at least 48 vs 44 to 47)". */
function detail(f: FigureDifference): string {
  const ranges = f.ranges ? `${f.ranges[0]} vs ${f.ranges[1]}` : '';
  if (f.counts && ranges) return ` (${f.counts}: ${ranges})`;
  return f.counts || ranges ? ` (${f.counts || ranges})` : '';
}

export const figureMismatch = defineRule<FigureDifference, 'figure-mismatch'>({
  code: 'figure-mismatch',
  // information, not warning, since session 18: judged on reports not tuned on (half B of the judged
  // corpus) 4 of 30 are right (0.13; half A 0.74 of 54): a warning wrong that often is one a reader
  // learns to ignore. Raised again when the held-out precision is (docs/rules/figure-mismatch.md).
  defaultSeverity: 'information',
  scope: 'event',
  twinned: true,
  summary: 'Another report of the event gives a different figure for the same thing.',
  message: (f) => `Figure differs from ${reportName(f.other.report)}: "${f.here}" vs "${f.there}"${detail(f)}`,
  related: (f) => [{ ...f.other, message: `${reportName(f.other.report)} gives "${f.there}"` }],
  cases: [
    {
      name: 'a death toll changed',
      texts: [
        'The earthquake in southern Iran killed [[at least 250 people]] in the city of Bam, officials said on Friday.',
        'The earthquake in southern Iran killed [[at least 180 people]] in the city of Bam, officials said on Friday.',
      ],
    },
    {
      name: 'ranges that do not meet',
      texts: [
        'Senators asked [[at least four dozen questions]] of the nominee during the hearing on Tuesday, aides said.',
        'Senators asked [[almost four dozen questions]] of the nominee during the hearing on Tuesday, aides said.',
      ],
    },
    {
      name: 'a number before a hyphenated unit',
      texts: [
        'Prosecutors in Manhattan unsealed a [[48-page indictment]] against the former aide on Friday.',
        'Prosecutors in Manhattan unsealed a [[47-page indictment]] against the former aide on Friday.',
      ],
    },
    {
      name: 'a vague amount and a number outside it',
      texts: [
        'The hackers stole [[tens of thousands of files]] from the agency servers last month, investigators said.',
        'The hackers stole [[100,000 files]] from the agency servers last month, investigators said.',
      ],
    },
    {
      // a span of time keyed by its kind and what it measures (span-facts.ts): one prison term, told two ways
      name: 'one prison term told two ways',
      texts: [
        'A judge sentenced David Kemp to [[12]] years in prison for the murder of his wife.',
        'Kemp was jailed for [[18]] years on Friday for murdering his wife.',
      ],
    },
    {
      name: 'a time since counted from now and one counted from another happening',
      texts: [
        'The deputy was married two weeks ago, the sheriff said.',
        'Chela Ortiz married the deputy three weeks before he was murdered.',
      ],
    },
    {
      // two times in a post, at places neither names alike (the plant, Kraft): not told as one post (span-facts.ts)
      name: 'two spans of time in posts not named alike are not compared',
      texts: [
        'Yvonne Hiller had worked for 15 years at the plant, police said on Friday.',
        'The suspended employee had worked for Kraft for about 23 years.',
      ],
    },
    {
      name: 'two spans of time of two things are not compared',
      texts: [
        'He had been a member of the gang unit for the past eight years, the sheriff said.',
        'The appeals process will last five years, his lawyer said.',
      ],
    },
    {
      name: 'ranges that meet',
      texts: [
        'The coast guard rescued more than 150 migrants off the island of Lampedusa on Sunday.',
        'The coast guard rescued about 200 migrants off the island of Lampedusa on Sunday.',
      ],
    },
    {
      name: 'two parts of one haul both told as the rest ("other") are compared',
      texts: [
        'Commandos seized seven assault rifles, [[two other rifles]] and a grenade launcher from the pirates, officials said.',
        'Commandos seized seven assault rifles, [[three other rifles]] and a grenade launcher from the pirates, officials said.',
      ],
    },
    {
      name: 'a part ("two other rifles") is not compared with a whole',
      texts: [
        'Commandos seized a grenade launcher and two other rifles from the pirate boats off Oman, officials said.',
        'Commandos seized a grenade launcher and nine rifles from the pirate boats off Oman, officials said.',
      ],
    },
    {
      name: 'two happenings ("escaped" / "intercepted") are not compared',
      texts: [
        'Two pirate skiffs escaped from the warship near the Gulf of Aden on Friday, the navy said.',
        'Three pirate skiffs were intercepted by the warship near the Gulf of Aden on Friday, the navy said.',
      ],
    },
    {
      name: 'an amount per year is not compared with the whole amount',
      texts: [
        'The Red Sox offered Teixeira an eight-year contract worth $184 million, his agent said on Thursday.',
        'The Red Sox offered Teixeira an eight-year contract worth $23 million a year, his agent said on Thursday.',
      ],
    },
    {
      name: 'a total over parts ("combined") is not compared with one part',
      texts: [
        'Teixeira drove in 121 runs in a combined 157 games with the Angels and Braves last season.',
        'Teixeira drove in 43 runs in 54 games with the Angels last season.',
      ],
    },
    {
      name: 'figures of two days are not compared',
      texts: [
        'The earthquake on the island of Qeshm injured five people on Sunday, state television said.',
        'The earthquake on the island of Qeshm injured three people on Monday, state television said.',
      ],
    },
    {
      name: 'two places named by appositions are not compared',
      texts: [
        'The quake struck Qeshm, home to 120,000 people, on Sunday afternoon, state television said.',
        'The quake also shook Bandar Abbas, a city of 500,000 people, on Sunday afternoon, state television said.',
      ],
    },
    {
      name: 'a toll told with another word for the happening ("killed" / "dead")',
      texts: [
        'Officials said the quake that razed the city of Bam in 2003 killed [[more than 31,000 people]].',
        'The city of Bam was razed by a quake that left [[more than 26,000 people dead]] in 2003.',
      ],
    },
    {
      name: 'people counted bare in two clauses of one kind of happening ("shooting" / "shot")',
      texts: [
        'A man suspected of shooting [[three people]] at a suburban Detroit accounting firm was arrested.',
        'A gunman shot [[five people]] at a suburban Detroit office building on Monday morning, police said.',
      ],
    },
    {
      name: 'a prison term told in other words',
      texts: [
        'A New York jury found him guilty and the judge sentenced him to [[12]] years in the federal penitentiary.',
        'In 1997 he was sentenced to [[18]] years in prison after the jury found him guilty.',
      ],
    },
    {
      name: 'a time in a clause of a happening is not its length',
      texts: [
        'The agent who revealed himself as the source 30 years after he tipped off reporters has died.',
        'Hoover, who had run the bureau for 48 years, died in 1972, and the agent tipped off reporters.',
      ],
    },
    {
      name: 'a year in a dateline does not make a figure of another time',
      texts: [
        'April 10, 2007: A man suspected of shooting [[three people]] at a suburban Detroit accounting firm was arrested.',
        'A gunman shot [[five people]] at a suburban Detroit office building on Monday morning, police said.',
      ],
    },
    {
      name: 'the only outboard motors of two reports, with no other word in common (a modifier and its noun)',
      texts: [
        'A search of the dhow led to the discovery of a large arms cache and [[three outboard motors]], the spokesman said.',
        'There were also [[five outboard motors]] and a global positioning system receiver on board.',
      ],
    },
    {
      name: 'a noun and what happened to it ("villages destroyed") needs a word in common',
      texts: [
        'The governor of Qeshm island told the news agency that four villages had been destroyed.',
        'Buildings in seven villages were destroyed, IRNA reported on Monday evening.',
      ],
    },
    {
      name: 'the same toll',
      texts: [
        'The earthquake in southern Iran killed at least 250 people in the city of Bam, officials said on Friday.',
        'Officials said on Friday that at least 250 people were killed in the city of Bam by the earthquake in southern Iran.',
      ],
    },
  ],
});
