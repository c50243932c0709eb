/**
 * The words by which a text gives words to someone: verbs of saying ("said", "wrote", "argued",
 * "summarizing … as") and nouns of saying ("rationale", "memo", "framing") — the cues of the speaker rule.
 */
export const SAYING_VERBS = new Set(
  (
    'say says said saying tell tells told telling write writes wrote writing argue argues argued arguing ' +
    'stated stating posted posting justify justifies justified justifying framed framing frames ' +
    'called calling summarize summarizes summarized summarizing summarise summarises summarised summarising ' +
    'describe describes described describing claimed claiming insist insists insisted insisting warn warns warned warning ' +
    'note notes noted noting added declared declaring announced announcing disclosed disclosing confirmed confirming ' +
    'characterized characterizing characterised characterising pledged pledging promised promising reassured reassuring'
  ).split(' '),
);

export const SAYING_NOUNS = new Set(
  (
    'rationale framing words memo message statement assessment argument explanation reassurance assurance pledge ' +
    'promise warning remarks justification summary announcement post description'
  ).split(' '),
);

/** Verbs that take a clause without "that" ("analysts warn the pattern is replicable"). */
export const BARE_CLAUSE_VERBS = new Set('say says said warn warns warned insist insists insisted'.split(' '));

/** Verbs whose noun object is what was said ("Meta announced the reassignment of …", "Zuckerberg pledged no further layoffs"). */
export const OBJECT_SPEECH_VERBS = new Set('announce announces announced pledge pledges pledged promise promises promised deny denies denied'.split(' '));

/** Verbs whose object is what was said only with the "as" that says how ("characterized the monitoring as routine …"). */
export const AS_OBJECT_SPEECH_VERBS = new Set('characterize characterizes characterized characterise characterises characterised describe describes described'.split(' '));

/** Nouns of saying whose "of" names what was said ("a reassurance of no further cuts"), not what it was about ("a framing of the layoffs"). */
export const CONTENT_OF_NOUNS = new Set('reassurance assurance pledge promise announcement warning denial'.split(' '));

/** Words that open a noun phrase a verb of saying can take as what was said. */
export const OBJECT_OPENER = /^(?:the|a|an|no|its|his|her|their|our|this|these|those|any|all|some|every|each|\p{N}[\p{N},.]*)$/u;

/** Words that may stand between a subject and its verb ("Meta had previously announced", "…, which had characterized"). */
export const SUBJECT_VERB_GAP = /^(?:had|has|have|also|then|again|which|who|\p{L}+ly)$/u;

/** Words that can open a clause of reported speech, as opposed to the verb of a relative clause ("a rationale that diverged"). */
export const CLAUSE_OPENER = /^(?:the|a|an|no|its|his|her|their|our|my|we|he|she|it|they|this|these|those|there|any|all|some|every|each|\p{Lu}[\p{L}\p{N}]*)$/u;

/** Third-person pronouns that can stand for a sentence's speaker ("'…,' he wrote"), and whether they must be a person. */
export const SPEAKER_PRONOUNS: Record<string, boolean> = { he: true, she: true, they: false, it: false };

/** The words of a text with their offsets: letters with inner apostrophes ("isn't", "Meta's"). */
export function wordsOf(text: string, from = 0, to = text.length): { word: string; start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((match) => ({
    word: match[0],
    start: from + (match.index ?? 0),
    end: from + (match.index ?? 0) + match[0].length,
  }));
}
