/**
 * unattributed-claim: a claim worth a fact-checker's look (a casualty count, a statistic offered as
 * evidence, an accusation, a record, a cause, a prediction) stated as fact with no source near it.
 * Docs: docs/rules/unattributed-claim.md.
 */
import { unsourcedClaims } from '../claims/claim-findings.js';
import { shorten } from '../text/excerpt.js';
import type { ClaimCheckKind } from '../types.js';
import type { UnsourcedClaim } from './findings.js';
import { defineRule } from './rule.js';

const WHAT: Record<ClaimCheckKind, string> = {
  casualty: 'casualty figure', statistic: 'statistic', accusation: 'accusation', comparison: 'record or comparison',
  causal: 'cause', prediction: 'prediction',
};

export const unattributedClaim = defineRule<UnsourcedClaim, 'unattributed-claim'>({
  code: 'unattributed-claim',
  // information, not warning, since session 21: judged on reports not tuned on (half B of the judged
  // corpus) 7 of 20 are right (0.35, right or arguable 0.40; half A 0.81 of 16): the policy in
  // docs/rules/README.md. Raised again when its held-out precision is.
  defaultSeverity: 'information',
  scope: 'report',
  summary: 'A check-worthy claim (a casualty count, a statistic, an accusation, a record, a cause, a prediction) names no source.',
  check: ({ analysis }) => unsourcedClaims(analysis),
  message: (f) => `Unsourced ${WHAT[f.kind]}: '${shorten(f.text, 80)}' is ${f.kind === 'prediction' ? 'stated as fact' : 'given'} without a source`,
  data: (f) => ({ claimKind: f.kind }),
  cases: [
    { name: 'a casualty figure in a relative clause the "reportedly" does not reach', text: 'Beijing is also reportedly “deeply concerned” about the conflict, which has now seen [[more than 31,000 Palestinians killed and millions displaced]].' },
    { name: 'a massacre count', text: 'China has yet to condemn Hamas for the Oct. 7 terror attacks, which resulted in the massacre of [[more than 1,200 Israelis and dozens of Americans]].' },
    { name: 'people who fled', text: 'He has even pledged to invade Rafah, where [[more than 1 million Palestinians]] have fled to get away from the violence.' },
    { name: 'a sourced toll of other people nearby does not source it', text: 'He has even pledged to invade Rafah, where [[more than 1 million Palestinians]] have fled to get away from the violence. Police said 14 people died.' },
    { name: 'a death toll', text: 'The strike killed [[at least 17 people]] on Tuesday.' },
    { name: 'a death toll after a date', text: 'On May 5, [[more than 300 people were killed]] in the strike.' },
    { name: 'the subject of a harm verb past an apposition', text: '[[Three people]], one of them a pregnant woman, were killed when the bank was set on fire.' },
    { name: 'a bare number a harm verb governs', text: 'The quake destroyed [[thousands of buildings, killing at least seven people and injuring 40]].' },
    { name: 'people left homeless', text: 'The storm left [[more than 5,000 homeless]].' },
    { name: 'a share offered as evidence', text: '[[Some 52 percent of registered voters]] back the plan.' },
    { name: 'a ratio of a population', text: '[[Only about 4 in 10 Republican voters]] want all immigrants deported.' },
    { name: 'a rate of harm', text: 'A veteran is choosing death every [[72]] minutes.' },
    { name: 'an accusation of a named party', text: '[[Acme founder John Smith embezzled the pension fund and lied to regulators]].' },
    { name: 'a record', text: 'It was the [[worst violence to hit Greece since the riots of 2008]].' },
    { name: 'a cause', text: 'The fire at the Waitrose store was [[caused by a faulty heater]].' },
    { name: 'a prediction', text: 'If the rules survive, they [[will almost certainly cost the coal industry thousands of jobs]].' },
    { name: 'a negated cue does not source', text: 'The mayor isn’t saying who set the fire, which killed [[more than 300 people]].' },
    { name: 'a named outlet reports it', text: 'CNN reported that more than 300 people were killed in the strike.' },
    { name: 'a named party claims it', text: 'Hamas claimed that more than 300 people were killed in the strike.' },
    { name: '"according to" a named statement', text: 'According to a Hamas statement, more than 300 people were killed in the strike.' },
    { name: 'the source after the claim', text: 'More than 300 people were killed in the strike, the health ministry said.' },
    { name: '"per" a named count', text: 'Per a United Nations count, more than 300 people were killed in the strike.' },
    { name: 'a named newspaper report', text: 'Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million.' },
    { name: 'by a named count', text: 'By the Health Ministry’s count, more than 300 people were killed.' },
    { name: 'an estimate credited to its maker in the sentence', text: 'Police put the march at roughly 30,000 people, the biggest since the riots.' },
    { name: 'the sentence before names the source', text: 'The governor said the toll had risen to 10. As many as 80 people were also wounded.' },
    { name: 'the toll is credited further down', text: 'A fire-bomb attack on a bank killed at least three people on Wednesday.\nProtesters tried to storm parliament.\nThe march was the largest this year.\nPolice said at least three people were killed in the attack.' },
    { name: 'the toll of an earlier, dated quake is background', text: 'Published: November 28, 2005\n\nIn February, a quake hit the town of Zarand, killing 612 people.' },
    { name: 'a quote has a speaker', text: 'He said: “More than 300 people were killed in the strike.”' },
    { name: 'a question', text: 'Were more than 300 people killed in the strike?' },
    { name: 'a headline', text: 'More Than 300 People Killed In Strike On Gaza City' },
    { name: 'a headline and its deck', text: 'Three dead after fire-bomb hits bank\nUp to 70% of communications were disrupted after the attack\nThe bank was empty.' },
    { name: 'what is not known is not asserted', text: 'The mayor isn’t saying whether more than 300 people were evacuated.' },
    { name: 'speculation', text: 'The plan would require Israel to release hundreds of Palestinian prisoners.' },
    { name: 'ages, spans of time, magnitudes and street numbers', text: 'Page died at the age of 85. Felt, 95, died six weeks after Hoover. A quake with a magnitude of 6.1 struck. The deputy was shot in the 12000 block of East Street.' },
    { name: 'public-record sums and counts', text: 'The company was fined $185 million last year. Its 54,000 employees share a $1.1 billion annual dividend, and Gomes faces two counts of murder.' },
    { name: 'arrests, evacuations and crowds on the scene', text: 'Police arrested almost 100 people. Sixty local residents had to be evacuated, and about 200 protesters marched.' },
    { name: 'small numbers, durations and years', text: 'Two Vermont developers met three officials for four days in 2015.' },
    { name: 'everyday numbers', text: 'The phone costs $199, and the Nasdaq index fell 2.36% as Boeing delivered 179 tankers.' },
    { name: 'a judgement of the writer is no accusation', text: 'China has exploited the Israel-Hamas war as an opportunity to curry favor with nations.' },
    { name: 'a judgement is no record', text: 'Felt was the most famous anonymous source in the history of journalism.' },
    { name: 'a share the sentence credits to a survey', text: 'Just 13% of registered voters in the nationwide survey approved.' },
    { name: 'a survey named two sentences on gives the shares around it', text: 'Only about 4 in 10 Republican voters want all immigrants deported.\nDemocrats were split.\nThe survey was conducted online among 1,000 adults last week.' },
    { name: 'a poll story frames its shares', text: 'New poll shows Smith ahead\n\nSome 52 percent of registered voters back the plan.' },
    { name: 'election results are record', text: 'The measure was rejected by 59.6 percent of voters.' },
    { name: 'a share of what a company owns is its own record', text: 'The company will fire 12% of its 53 executive officers.' },
    { name: 'a share of a place’s people is a statistic', text: '[[Nearly 40 percent of the city’s residents]] live in poverty.' },
    { name: 'an epidemic’s count', text: 'The virus has infected [[more than 1,000 people]].' },
    { name: 'a named party that keeps the count is its source', text: 'The Centers for Disease Control is monitoring 265 pregnant women infected with the virus.' },
    { name: 'a named party that does the harm is what the claim is about', text: 'The militia killed [[more than 40 villagers]] on Sunday.' },
    { name: 'one person’s illness is no cause to check', text: 'She had been hospitalized for four weeks due to pneumonia.' },
    { name: 'the deaths a court tries are the facts of the case', text: 'He was sentenced to 25 years in prison for killing two people.' },
    { name: 'a definite count is told as known', text: 'Organizers paid tribute to the 49 people killed at the club. The three bank workers, a man and two women, died in the blaze.' },
    { name: 'a toll whose victims are named', text: 'The attack resulted in the deaths of four Americans, including Ambassador John Smith.' },
    { name: 'an event of another year is background', text: 'The Sept. 11, 2012 attack killed four Americans. In 2003, a quake struck the city of Bam. More than 31,000 people were killed.' },
    { name: 'a toll told twice is flagged once', text: '[[Three people were killed]] in the fire. Three people died when the bank went up in flames.' },
    { name: 'figurative harm', text: 'The housing crisis hurt millions of Americans.' },
    { name: '"the United States" is no reporting verb', text: 'The cables carry [[more than 75 percent of traffic]] between Europe and the United States.' },
    { name: 'a rate belongs to its own number', text: 'Inhabited by fewer than 3,000 people, the island sees the sun for 24 hours a day.' },
    { name: 'an accusation with its accuser named', text: 'Senator Jane Doe stands by her accusation that Governor John Roe lied to voters.' },
    { name: 'the toll of the event the news comes after is background', text: 'Greece\'s parliament is due to vote on the cuts. It comes a day after three bank workers died in a petrol bomb attack.' },
    { name: 'a toll told again as its parts ("two women and a man"), credited in a quote', text: 'Three people died in a burning bank as protesters took to the streets.\nA petrol bomb hurled at the bank killed two women and a man who were caught in the inferno.\nProtesters tried to storm parliament.\n“We are shocked by the death of three of our citizens,” the prime minister said.' },
    { name: 'a toll credited as its parts further down', text: 'Three people, one of them a pregnant woman, were killed when protesters threw petrol bombs at a bank in Athens on Wednesday.\nTens of thousands of workers took to the streets.\nIt was a blow to the government.\nPolice said two women and one man working for the bank choked on smoke.' },
    { name: 'a quotation next to the toll tells the same harm', text: 'One man is dead after being shot by a gunman at a company party Friday night.\nPolice have arrested a former employee after the shooting.\n“A man who had just been let go came in, shot and killed another man.”' },
    { name: 'the next sentence credits the account of the event at the same place', text: 'A woman opened fire at a Kraft factory in Philadelphia last night, killing two workers and wounding two others.\nThe shooting happened moments after she was suspended from her job at Kraft, the Daily News reports.' },
    { name: 'a sourced sentence about the place but not the toll does not source it', text: 'An earthquake hit southern Iran on Sunday, killing [[at least 10 people]].\nThe quake was centred near Qeshm Island, home to 200,000 people, the U.S. Geological Survey said.' },
    { name: '"their own" is no stake', text: '[[Nearly 40 percent of the city’s residents]] live in their own homes.' },
    { name: 'a treaty’s threshold is a rule', text: 'The agreement will enter into force when at least 55 countries, representing 55 percent of global emissions, ratify the accord.' },
    { name: 'delegate counts and deal terms are record', text: 'As of Wednesday, Clinton had 90% of the delegates needed to clinch the nomination. Allergan shareholders will own 44 percent of the combined company.' },
    { name: 'a toll in a sentence that names the mayor', text: 'Twenty-nine people were injured by an explosion that Mayor Bill de Blasio described as an intentional act.' },
    // issue 12: numbers that are no check-worthy claim (invented sentences)
    { name: 'a schedule, not a cause', text: 'The minor accident occurred during push back, as the aircraft was leaving a parking space before it was due to fly to Chiang Mai.' },
    { name: 'a family\'s size', text: 'A video captures the moment a Brooklyn mother of 12 was killed in a gang shootout.' },
    { name: 'a rule set by law', text: 'Under Turkmen laws, parliamentary elections can only be declared valid with a turnout of more than 50 percent of eligible voters.' },
    // issue 12, session 20: judged half A, PolNeAR train (invented sentences)
    { name: 'a rate of people with no harm is an estimate', text: 'Tens of millions of people are cleared each year to come to Canada to work or live.' },
    { name: 'a rate of harm is a statistic', text: 'Officials held a hearing on veterans\' care. [[Twenty veterans]] commit suicide each day.' },
    { name: 'a poll\'s shares told over one-sentence paragraphs, the survey named a few sentences on', text: 'The governor held rallies in four cities on Saturday.\n\nShe spoke about jobs and schools in each of them.\n\nAt 3:00 p.m. the first results arrived.\n\nThe senator did best with men and younger voters.\n\nHe won about 7 in 10 independents. He was also backed by nearly 6 in 10 of the 3 in 10 voters who call themselves very liberal.\n\nOverall, white voters were split: most women backed the governor.\n\nThe survey was conducted for several networks as voters arrived at 25 sites.' },
    { name: 'a rule or a time stamp ends the poll\'s passage', text: 'The senator did best with men.\n\nHe won about 7 in 10 independents. He was also backed by nearly 6 in 10 of the [[3 in 10 voters]] who call themselves very liberal.\n\n___.\n\n3:00 p.m.\n\nThe survey was conducted for several networks as voters arrived at 25 sites.' },
  ],
});
