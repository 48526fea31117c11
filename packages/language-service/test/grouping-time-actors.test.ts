// Grouping's reading of two events of one kind told apart (session 25): reports published months
// apart unless one looks back to the other, and a group whose leads fall in two camps by who acts.
// Invented texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { reportTerms, type ReportTerms } from '../src/compare/events/features.ts';
import { farApartFactor, FAR_APART_OPTIONS } from '../src/compare/events/far-apart.ts';
import { leadActorsApart } from '../src/compare/events/lead-actors.ts';

test('the lead actors are the people and organisations the lead names, by the last word of their names; the months are those the dates name', () => {
  const later = 'The team has waited. '.repeat(20);
  const offer = reportTerms(analyzeReport(`The Calder Hawks offered first baseman Ramon Teller an eight-year contract on Tuesday, general manager Tom Brill said. ${later}The Norfield Rovers were also interested.`));
  assert.ok(offer.leadActors?.some((a) => a.endsWith(':teller')) && offer.leadActors.some((a) => a.endsWith(':brill')), offer.leadActors?.join());
  assert.ok(!offer.leadActors?.some((a) => a.endsWith(':rover')), 'a name further down is no lead actor');
  const trial = reportTerms(analyzeReport('Published 2012-09-10. The trial of Ada Merrin, accused of the shooting at the Kelso plant on September 10, 2010, began on Monday. She was charged in April.'));
  assert.ok(trial.months?.includes('2010-09') && trial.months.includes('04'), trial.months?.join());
});

const dated = (day: number, months: string[] = []): ReportTerms => ({ counts: new Map(), years: [], day, months });
const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

test('reports published months apart are damped unless one looks back to the other\'s month', () => {
  const shooting = dated(dayOfIso('2010-09-10'));
  assert.equal(farApartFactor(shooting, dated(dayOfIso('2010-10-01'))), 1, 'three weeks: the week\'s penalty is another rule\'s');
  assert.equal(farApartFactor(shooting, dated(dayOfIso('2012-09-10'), ['2012-09'])), FAR_APART_OPTIONS.penalty);
  assert.equal(farApartFactor(shooting, dated(dayOfIso('2012-09-10'), ['2012-09', '2010-09'])), 1, 'the verdict names the shooting\'s date');
  assert.equal(farApartFactor(dated(dayOfIso('2010-12-07'), ['09']), shooting), 1, 'a month without its day ("September") looks back whatever year the resolver gave it');
  assert.equal(farApartFactor(shooting, { ...dated(0), day: null }), 1, 'an undated report');
  assert.equal(farApartFactor(dated(dayOfIso('2012-09-12'), ['09']), shooting), 1, 'a month that is also its own publication month still looks back (a verdict two years on, in the month of the shooting)');
});

const leads = (...actors: string[]): ReportTerms => ({ counts: new Map(), years: [], day: null, leadActors: actors });
const none = () => 0;

test('a group whose leads fall in two camps of one kind is two happenings; the rest go with the camp they resemble', () => {
  const terms = [
    leads('o:hawk', 'p:teller'), leads('o:hawk', 'p:teller'), leads('o:hawk', 'p:teller', 'p:brill'), leads('o:hawk', 'p:teller'),
    leads('o:rover', 'p:teller'), leads('o:rover', 'p:teller'), leads('o:rover', 'p:teller'), leads('p:teller'),
  ];
  const g = [0, 1, 2, 3, 4, 5, 6, 7];
  const sim = (a: number, b: number) => (a === 7 && b >= 4) || (b === 7 && a >= 4) ? 0.3 : 0.1;
  assert.deepEqual(leadActorsApart(terms)(g, sim), [[0, 1, 2, 3], [4, 5, 6, 7]]);
  assert.equal(leadActorsApart(terms)(g.slice(0, 5), sim), null, 'a camp of fewer than three leads');
});

test('no two camps: actors of two kinds, leads that name both, an actor nearly every lead names', () => {
  const g = [0, 1, 2, 3, 4, 5, 6];
  const kinds = [leads('o:fbi'), leads('o:fbi'), leads('o:fbi'), leads('p:woodward'), leads('p:woodward'), leads('p:woodward'), leads()];
  assert.equal(leadActorsApart(kinds)(g, none), null, 'the FBI and Woodward in leads of one death');
  const debate = [leads('p:arlen', 'p:bosk'), leads('p:arlen', 'p:bosk'), leads('p:arlen'), leads('p:arlen'), leads('p:bosk'), leads('p:bosk'), leads('p:bosk')];
  assert.equal(leadActorsApart(debate)(g, none), null, 'two leads name both candidates');
  const sparse = [leads('o:hawk'), leads('o:hawk'), leads('o:hawk'), leads('o:rover'), leads('o:rover'), leads('o:rover'), leads(), leads(), leads()];
  assert.equal(leadActorsApart(sparse)([...g, 7, 8], none), null, 'two camps hold too few of the leads');
});
