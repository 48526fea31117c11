// The options of align-figures.ts: what decides that two figures of two reports count the same
// thing and state the same fact, each value with what set it.

/**
 * What decides that two figures of two reports count the same thing. When they agree is
 * `figuresAgree` (figures/figure-intervals.ts), the test the hover uses too.
 */
export interface FigureAlignOptions {
  /** Content words either side of a figure that say what it is about (its context). */
  window: number;
  /** A counted thing carried by more figures of the event than this is too common to pair on. */
  maxPostings: number;
  /** Counted figures with fewer context words in common than this are never the same thing. */
  minSharedWords: number;
  /** Share of the smaller context two counted figures need in common when they share exactly minSharedWords words... */
  minCoefficientAtMinShared: number;
  /** ... and when they share more. */
  minCoefficient: number;
  /** Uncounted figures (compared on the word after them) need this many context words in common... */
  uncountedMinSharedWords: number;
  /** ... and this share of the smaller context. */
  uncountedMinCoefficient: number;
  /** Distinct values of one counted thing in one report from which it is busy (a line of statistics). */
  busyValues: number;
  /** Share of the smaller context two figures of a thing busy in both reports need in common. */
  busyMinCoefficient: number;
  /** Weight of the place in the sentence in the similarity: a tie-break between equally similar figures. */
  placeWeight: number;
  /** Similarities this close are one when deciding what agrees (matchItems). */
  tolerance: number;
  /** Compare only figures stating the same fact: happening, rate, part or whole agree (figure-facts.ts). */
  factKeys: boolean;
  /**
   * Two counted figures of one counted thing ("23 pirates" in one report, "35 pirates" in the other)
   * state one fact however differently the reports word it when neither report gives that thing
   * another value near the other's ("an estimated 1,500 pirates" in the region is no rival): compared
   * with one word in common around them (`loneMinSharedWords`), unless their clauses tell other people or other facts.
   * Not for measures, money, percentages or bare "people" (`genericCount`).
   */
  loneCounts: boolean;
  /** ... and only with this many content words in common around them (besides the counted thing). */
  loneMinSharedWords: number;
  /**
   * ... and with this many when what they count is named by two words or more, both the same ("three outboard motors",
   * "six turncoat mobsters", "three bank workers"): a thing that specific is one fact of the event without more words.
   */
  loneSpecificMinSharedWords: number;
  /** ... and only when the larger value is at most this many times the smaller (what "near" means): 3 killed and 31,000 killed are two facts. */
  loneMaxRatio: number;
  /**
   * ... and the two lone counts themselves at most this many times each other unless both clauses tell one kind of happening
   * (then `loneMaxRatio`): "five villages" badly hit against "about 15 villages" damaged, "three children" by a mistress against
   * "eight children" by a wife and a mistress, are more often a part and a whole, or two things of one kind, than one count misreported.
   */
  lonePairMaxRatio: number;
  /** `loneCounts` also for measures and bare people (not money or percentages) when both clauses tell one kind of happening (figure-facts.ts). */
  loneHappenings: boolean;
  /** ... and with this many content words in common around them. */
  happeningMinSharedWords: number;
  /**
   * `loneCounts` also for two spans of time in one unit ("for three weeks" / "for four weeks") when
   * neither report gives another value in that unit near the other's, with this many content words
   * in common around them besides the unit (Infinity: never).
   */
  timeMinSharedWords: number;
  /**
   * A span of time of a known kind (span-facts.ts: a prison term, a contract, an age, a time in office, a marriage, a time
   * since, a length of a happening) is compared only with a span of the same kind, unit and measure, whatever other words
   * the sentences share, when neither report gives another such span near the other's value.
   */
  spanKeys: boolean;
  /**
   * Two amounts of money are compared only when both sentences name whose they are (a person, an organisation) or neither
   * does: "the Boston Red Sox have made Teixeira an eight-year, $200 million offer" is not compared with "there's at least
   * one offer out there better than eight years and $184 million" (another team's, unnamed).
   */
  moneyParties: boolean;
  /** A clause that names nobody and opens as an apposition ("Bandar Abbas, a city of 500,000 people") is about the name before it. */
  apposition: boolean;
  /**
   * A pronoun the analysis ties to a person counts as the person's surname among a figure's context words ("He said three
   * managers had been detained" has *Hossain* in common with "police chief Mohammad Hossain said").
   */
  pronounReferents: boolean;
  /**
   * Two values more than this many times apart are two facts, whatever words they share: a background quake's 1,400
   * injured beside this one's 80, "412 months" beside "four months". A toll updated that far is a new figure, not a slip.
   */
  maxRatio: number;
}

/**
 * The defaults. With them `pnpm eval mutations` (ECB+) flags 135 of 150 planted figure changes
 * (90.0%; the one lost since the fact keys changes the garbled decimal "$2. 5 million", no figure
 * now) and gives 99 figure-mismatch on 4,491 unchanged pairs of reports of one event (0.022 per
 * pair; 118 before the fact keys). Each value says what set it: "tuned" with the eval and its figure, else "not tuned"
 * (a value that came in the commit adding that eval, f3d37e7, had no figure recorded).
 */
export const FIGURE_ALIGN_OPTIONS: Readonly<FigureAlignOptions> = Object.freeze({
  // not tuned: came with `pnpm eval mutations` (f3d37e7; the whole sentence before), no figure recorded
  window: 6,
  // not tuned: a bound on the pairs one counted thing makes (0f1edfd)
  maxPostings: 256,
  // not tuned (0f1edfd); the explicit form of the old `: 2`, a coefficient nothing reaches, for fewer shared words
  minSharedWords: 2,
  // tuned on `pnpm eval mutations` (a823d79: "fewer false mismatches, same recall"; no figure recorded)
  minCoefficientAtMinShared: 0.75,
  // not tuned: came with `pnpm eval mutations` (f3d37e7; 0.4 before), no figure recorded; from three shared words since a823d79
  minCoefficient: 0.5,
  // not tuned: came with `pnpm eval mutations` (f3d37e7), no figure recorded
  uncountedMinSharedWords: 4,
  // not tuned: came with `pnpm eval mutations` (f3d37e7), no figure recorded
  uncountedMinCoefficient: 0.8,
  // tuned on `pnpm eval mutations` with busyMinCoefficient (bcf5b94: false mismatches per unchanged pair 0.151 -> 0.135, planted recall unchanged)
  busyValues: 3,
  // tuned on `pnpm eval mutations` with busyValues (bcf5b94, as above)
  busyMinCoefficient: 0.8,
  // not tuned: a tie-break, no larger than `tolerance` (f3d37e7)
  placeWeight: 0.05,
  // not tuned: as large as the place tie-break, which must not decide what explains what (f3d37e7, 7316f36)
  tolerance: 0.05,
  // tuned on half A of the judged corpus (figfacts branch): judged figure-mismatch precision 0.32 of 50 -> 0.53 of 30
  // (`pnpm eval precision`); per unchanged pair of even topics 0.030 -> 0.020 (`pnpm eval pairs`), planted caught unchanged
  factKeys: true,
  // tuned on even topics of `pnpm eval pairs` (fig14 branch): see the figures in the commit
  loneCounts: true,
  // tuned on even topics of `pnpm eval pairs`: 0 -> 1 word, planted caught 0.333 -> 0.307, figure-mismatch per unchanged pair 0.048 -> 0.036
  loneMinSharedWords: 1,
  // tuned on even topics of `pnpm eval pairs` (fig20 branch): 1 -> 0 words, planted caught 54 -> 57 of 150 (three outboard
  // motors, six turncoat mobsters, three bank workers), figure-mismatch on unchanged pairs unchanged (54 on 2,049); judged
  // figure-mismatch of half A unchanged (0.741 of 54, `pnpm eval precision`). "villages destroyed" is no modifier and noun
  loneSpecificMinSharedWords: 0,
  // not tuned: a count given a third more or less, or twice, or three times, is one fact misreported (the eval plants 1.5x)
  loneMaxRatio: 3,
  // tuned on half A of the judged corpus (fig18 branch; chosen on the half of its reports whose hash is odd, confirmed on the
  // other): 5 judged-wrong figure-mismatch and 1 arguable gone (three children / eight, 12 countries / 33, 15 villages / five),
  // none right; planted caught on even topics of `pnpm eval pairs` unchanged
  lonePairMaxRatio: 2,
  // tuned on even topics of `pnpm eval pairs` (fig15 branch, with the happening kinds in counted phrases and the periods
  // fix of figure-facts.ts): planted caught 0.300 -> 0.320, figure-mismatch per unchanged pair 0.036 -> 0.038
  loneHappenings: true,
  // tuned on even topics of `pnpm eval pairs` with loneHappenings: 1 word gave 0.333 caught but 0.042 per unchanged pair
  // (new ones read: a background quake's and a background shooting's tolls); 2 gives 0.320 and 0.038
  happeningMinSharedWords: 2,
  // tuned on even topics of `pnpm eval pairs` (fig16 branch, with the unit left out of an uncounted figure's words):
  // Infinity (off) 0.347 caught, figure-mismatch per unchanged pair 0.038; 2 words 0.373 and 0.059; 1 word 0.420 and 0.073;
  // with a time since apart from a length (figure-facts `since`) 0.407 and 0.066 (odd, not tuned on: 0.260, 0.027).
  // Off again after judging: of 30 new ones on unchanged pairs, judged round 15, half A 8 right, 4 arguable,
  // 11 wrong (a deputy's years in the department against his years in its gang unit, two teams' offers),
  // half B 0 right of 7: a span of time is too often another fact with one word in common
  timeMinSharedWords: Infinity,
  // the durations' route of session 19 (durationMinSharedWords: a span of time keyed by the one word before it, off after
  // judging: half B 0 right of 4) is gone, replaced by spanKeys below (session 23)
  // chosen in session 23 (dur23 branch) on a sweep of pairs written for the purpose (duration-paraphrase-sweep.test.ts: off, 12
  // of 15 same spans missed; on, none, and none of 12 two-fact pairs flagged), then on even topics of `pnpm eval pairs`, rules
  // read on topics mod 4 = 0 and kept when mod 4 = 2 did not lose: planted caught 61 -> 67 of 150 (41 -> 44 of 82; 20 -> 23
  // of 68), figure-mismatch on unchanged even pairs 0.022 -> 0.027 (46 -> 56; the 10 new read as real disagreements: one stay
  // in hospital of three weeks or four, a wedding two weeks ago or about three, four months served or five); judged half A
  // 0.870 of 46 -> 0.880 of 50, half B unchanged (docs/pairs-eval.md, session 23)
  spanKeys: true,
  // tuned on half A of the judged corpus (figfacts branch): removed the one judged-wrong pair of two places' populations
  apposition: true,
  // tried in session 22 (33f3a37): planted caught even 61 -> 64, odd 30 -> 30; its 7 new diagnostics on judged half B (round
  // 24, independent judges) were all wrong (a coach's seasons in one job against his seasons with the club, one player's
  // rushing yards of two seasons): off by default
  pronounReferents: false,
  // tuned on the unchanged pairs of even topics of `pnpm eval pairs` (fig18 branch): figure-mismatch per pair 0.032 -> 0.028,
  // the 7 gone all two teams' offers (or an unnamed deal against the Red Sox's), planted caught unchanged (0.347);
  // no money diagnostic of half A of the judged corpus changes
  moneyParties: true,
  // not tuned (session 24): the two unchanged-pair diagnostics of even topics past it were both wrong to the lead ("more
  // than 1,400" injured in a 2005 quake / "80" in this one; "412" / "four" months); planted changes are 1.5 times or less
  maxRatio: 10,
});
