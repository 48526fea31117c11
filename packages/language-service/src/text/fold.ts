/** Folding names for comparison and for ids: one normal form, shared by entity resolution and cross-report identity. */

/** Latin letters that do not decompose into a base letter and a mark. */
const LATIN: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'ng', Ŋ: 'NG', ſ: 's',
};

/** Diacritics off (Vendôme -> Vendome, Łódź -> Lodz), curly apostrophes straight; other scripts dropped. */
function latinToAscii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘ʼʻ`´]/g, "'").replace(/[ßæÆœŒøØłŁđĐðÐþÞıħĦŋŊſ]/g, (c) => LATIN[c] ?? c);
}

/** ASCII, lower case, no apostrophes, dots or hyphens inside words: "Isma’il" -> "ismail". */
export function fold(s: string): string {
  const ascii = /[^\x00-\x7f]/.test(s) ? latinToAscii(s) : s;
  return ascii.toLowerCase().replace(/['`.]/g, '').replace(/[^a-z0-9&]+/g, ' ').trim();
}

