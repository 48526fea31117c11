import type { Attribution, Claim, Span, TextSpan } from '../types.js';
import { sentenceAt, sentenceOf, textSpan } from '../text/spans.js';
import type { SourcingScope } from './sourcing-scope.js';

// Legal proceedings as sources: a charge, a trial or the police's account answers "allegedly" and
// "is accused of", and words said in court are on the record (docs/rules/vague-attribution.md).
// Split from vague-status.ts, which asks these for each attribution.

/**
 * A legal proceeding in the sentence: "allegedly" and "is accused of" then hedge a charge, an
 * indictment or a lawsuit, whose bringer is on the record ("was charged with murder after allegedly
 * opening fire", "the trial of an employee who allegedly shot").
 */
const LEGAL = /\b(charged|charges|indicted|indictment|lawsuit|sued|suing|trial|convicted|arraigned|arraignment|prosecutors?|affidavit)\b/i;
/** The source-less cues a legal proceeding answers ("reportedly" still asks who reported it). */
const ALLEGING = /^(allegedly|alleged|is accused|was accused|are accused|were accused|been accused)$/i;
/**
 * "Authorities charged it was a brazen act to avoid the law, although it wasn't until 1997 that a
 * jury agreed": a charge whose sentence tells the court that tried it is the prosecution's case, on
 * the record (judged corpus half A, issue 12).
 */
const CHARGE_CUE = /^(?:charged|charges|charge)$/i;
const TRIED = /\b(jury|juries|court|trial|convicted|conviction|verdict|judge|indicted|indictment|pleaded)\b/i;

export function chargeBeforeCourt(a: Attribution, scope: SourcingScope): boolean {
  const sentence = sentenceOf(a.cue, scope.sentences);
  return !!sentence && CHARGE_CUE.test(a.cue.text) && TRIED.test(scope.text.slice(a.cue.end, sentence.end));
}

/**
 * Words said under oath or in court are on the record, whoever says them: "A detective testified
 * during the preliminary hearing", "a police sergeant said during the man's arraignment". The claim
 * extractor takes such a source for a named one.
 */
const IN_COURT = /\b(during|at|in)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,2}(arraignment|hearing|trial|court|testimony|deposition)\b/iu;

export function onTheRecord(a: Attribution, scope: SourcingScope): boolean {
  if (/^testif/i.test(a.cue.text)) return true;
  const sentence = sentenceOf(a.cue, scope.sentences);
  return !!sentence && IN_COURT.test(scope.text.slice(a.cue.end, sentence.end));
}

/**
 * The legal proceeding that answers "allegedly" or "is accused of" in its sentence ("was charged
 * with murder after allegedly ...", "the trial of a woman who allegedly ..."): the claim rests on the
 * charge, and the charge is its source.
 */
export function legalAnswer(a: Attribution, scope: SourcingScope): TextSpan | null {
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (!sentence || !ALLEGING.test(a.cue.text.replace(/\s+/g, ' '))) return null;
  const m = LEGAL.exec(scope.text.slice(sentence.start, sentence.end));
  return m ? textSpan(scope.text, sentence.start + m.index, sentence.start + m.index + m[0].length) : null;
}

/**
 * A court case told around "is accused of" ("A man has denied arson ... . X, 24, is accused of
 * setting fire ... . He entered a not guilty plea at Taunton Deane Magistrates"): the accusation
 * is the charge, and the court its record, whoever brought it. Only "accused" (a charge's word)
 * reaches past its sentence to a court's words; FRAME_SENTENCES on either side, across paragraphs.
 * "allegedly" and "accused" alike reach a police or prosecution source there ("A former employee
 * ... allegedly shot and killed a man. Police said they were called to ..."): the allegation is
 * theirs, on the record (judged corpus half A, issue 12: the standard hedge of a crime story whose
 * account the police give a line away).
 */
// "Magistrate Judge X said a conspiracy he allegedly plotted was enough to keep him in prison" (issue 12)
const COURT_CASE = /\b(charged|charges|indicted|indictment|trial|arraigned|arraignment|prosecutors?|pleaded|pleads|plea|magistrates?|judges?|court|remanded|bail|denied|denies|jury)\b/i;
const ACCUSED = /^(?:is|was|are|were|been) accused$/i;
/** The voice of those who bring a criminal allegation: the police, a sheriff's office, prosecutors, a named officer of theirs. */
const ACCUSERS = /\b(police|sheriff|sheriff[’']s|prosecutors?|prosecution|district attorney|constable|detectives?|investigators|lt\.|sgt\.|sergeant|lieutenant)\b/i;
const FRAME_SENTENCES = 2;

/** The report's vague claims that a court case or the police's account told nearby answers become attributed to it; their cues say why they have no diagnostic. */
export function answerCharges(text: string, sentences: readonly Span[], claims: readonly Claim[], attributions: readonly Attribution[]): { claims: Claim[]; attributions: Attribution[] } {
  const answered: Span[] = [];
  const out = claims.map((c) => {
    if (c.status !== 'vague' || !c.source) return c;
    const cue = c.source.text.replace(/\s+/g, ' ');
    const accused = ACCUSED.test(cue);
    if (!accused && !ALLEGING.test(cue)) return c;
    const at = sentenceAt(sentences, c.source.start);
    if (at < 0) return c;
    for (let i = Math.max(0, at - FRAME_SENTENCES); i <= Math.min(sentences.length - 1, at + FRAME_SENTENCES); i++) {
      const m = accused ? COURT_CASE.exec(text.slice(sentences[i].start, sentences[i].end)) : null;
      const accuser = m ? null : attributions.find((a) => a.source && a.sourceKind !== 'vague' && a.sourceKind !== 'none'
        && ACCUSERS.test(a.source.text)
        && a.source.start >= sentences[i].start && a.source.end <= sentences[i].end);
      if (!m && !accuser) continue;
      answered.push(c.source);
      const source = m ? textSpan(text, sentences[i].start + m.index, sentences[i].start + m.index + m[0].length) : textSpan(text, accuser!.source!.start, accuser!.source!.end);
      return { ...c, status: 'attributed' as const, source };
    }
    return c;
  });
  if (answered.length === 0) return { claims: [...claims], attributions: [...attributions] };
  return { claims: out, attributions: attributions.map((a) => (a.sourceKind === 'none' && answered.some((s) => s.start === a.cue.start && s.end === a.cue.end) ? { ...a, noDiagnostic: 'named-source' as const } : a)) };
}
