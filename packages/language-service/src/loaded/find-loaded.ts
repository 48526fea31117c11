// The loaded words of one paragraph (docs/loaded-words.md): a verb group's word used as a verb
// ("slammed"), a label group's word in any use ("regime", "embattled": their listed forms are no verbs). Offsets relative to the paragraph; `quoted` is set for the
// whole report (quotations span paragraphs).
import type { Token } from '../nlp/parse.js';
import type { LoadedWord } from '../types.js';
import { loadedGroupOfNormal } from './loaded-words.js';
import { otherSense } from './other-senses.js';

export function findLoadedWords(tokens: readonly Token[]): LoadedWord[] {
  const out: LoadedWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let word = t.normal;
    let group = loadedGroupOfNormal(word);
    if (!group && word.endsWith('s') && /['’]s$/.test(word)) group = loadedGroupOfNormal((word = word.slice(0, -2)));
    if (!group) continue;
    // a verb group's word only as a verb ("slammed the plan", not "a slam dunk"); a label group's word as written
    if (group.kind === 'verb' && !(t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun'))) continue;
    if (otherSense(tokens, i)) continue;
    const end = t.start + word.length <= t.end ? t.start + word.length : t.end;
    out.push({ start: t.start, end, text: t.text.slice(0, end - t.start), kind: group.kind, quoted: false });
  }
  return out;
}
