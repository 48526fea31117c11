// Two reports of one happening written for this test, each dating it in its own words, the day
// changed by three in one of them: date-mismatch must land there. Six ways to write a date across
// six happenings, then eighteen happenings told in two outlets' words ("resigned" / "stepped down",
// "fired" / "sacked", "agreed to buy" / "announced its acquisition"). Written in session 22 as a sweep
// of what a second outlet does to a sentence, not from any data set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsOf, written } from './helpers/sweep.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FORMS: ReadonlyArray<readonly [string, (d: number) => string]> = [
  ['Month D', (d) => `March ${d}`],
  ['Month D, Y', (d) => `March ${d}, 2009`],
  ['Mon. D', (d) => `Mar. ${d}`],
  ['D Month', (d) => `${d} March`],
  ['Weekday, Month D', (d) => `${WEEKDAYS[d % 7]}, March ${d}`],
  ['the Dth of Month', (d) => `the ${d}th of March`],
];

/** [headline, A's sentence, B's sentence], {D} the date. */
type Scene = readonly [string, string, string];
const SCENES: readonly Scene[] = [
  ['Singer arrested after brawl', 'Police arrested the singer Tom Baxter on {D} after a fight at a nightclub in Miami.', 'Tom Baxter was taken into custody on {D}, hours after a brawl at a Miami nightclub, police said.'],
  ['Actor dies at 79', 'The actor Paul Newman died on {D} at his home in Westport, Connecticut, his family said.', 'Paul Newman, the Oscar-winning actor, died at home in Westport on {D}.'],
  ['Judge sets sentencing', 'A federal judge set sentencing for {D} in the fraud case against Bernard Madoff.', 'Madoff will be sentenced on {D}, the judge ruled on Tuesday.'],
  ['Company unveils phone', 'Apple unveiled its new phone on {D} at an event in San Francisco.', 'At a San Francisco event on {D}, Apple showed off the new phone.'],
  ['Quake strikes island', 'A magnitude 6.1 earthquake struck Qeshm island on {D}, killing 10 people.', 'The quake that hit the island of Qeshm on {D} killed at least 10 people.'],
  ['Team fires coach', 'The Philadelphia 76ers fired coach Maurice Cheeks on {D} after a 9-14 start.', 'Maurice Cheeks was dismissed by the 76ers on {D}.'],
];
const PARAPHRASES: readonly Scene[] = [
  ['Minister quits', 'Defence Minister John Hale resigned on {D} over the scandal.', 'John Hale stepped down as defence minister on {D}.'],
  ['Governor elected', 'Voters elected Maria Lopez governor of Ohio on {D}.', 'Maria Lopez won the Ohio governor race on {D}.'],
  ['Store opens', 'Ikea opened its first store in Seoul on {D}.', 'The first Seoul Ikea store launched on {D}.'],
  ['Plane crash', 'A Yemenia Airbus crashed into the sea off Comoros on {D}.', 'The Yemenia Airbus went down off the Comoros on {D}.'],
  ['Inmates escape', 'Three inmates escaped from the Orleans Parish prison on {D}.', 'Three prisoners broke out of Orleans Parish prison on {D}.'],
  ['Talks held', 'President Obama met Chinese President Hu Jintao in Beijing on {D}.', 'Obama held talks with Hu Jintao in Beijing on {D}.'],
  ['Man charged', 'Prosecutors charged David Kemp with murder on {D}.', 'David Kemp was indicted on murder charges on {D}.'],
  ['Takeover', 'Oracle agreed to buy Sun Microsystems on {D}.', 'Oracle announced its acquisition of Sun Microsystems on {D}.'],
  ['Raid', 'Israeli jets attacked targets in Gaza on {D}.', 'Israeli warplanes struck Gaza on {D}.'],
  ['Match', 'Spain beat Germany 1-0 in Vienna on {D}.', 'Spain defeated Germany in the final in Vienna on {D}.'],
  ['Lawsuit', 'The families sued Boeing in Chicago on {D}.', 'The families filed a lawsuit against Boeing in Chicago on {D}.'],
  ['Recall', 'Toyota recalled 2.3 million cars on {D}.', 'Toyota issued a recall of 2.3 million vehicles on {D}.'],
  ['Coach fired', 'The 76ers fired Maurice Cheeks on {D}.', 'The 76ers sacked Maurice Cheeks on {D}.'],
  ['Storm', 'Hurricane Ike made landfall near Galveston on {D}.', 'Hurricane Ike hit the coast near Galveston on {D}.'],
  ['Launch', 'NASA launched the shuttle Discovery on {D}.', 'The shuttle Discovery lifted off on {D}, NASA said.'],
  ['Verdict', 'A jury convicted Phil Spector of murder on {D}.', 'Phil Spector was found guilty of murder on {D}.'],
  ['Wedding', 'Singer Tom Baxter married actress Ann Lee on {D}.', 'Tom Baxter and Ann Lee wed on {D}.'],
  ['Birth', 'Actress Ann Lee gave birth to a son on {D}.', 'Ann Lee had a baby boy on {D}.'],
];

/** Whether date-mismatch lands in A when A dates the happening the 15th and B the 12th. */
function flagged(form: (d: number) => string, [head, sa, sb]: Scene): boolean {
  return problemsOf(written(head, sa.replace('{D}', form(15))), written(head, sb.replace('{D}', form(12))), 'date-mismatch').a.length > 0;
}

test('date-mismatch: one happening dated three days apart, each date written six ways', () => {
  const missed = FORMS.flatMap(([name, form]) => SCENES.filter((s) => !flagged(form, s)).map((s) => `${name}: ${s[0]}`));
  assert.deepEqual(missed, []);
});

test('date-mismatch: one happening told in two outlets\' words, dated three days apart', () => {
  assert.deepEqual(PARAPHRASES.filter((s) => !flagged(FORMS[0][1], s)).map((s) => s[0]), []);
});

/**
 * Two happenings of one story three days apart, each the only day in its report (session 23): a
 * reader never compares them. Before session 23, 19 of these 24 were flagged (the one day near
 * each report gives was read as one happening whatever the clauses named).
 */
const APART: readonly Scene[] = [
  ['Singer arrested', 'Police arrested the singer Tom Baxter on {D} after a fight in Miami.', 'Tom Baxter will be sentenced on {D}, a court spokesman said.'],
  ['Coach fired, new coach', 'The 76ers fired coach Maurice Cheeks on {D}.', 'The 76ers hired Tony DiLeo as interim coach on {D}.'],
  ['Takeover vote', 'Oracle agreed to buy Sun Microsystems on {D}.', 'Sun shareholders will vote on the deal on {D}.'],
  ['Resign, scandal', 'John Hale resigned on {D} over the scandal.', 'The scandal broke on {D} when a newspaper published the letters.'],
  ['Policy deadline', 'The ministry announced the new visa rules on {D}.', 'Applicants have until {D} to file under the old visa rules.'],
  ['Policy effect', 'The city council approved the smoking ban on {D}.', 'The smoking ban takes effect on {D}.'],
  ['Death, funeral', 'The actor Paul Newman died on {D} at his home in Westport.', 'A private funeral for Paul Newman will be held on {D} in Westport.'],
  ['Quake, aftershock', 'A magnitude 6.1 earthquake struck Qeshm island on {D}.', 'A strong aftershock rattled Qeshm island on {D}.'],
  ['Trial, verdict', 'The murder trial of Phil Spector opened on {D} in Los Angeles.', 'A jury convicted Phil Spector of murder on {D}.'],
  ['Election, inauguration', 'Voters elected Maria Lopez governor of Ohio on {D}.', 'Maria Lopez will be sworn in as governor on {D}.'],
  ['Crash, recovery', 'The Yemenia Airbus crashed off the Comoros on {D}.', 'Divers recovered the flight recorder of the Yemenia Airbus on {D}.'],
  ['Charge, hearing', 'Prosecutors charged David Kemp with murder on {D}.', 'David Kemp is due in court for a bail hearing on {D}.'],
  ['Announcement, sale', 'Apple announced the new phone on {D} in San Francisco.', 'The new Apple phone goes on sale in stores on {D}.'],
  ['Escape, recapture', 'Three inmates escaped from the Orleans Parish prison on {D}.', 'Police recaptured the last of the three inmates on {D}.'],
  ['Strike, talks', 'Workers at the Ford plant went on strike on {D}.', 'Union leaders and Ford will resume talks on {D}.'],
  ['Hijack, release', 'Pirates seized the tanker Sirius Star on {D}.', 'The pirates released the Sirius Star and its crew on {D}.'],
  ['Lawsuit, ruling', 'The families sued Boeing in Chicago on {D}.', 'A judge dismissed the families\' lawsuit against Boeing on {D}.'],
  ['Landfall, power', 'Hurricane Ike made landfall near Galveston on {D}.', 'Power was restored to most of Galveston on {D}.'],
  ['Launch, landing', 'NASA launched the shuttle Discovery on {D}.', 'The shuttle Discovery is scheduled to land on {D}.'],
  ['Birth, announcement', 'Actress Ann Lee gave birth to a son on {D}.', 'Ann Lee announced the birth of her son on her website on {D}.'],
  ['Nomination, vote', 'President Obama nominated Sonia Sotomayor to the Supreme Court on {D}.', 'The Senate will vote on the Sotomayor nomination on {D}.'],
  ['Shooting, vigil', 'A gunman shot three people at a Detroit bar on {D}.', 'Hundreds gathered for a vigil outside the Detroit bar on {D}.'],
  ['Meeting, account', 'Obama met Chinese President Hu Jintao in Beijing on {D}.', 'Chinese state media published an account of the Obama meeting on {D}.'],
  ['Arrest, extradition', 'Police in Spain arrested the fugitive Carlos Ruiz on {D}.', 'Carlos Ruiz was extradited to the United States on {D}.'],
];
// Known false alarms (session 23), asserted so that a change either way is seen: a word for the other happening that no
// family knows ("the scandal broke"); one happening named in both clauses, one of them its object ("the murder trial ...
// opened" / "convicted ... of murder"; "sued" / "dismissed the lawsuit"; "gave birth" / "announced the birth"; "nominated" /
// "vote on the nomination"; "met" / "an account of the meeting").
const KNOWN_APART = ['Resign, scandal', 'Trial, verdict', 'Lawsuit, ruling', 'Birth, announcement', 'Nomination, vote', 'Meeting, account'];

test('date-mismatch: two happenings of one story, each dated in one report, are not compared', () => {
  assert.deepEqual(APART.filter((s) => flagged(FORMS[0][1], s)).map((s) => s[0]), KNOWN_APART);
});
