import type { Attribution, Claim } from '../types.js';

/**
 * The analysis and the diagnostics agree: an attribution the analysis marks vague or source-less
 * either has a vague-attribution diagnostic (a vague claim holds its cue, or names it as its source)
 * or says why not in `noDiagnostic` (the excuse the claim extractor found for it, else
 * 'not-a-claim': it reaches no check-worthy claim). Named attributions carry no reason.
 */
export function explainSilences(attributions: readonly Attribution[], claims: readonly Claim[]): Attribution[] {
  const vague = claims.filter((c) => c.status === 'vague');
  return attributions.map((a) => {
    const { noDiagnostic, ...rest } = a;
    if (a.sourceKind === 'named') return rest;
    const own = a.source ?? a.cue;
    const flagged = vague.some((c) => (c.start <= a.cue.start && a.cue.end <= c.end) || (c.source !== null && c.source.start === own.start && c.source.end === own.end));
    return flagged ? rest : { ...rest, noDiagnostic: noDiagnostic ?? 'not-a-claim' };
  });
}
