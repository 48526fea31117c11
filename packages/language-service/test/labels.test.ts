// Labels (docs/labels.md): what a report calls an entity besides its name, and the loaded words
// among them (docs/loaded-words.md). Invented sentences, and the seeds (../seeds: two reports of
// one event) for the hover and Find References; short passages of ECB+ (CC BY 3.0, topic named) for
// the causes of the ECB+ even-topic misses and false attachments (issue 15).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyzeReport, compareReports, doHover, findReferences, type FeatureContext, type ReportAnalysis } from '@newslens/language-service';

/** Each entity's labels as `text:kind`, by entity name. */
function labels(text: string): Record<string, string[]> {
  const a = analyzeReport(text);
  const out: Record<string, string[]> = {};
  for (const e of a.entities) {
    for (const l of e.labels ?? []) assert.equal(a.text.slice(l.start, l.end), l.text);
    if (e.labels?.length) out[e.name] = e.labels.map((l) => `${l.text}:${l.kind}${l.quoted ? ':quoted' : ''}`);
  }
  return out;
}

describe('labels in the analysis', () => {
  test('apposition and title from the descriptors', () => {
    const got = labels('Chinese diplomat Wang Kejian, the former ambassador to Lebanon, met Ismail Haniyeh in Qatar.');
    assert.deepEqual(got['Wang Kejian'], ['Chinese diplomat:title', 'the former ambassador to Lebanon:apposition']);
  });

  test('a reference back goes to the entity of the fitting kind named last: an organisation, its members', () => {
    const got = labels('Hamas attacked Israel in October. Israel vowed to destroy the militant group. Many countries condemned the terrorists.');
    assert.deepEqual(got.Hamas, ['the militant group:reference', 'the terrorists:reference']);
    assert.equal(got.Israel, undefined);
  });

  test('an earlier label of the same word wins over recency ("the ambassador")', () => {
    const got = labels('Wang Kejian, the former ambassador to Lebanon, met Ismail Haniyeh on Tuesday. Haniyeh thanked the ambassador.');
    assert.deepEqual(got['Wang Kejian'], ['the former ambassador to Lebanon:apposition', 'the ambassador:reference']);
  });

  test('a predicate after a copula, and a role after "as"', () => {
    assert.deepEqual(labels('Hamas is a militant group based in Gaza.').Hamas, ['a militant group:predicate']);
    assert.deepEqual(labels('Hugh Jackman was announced on Friday as the host of the show.')['Hugh Jackman'], ['the host:predicate']);
  });

  test('a capital for its government: "the regime in Beijing" and "Beijing said" label China; "in Beijing" stays the place', () => {
    const text = 'China sent an envoy to Qatar. The regime in Beijing wants influence. Beijing is also concerned. Wang spoke in Beijing on Monday.';
    const got = labels(text);
    assert.deepEqual(got.China, ['The regime in Beijing:reference', 'Beijing:reference']);
    const beijing = analyzeReport(text).entities.find((e) => e.name === 'Beijing');
    assert.equal(beijing?.mentions.length, 3, 'every "Beijing" stays a mention of the place');
  });

  test('a nationality with a word for those who govern or its members labels the country ("the Chinese communists")', () => {
    assert.deepEqual(labels('China has not condemned Hamas. The Chinese communists are keen on statehood.').China, ['The Chinese communists:reference']);
  });

  test('no label without an entity before it, none for a person by a tie to someone else ("his lawyer")', () => {
    assert.deepEqual(labels('The company said profits rose.'), {});
    assert.deepEqual(labels('Lindsay Lohan arrived on Monday. The lawyer said she was fine.'), {});
  });

  test('loaded words are marked; inside a quotation the label is the speaker\'s (quoted)', () => {
    const a = analyzeReport('Hamas attacked Israel. Prime Minister Benjamin Netanyahu said "the terrorists will pay." Israel vowed to destroy the terrorist organization.');
    const hamas = a.entities.find((e) => e.name === 'Hamas');
    assert.deepEqual(hamas?.labels?.map((l) => [l.text, l.loaded, l.quoted]), [
      ['the terrorists', ['terrorists'], true],
      ['the terrorist organization', ['terrorist'], false],
    ]);
    const beijing = analyzeReport('China and Taiwan met. The regime in Beijing and the militant group spoke.').entities.find((e) => e.name === 'China');
    assert.deepEqual(beijing?.labels?.map((l) => [l.text, l.loaded]), [['The regime in Beijing', ['regime']]]);
  });

  test('a label lists the loaded words the report marks in it, in their sense (on a person, not on a thing)', () => {
    const loadedOf = (text: string) => analyzeReport(text).entities.flatMap((e) => (e.labels ?? []).map((l) => [l.text, l.loaded]));
    assert.deepEqual(loadedOf('Sanjay Gupta, a controversial doctor, spoke on Monday.'), [['a controversial doctor', ['controversial']]]);
    assert.deepEqual(loadedOf('Sanjay Gupta, a doctor with a controversial past, spoke on Monday.'), [['a doctor with a controversial past', []]]);
  });

  test('a lexicon word in another sense is not marked (docs/loaded-words.md, "Not marked")', () => {
    const marked = (text: string) => (analyzeReport(text).loadedWords ?? []).map((w) => w.text);
    assert.deepEqual(marked('The car slammed into a wall. The quake claimed 40 lives and the attack nearly claimed her life. ' +
      'She insisted on anonymity. The mob boss died. The house boasted a porch. They watched The Notorious Bettie Page. ' +
      'The 9/11 terrorist attacks changed air travel. Robbers grabbed the jewels and torched the van.'), []);
    assert.deepEqual(marked('The senator slammed the plan. He claimed he was innocent. An angry mob attacked the station. ' +
      'He boasted that he won. The notorious killer fled. The terrorist group struck.'), ['slammed', 'claimed', 'mob', 'boasted', 'notorious', 'terrorist']);
  });
});

describe('labels: the causes of misses and false attachments', () => {
  test('an apposition whose noun is no known person noun ("a Watergate figure"), and the next one after "and" (ECB+ t28)', () => {
    const got = labels('Fred LaRue, a Watergate figure and high-ranking Nixon administration official who once was rumored to be Deep Throat, has died.');
    assert.deepEqual(got['Fred LaRue'], ['a Watergate figure:apposition', 'high-ranking Nixon administration official:apposition']);
  });

  test('a predicate nominal with such a noun labels a person, never a place or an organisation', () => {
    assert.deepEqual(labels('Sanjay Gupta is a neurosurgeon.')['Sanjay Gupta'], ['a neurosurgeon:predicate']);
    assert.deepEqual(labels('Qatar is a good partner, the minister said.'), {});
  });

  test('a relative clause\'s predicate is the name\'s before its comma ("Hamas, which is a militant group"); the kind must fit', () => {
    assert.deepEqual(labels('Hamas, which is a militant group, said on Monday it would fight.'), { Hamas: ['a militant group:predicate'] });
    assert.deepEqual(labels('Fred LaRue, who was a Watergate figure, has died.')['Fred LaRue'], ['a Watergate figure:predicate']);
    assert.deepEqual(labels('Qatar, which is a good partner, hosted the talks.'), {});
  });

  test('a bare apposition followed by its prepositional phrase ("director of assurance at ...", ECB+ t30)', () => {
    const got = labels('Services will be restored soon, said Sanjeev Gaur, director of assurance at Reliance Globalcom.');
    assert.deepEqual(got['Sanjeev Gaur'], ['director:apposition']);
  });

  test('an apposition opened by a possessive name ("Rob Jones, Felt\'s grandson", ECB+ t28)', () => {
    const got = labels('Rob Jones, Felt\'s grandson, said his grandfather died at home.');
    assert.deepEqual(got['Rob Jones'], ['Felt\'s grandson:apposition']);
  });

  test('"as long as the CNN doc ..." is a conjunction, not a role of the person named before it', () => {
    const got = labels('According to Howard Kurtz, as long as the CNN doc can accept the pay, he is expected to take the job.');
    assert.equal(got['Howard Kurtz'], undefined);
  });

  test('a description with the name after it, set off by a comma or "named" (ECB+ t22: "a Muslim woman named Yvonne Hiller")', () => {
    assert.deepEqual(labels('According to reports, a Muslim woman named Yvonne Hiller shot two co-workers.')['Yvonne Hiller'], ['a Muslim woman:apposition']);
    assert.deepEqual(labels('Police said the man, Eric Kirkpatrick, fled.')['Eric Kirkpatrick'], ['the man:apposition']);
    // a name opening the main clause after an introductory phrase is not its apposition
    assert.deepEqual(labels('After meeting the ambassador, Haniyeh said he was pleased.'), {});
  });

  test('a definite phrase whose copula names someone labels that one, not the person named last (ECB+ t18, t2)', () => {
    const shooter = labels('Two managers, Paul Riva and Alan Steinberg, were wounded. The man accused of shooting his three former co-workers is Anthony LaCalamita III.');
    // the name keeps its generation ("III": his father is someone else)
    assert.deepEqual(shooter, { 'Anthony LaCalamita III': ['The man:predicate'] });
    assert.deepEqual(labels('And the next host of the Academy Awards is … Ellen DeGeneres.')['Ellen DeGeneres'], ['the next host:predicate']);
    // a verb of saying before the copula: the phrase is the speaker, the name someone else
    assert.deepEqual(labels('Hamas attacked. The group says Israel is to blame.').Hamas, ['The group:reference']);
  });

  test('a body owned by someone ("the sheriff\'s department") or a public body ("the ministry") refers back only by its own word', () => {
    assert.deepEqual(labels('CNN confirmed the approach. The sheriff\'s department has checked. The ministry said the cables were cut.'), {});
    assert.deepEqual(labels('The Interior Ministry issued a statement. The ministry said the cables were cut.')['Interior Ministry'], ['The ministry:reference']);
  });

  test('a subject closed by its apposition\'s comma: the predicate is the name\'s (ECB+ t2)', () => {
    const got = labels('Hugh Jackman, the furry comic-book hero in the X-Men movies, will be host of the 81st incarnation.');
    assert.deepEqual(got['Hugh Jackman'], ['the furry comic-book hero in the X-Men movies:apposition', 'host:predicate']);
  });

  test('a title refers back only to whoever the report gave it; a plural title before names is no one\'s (ECB+ t28)', () => {
    assert.deepEqual(labels('Obama picked Sanjay Gupta on Tuesday. The U.S. surgeon general advises doctors.'), {});
    assert.deepEqual(labels('President Obama arrived. The president spoke.').Obama, ['President:title', 'The president:reference']);
    assert.deepEqual(labels('He was the secret source for Washington Post reporters Bob Woodward and Carl Bernstein.'), {});
    assert.deepEqual(labels('W. Mark Felt Sr., the associate director of the FBI during the scandal, died.')['W. Mark Felt Sr'], ['the associate director:apposition']);
  });

  test('an indefinite lead refers forward to the subject of the next sentence (ECB+ t26)', () => {
    const text = 'A suspected Mafia boss arrested Tuesday in a high-profile police swoop has hanged himself in his prison cell, police sources said Wednesday.\n' +
      'Gaetano Lo Presti, who was already convicted of mob-related crimes, was found dead late last night.';
    assert.deepEqual(labels(text)['Gaetano Lo Presti'], ['A suspected Mafia boss:reference']);
  });

  test('a lead after a dateline opens the story; an indefinite phrase inside a sentence does not', () => {
    const next = '\nJohn Jenkin, 23, appeared in court on Monday.';
    assert.deepEqual(labels(`Cumbria Monday 10 Jun 2013 10:45 am A 23-year-old man has been charged with murder.${next}`)['John Jenkin'], ['A 23-year-old man:reference']);
    assert.deepEqual(labels(`Police said at 10 am a man was seen near the house.${next}`), {});
  });

  test('a lead goes to the name opening the clause a source reports ("Police allege ...")', () => {
    const text = 'A man has been charged with murder after a shooting at an office party.\nPolice allege Eric Kirkpatrick, 61, opened fire at the party.';
    assert.deepEqual(labels(text)['Eric Kirkpatrick'], ['A man:reference']);
  });

  test('a lead goes to a person the headline named, not to one the story named before it', () => {
    const story = 'A Kraft Foods plant worker who had been suspended returned with a handgun, police said.\nYvonne Hiller, 43, had argued with co-workers.';
    assert.deepEqual(labels(`Yvonne Hiller Charged With Murder\n${story}`)['Yvonne Hiller'], ['A Kraft Foods plant worker:reference']);
    assert.equal(labels(`Yvonne Hiller spoke on Monday. ${story}`)['Yvonne Hiller'], undefined);
  });

  test('a reference back goes to the most salient entity of its kind, not only the one named last (label-salience.ts)', () => {
    // Hamas is the subject of both sentences; Reuters, named last, only reports them
    const got = labels('Hamas attacked Israel on Saturday. Hamas also fired rockets, Reuters reported. The group said more would follow.');
    assert.deepEqual(got.Hamas, ['The group:reference']);
    assert.equal(got.Reuters, undefined);
  });

  test('an outlet the report cites is "the newspaper", not "the company"', () => {
    const cites = labels('The Philadelphia Daily News reported that Kraft Foods would reopen the plant. The Daily News said workers were told on Monday. The company declined to comment.');
    assert.deepEqual(cites['Kraft Foods'], ['The company:reference']);
    assert.equal(cites['Philadelphia Daily News'], undefined);
    assert.deepEqual(labels('Kraft Foods said the plant would reopen, the Philadelphia Daily News reported. The newspaper said workers were told on Monday.')['Philadelphia Daily News'], ['The newspaper:reference']);
  });

  test('a predicate names what the owner owns, and may open with a quote mark', () => {
    assert.deepEqual(labels('Sanjay Gupta has been “the Obama team\'s first choice” for the job.')['Sanjay Gupta'], ['the Obama team\'s first choice:predicate:quoted']);
    assert.deepEqual(labels('Regina Benjamin is the country\'s new surgeon general.')['Regina Benjamin'], ['the country\'s new surgeon general:predicate']);
  });

  test('an apposition may open with a verb form in -ing or a name modifying its head', () => {
    assert.deepEqual(labels('Esther Williams, swimming star, dies at 91.')['Esther Williams'], ['swimming star:apposition']);
    assert.deepEqual(labels('Fred LaRue, Watergate figure, dies at 75.')['Fred LaRue'], ['Watergate figure:apposition']);
  });

  test('a lead is not given to a person named inside the next sentence (most often the victim)', () => {
    const text = 'A gunman shot three people at an accounting firm on Monday.\nThe dead were Paul Riva and Tim Smith, police said.';
    assert.deepEqual(labels(text), {});
  });
});

describe('the seeds: hover and Find References show both reports\' labels', () => {
  const dir = join(import.meta.dirname, '../../../seeds');
  const files = readdirSync(dir).filter((f) => /^00[02]_.*\.txt$/.test(f)).sort();
  const analyses = new Map<string, ReportAnalysis>(files.map((f) => [f, analyzeReport(readFileSync(join(dir, f), 'utf8'))]));
  const comparison = compareReports(files.map((id) => ({ id, analysis: analyses.get(id)! })));
  const [a] = files;
  const ctx = (id: string): FeatureContext => ({ reportId: id, comparison, getReport: (x) => analyses.get(x) });
  const hover = (id: string, needle: string) => {
    const r = analyses.get(id)!;
    const h = doHover(r, r.text.indexOf(needle), ctx(id));
    assert.ok(h, `a hover on ${needle}`);
    return h.markdown;
  };

  test('Hamas: this report\'s labels, and the other report\'s, loaded ones marked', () => {
    const md = hover(a, 'Hamas attacked');
    assert.match(md, /^\*\*Hamas\*\* · organization/);
    assert.match(md, /Called here: \*the militant group\*, \*the terrorists\* \(loaded: terrorists\)/);
    assert.match(md, /called \*the Islamic terrorist organization\* \(loaded: terrorist\), \*the terrorist organization\* \(loaded: terrorist\)/);
    assert.match(md, /\*the Hamas movement\* \(quoted\)/);
  });

  test('China: 002 calls it "the Chinese communists" and "the regime in Beijing"', () => {
    const md = hover(a, 'China is urging');
    assert.match(md, /called \*The Chinese communists\* \(loaded: communists\), \*the regime in Beijing\* \(loaded: regime\)/);
  });

  test('Wang Kejian: both reports\' descriptions', () => {
    const md = hover(a, 'Wang Kejian');
    assert.match(md, /Called here: \*Chinese diplomat\*, \*the former ambassador to Lebanon\*/);
    assert.match(md, /called \*Chinese diplomat\*, \*a former communist Chinese ambassador to Lebanon\* \(loaded: communist\)/);
  });

  test('a hover on a label is the entity\'s; Find References lists the labels with the mentions', () => {
    const r = analyses.get(a)!;
    assert.match(hover(a, 'the militant group'), /^\*\*Hamas\*\*/);
    const refs = findReferences(r, r.text.indexOf('Hamas'), ctx(a)).map((l) => analyses.get(l.report)!.text.slice(l.start, l.end));
    for (const want of ['Hamas', 'the militant group', 'the terrorists', 'the Islamic terrorist organization']) assert.ok(refs.includes(want), `${want} in ${refs.join(' | ')}`);
  });
});

describe('loaded words in the report', () => {
  test('a verb group\'s word as a verb, a label group\'s word as a noun; quoted inside a quotation', () => {
    const a = analyzeReport('The senator slammed the regime on Monday. "These thugs buckled," he said. The team made a slam dunk.');
    assert.deepEqual(a.loadedWords?.map((w) => [w.text, w.kind, w.quoted]), [
      ['slammed', 'verb', false], ['regime', 'label', false], ['thugs', 'label', true], ['buckled', 'verb', true],
    ]);
  });

  test('the hover on a claim lists its loaded words', () => {
    const r = analyzeReport('The embattled regime killed 3,000 protesters on Monday.');
    const claim = r.claims.find((c) => c.text.includes('regime'));
    assert.ok(claim, `a claim over the regime: ${r.claims.map((c) => c.text).join(' | ')}`);
    const h = doHover(r, r.text.indexOf('killed'), { reportId: 'a', comparison: { events: [], entities: [], links: [], problems: {} }, getReport: () => r });
    assert.match(h?.markdown ?? '', /^\*\*Claim\*\*[^\n]*\n\nLoaded words: \*embattled\*, \*regime\*/);
  });
});
