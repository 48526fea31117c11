import { countries, getCountryData, type TCountryCode } from 'countries-list';
import { fold } from '../../text/fold.js';

let table: Map<string, string> | null = null;
let codes: Map<string, string> | null = null;

function build(): void {
  table = new Map();
  codes = new Map();
  for (const code of Object.keys(countries) as TCountryCode[]) {
    const c = countries[code];
    const canonical = fold(c.name);
    table.set(canonical, canonical);
    for (const a of c.alias ?? []) {
      const f = fold(a);
      // all-capital aliases ("US", "USA", "UK") are codes: only matched when written in capitals
      if (/^[A-Z]{2,3}$/.test(a)) codes.set(f, canonical);
      else if (!table.has(f)) table.set(f, canonical);
    }
    codes.set(code.toLowerCase(), canonical);
    const iso3 = getCountryData(code).iso3;
    if (iso3) codes.set(iso3.toLowerCase(), canonical);
  }
}

/**
 * The country a name stands for, from the countries-list data package: its English name, its
 * aliases ("America", "Great Britain") and, for names written in capitals, its ISO codes ("US",
 * "U.S.", "UK"). Null when the name is no country.
 */
export function countryOf(folded: string, asAcronym: string | null): string | null {
  if (!table || !codes) build();
  const byName = table?.get(folded);
  if (byName) return byName;
  return asAcronym ? (codes?.get(asAcronym) ?? null) : null;
}
