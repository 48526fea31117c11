/**
 * Uses of a name that are no spelling of it, read in the report's text around the name: a word of
 * a title in quotation marks, and a form the report itself calls another of the name.
 */

/** Words a quotation needs, at the most, to be read as a title. */
const MAX_TITLE_WORDS = 16;
const QUOTED = /“([^”\n]{1,160})”|"([^"\n]{1,160})"/g;

/**
 * The other words of the title in quotation marks that text[start, end) lies in (lower case), or
 * null when it lies in none. A title: two words or more, every word of four letters or more
 * capitalised (“Larry King Live”, “A G-Man's Life: The FBI, 'Deep Throat' and the Struggle for
 * Honor in Washington”).
 */
export function quotedTitle(text: string, start: number, end: number): string[] | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  for (const m of line.matchAll(QUOTED)) {
    const from = lineStart + (m.index ?? 0) + 1;
    const inner = m[1] ?? m[2];
    if (from > start || end > from + inner.length) continue;
    const words = inner.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length < 2 || words.length > MAX_TITLE_WORDS || !words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w))) return null;
    const name = new Set(wordsOf(text.slice(start, end)));
    return wordsOf(inner).filter((w) => !name.has(w));
  }
  return null;
}

/** Lower-case words of three letters or more. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 3);
}

/** What a report writes after a pet form of a name: '“Cincenzo,” a diminutive of Vincente'. */
const ANOTHER_FORM = /^[\s,"'”’)]{0,4}(?:-{1,2}\s*|—\s*)?(?:a |the |his |her )?(?:diminutive|pet (?:name|form)|short for|short form)\b/i;

/**
 * Whether the report says the name at text[.., end) is another form of a name (a diminutive, a pet
 * name, short for one): a form of its own, not a spelling of the full name.
 */
export function calledAnotherForm(text: string, end: number): boolean {
  return ANOTHER_FORM.test(text.slice(end, end + 40));
}
