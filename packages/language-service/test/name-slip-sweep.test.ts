// A sweep of surnames misspelt by two neighbouring letters swapped (the commonest slip of a typist's
// hand), each in a pair of reports written for this test: one report misspells every mention, the
// other spells it right; name-variant must land on the misspelt report. The surnames are common
// English-language surnames and a few of the development data's (not a list any rule reads); the
// sweep found the cases of session 22 (-er surnames read as British "-re" spellings, three-letter
// surnames, a slip into a common word).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsOf } from './helpers/sweep.ts';

const SURNAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas ' +
  'Taylor Moore Jackson Martin Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright ' +
  'Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Rice Wood Page Bush ' +
  'Palin Lohan Jenkin Teixeira Hefner Stewart Bell Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox ' +
  'Richardson Price Bennett Gray Hughes Long Foster Sanders Ross Powell Russell Sullivan Fisher Ellis Graham Hunter Mason Reid ' +
  'Murray Ford Hamilton Rose Stone Banks Burns Lane Fox Cole Wells Black West Knight Pope Love Church Major'
).split(' ');
const GIVEN = ['Mark', 'Susan', 'David', 'Maria'];

/** Two neighbouring letters swapped, at a place that depends on the name (not its first letter). */
function swapped(name: string): string {
  const at = [...Array(name.length - 1).keys()].filter((i) => i >= 1 && name[i] !== name[i + 1]);
  const i = at[name.length % at.length];
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** One letter dropped (session 23), after the first, at a place that depends on the name. */
function dropped(name: string): string {
  const i = 1 + (name.length % (name.length - 1));
  return name.slice(0, i) + name.slice(i + 1);
}

/** One letter doubled (session 23), after the first, at a place that depends on the name. */
function doubled(name: string): string {
  const i = 1 + (name.length % (name.length - 1));
  return name.slice(0, i + 1) + name[i] + name.slice(i + 1);
}

/** The surnames of SURNAMES whose slip (right -> wrong) name-variant does not flag in the misspelt report. */
function missedSlips(slip: (name: string) => string): string[] {
  const missed: string[] = [];
  SURNAMES.forEach((right, k) => {
    const given = GIVEN[k % GIVEN.length];
    const wrong = slip(right);
    const a = `Police arrest man after bank robbery\n\nPolice arrested ${given} ${wrong}, 45, on Monday after a robbery at a bank in Springfield. ` +
      `${wrong} was charged with armed robbery, a police spokesman said. Officers said ${wrong} had fled in a stolen car.`;
    const b = `Suspect held in Springfield bank robbery\n\n${given} ${right}, 45, was arrested on Monday in connection with the robbery of a ` +
      `Springfield bank, police said. ${right} faces a charge of armed robbery. Witnesses told police that ${right} drove off in a stolen car.`;
    const flagged = problemsOf(a, b, 'name-variant').a.some((p) => a.slice(p.start, p.end).includes(wrong));
    if (!flagged) missed.push(`${right} -> ${wrong}`);
  });
  return missed;
}

test('name-variant: a surname misspelt by two letters swapped in one of two reports is flagged there (108 surnames)', () => {
  assert.deepEqual(missedSlips(swapped), []);
});

// Session 23: before, 26 dropped letters (most in surnames of four or five letters, "Kelly" / "Kely") and 3 doubled were
// missed. Known misses: a slip into a common word the tagger does not read as a name ("Mark More"), a surname of three
// letters or fewer ("Poe", "Co"). A letter changed ("Hill" / "Hall", "Reed" / "Reid") is no slip of one person's name: two people's.
test('name-variant: a surname with a letter dropped or doubled in one of two reports is flagged there (108 surnames each)', () => {
  assert.deepEqual(missedSlips(dropped), ['Moore -> More', 'Cox -> Co', 'Fox -> Fo', 'Pope -> Poe']);
  assert.deepEqual(missedSlips(doubled), []);
});
