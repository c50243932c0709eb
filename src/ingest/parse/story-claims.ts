import { foldText, type storyIds } from '../../model/ids';
import type { ActorKind, Channel, ClaimNode, CitationScope } from '../../model/story-graph';
import { attributeQuote, channelOf } from './attribution';
import { type ClaimOccurrence, ClaimCollector } from './claims';
import { clauseAround, finalClauseStart } from './clauses';
import type { ActorMentions } from './mentions';
import { findParaphrases } from './paraphrases';
import type { PerspectiveBlock } from './perspectives';
import { findQuotes } from './quotes';
import type { ProseSentence } from './statements';
import type { TensionLine } from './tensions';

export interface StoryClaims {
  claims: ClaimCollector;
  /** The tensions with the claims each side states. */
  tensions: (TensionLine & { sideClaimIds: { sideA: string[]; sideB: string[] } })[];
  /** Prose sentences that cite nothing, which therefore become no statement. */
  uncited: ProseSentence[];
}

type Section = ClaimNode['section'];

/** Where a passage stands and what closes it: the words of a claim cut out of it are found in `text`. */
interface Passage {
  section: Section;
  line: number;
  /** Where `text` starts on its line, to order mentions as written. */
  offset: number;
  text: string;
  refs: number[];
}

/** A quotation no cue attributes: a label, a mention of a claim only if the words were claimed elsewhere. */
interface LabelQuote {
  passage: Passage;
  span: string;
  start: number;
  scope: CitationScope;
  /** The tension side the label names, whose claims it joins. */
  side?: string[];
}

/**
 * The claims the parser can read off the document:
 * - a statement of the narrator per cited prose sentence, its citations direct;
 * - a quote per quotation a cue of saying attributes (`attributeQuote`), and a paraphrase per
 *   clause of reported speech (`findParaphrases`), each the claim of the actor the text names;
 * - a framing of the narrator per tension side;
 * and a mention of an already claimed quote wherever its words recur without attribution (a label,
 * a perspective's stance, a tension side). A quotation nothing attributes and nothing claimed is
 * part of its sentence, the narrator's, and no claim of its own.
 */
export function collectStoryClaims(
  sentences: readonly ProseSentence[],
  tensions: readonly TensionLine[],
  perspectives: readonly (PerspectiveBlock & { actorIds: string[] })[],
  mentions: ActorMentions,
  kindOf: (actorId: string) => ActorKind | undefined,
  ids: ReturnType<typeof storyIds>,
): StoryClaims {
  const claims = new ClaimCollector(ids, kindOf, (actorId) => perspectiveChannel(perspectives, actorId));
  const labels: LabelQuote[] = [];

  let cursor = { line: 0, next: 0 };
  for (const sentence of sentences) {
    // Sentences of one paragraph share its line: each starts after the one before.
    const offset = cursor.line === sentence.line ? cursor.next : 0;
    cursor = { line: sentence.line, next: offset + sentence.text.length + 1 };
    const passage: Passage = { ...sentence, offset };
    if (sentence.refs.length > 0) {
      claims.add({ text: sentence.text, kind: 'statement', verbatim: false, ...at(passage, 0), words: sentence.text, citationRefs: sentence.refs, citationScope: 'direct' });
    }
    labels.push(...cutClaims(passage, claims, mentions, kindOf, 'by-clause'));
  }

  const withClaims = tensions.map((tension) => {
    const side = (which: 'sideA' | 'sideB') => {
      const { label, refs } = tension[which];
      // A side without citations of its own rests on those of its line, which close more than the side.
      const own = refs.length > 0;
      const passage: Passage = { section: 'tensions', line: tension.line, offset: tension.text.indexOf(label), text: label, refs: own ? refs : tension.refs };
      const scope: CitationScope = own ? 'direct' : 'inherited';
      const sideIds = [claims.add({ text: label, kind: 'framing', verbatim: false, ...at(passage, 0), words: label, citationRefs: passage.refs, citationScope: scope })];
      for (const quote of findQuotes(label)) labels.push({ passage, span: quote.span, start: quote.start, scope, side: sideIds });
      return sideIds;
    };
    const sideClaimIds = { sideA: side('sideA'), sideB: side('sideB') };
    const explanation: Passage = { section: 'tensions', line: tension.line, offset: tension.text.lastIndexOf(tension.explanation), text: tension.explanation, refs: tension.refs };
    labels.push(...cutClaims(explanation, claims, mentions, kindOf, 'inherited'));
    return { ...tension, sideClaimIds };
  });

  for (const block of perspectives) {
    const passage: Passage = { section: 'perspectives', line: block.stanceLine, offset: 0, text: block.stance, refs: block.stanceRefs };
    for (const quote of findQuotes(block.stance)) labels.push({ passage, span: quote.span, start: quote.start, scope: 'inherited' });
  }

  mentionClaimedLabels(labels, claims);
  return { claims, tensions: withClaims, uncited: sentences.filter((sentence) => sentence.refs.length === 0) };
}

const at = (passage: Passage, start: number) => ({ section: passage.section, line: passage.line, offset: passage.offset + start });

/**
 * Adds the attributed quotes and paraphrases of a passage and returns its unattributed quotations.
 * Citations that close the passage close its last clause: a claim alone there cites them directly,
 * any other inherits them (`by-clause`); a passage whose citations close a whole line of several
 * claims passes them on as inherited to all.
 */
function cutClaims(
  passage: Passage,
  claims: ClaimCollector,
  mentions: ActorMentions,
  kindOf: (actorId: string) => ActorKind | undefined,
  scoping: 'by-clause' | 'inherited',
): LabelQuote[] {
  const { text } = passage;
  const named = mentions.find(text);
  const quotes = findQuotes(text);
  /** Each claim cut out of the passage, and where its words end. */
  const cut: { claim: Omit<ClaimOccurrence, 'citationScope' | 'citationRefs'>; end: number }[] = [];
  const labels: LabelQuote[] = [];
  for (const quote of quotes) {
    const attribution = attributeQuote(text, quote, quotes, named, kindOf);
    if (!attribution) {
      labels.push({ passage, span: quote.span, start: quote.start, scope: 'inherited' });
      continue;
    }
    const { span, actorId, channel } = attribution;
    const creditedTo = { actorId, ...(channel && { channel }) };
    const claim = { text: quote.span, kind: 'quote' as const, quote: quote.span, verbatim: true, ...at(passage, span.start), words: text.slice(span.start, span.end), creditedTo };
    cut.push({ claim, end: span.end });
  }
  for (const paraphrase of findParaphrases(text, quotes, named)) {
    const { claim, span, actorId } = paraphrase;
    const channel = attributeChannel(text, claim.start);
    const creditedTo = { actorId, ...(channel && { channel }) };
    const reported = { text: text.slice(claim.start, claim.end), kind: 'statement' as const, verbatim: false, ...at(passage, span.start), words: text.slice(span.start, span.end), creditedTo };
    cut.push({ claim: reported, end: span.end });
  }
  const finalStart = finalClauseStart(text);
  const inFinal = cut.filter((claim) => claim.end > finalStart);
  for (const entry of cut.sort((a, b) => a.claim.offset - b.claim.offset)) {
    const direct = scoping === 'by-clause' && passage.refs.length > 0 && inFinal.length === 1 && inFinal[0] === entry;
    claims.add({ ...entry.claim, citationRefs: passage.refs, citationScope: direct ? 'direct' : 'inherited' });
  }
  return labels;
}

/** The channel of reported speech, read like a quotation's: from the wording of its clause. */
function attributeChannel(text: string, at: number): Channel | undefined {
  const clause = clauseAround(text, at);
  return channelOf(text.slice(clause.start, clause.end), at - clause.start);
}

/**
 * A label that repeats the words of a quote claimed elsewhere ("Whitfield's public account
 * ('acted as quickly as the facts allowed')") is one more mention of that claim — and a tension
 * side's label joins the claim to the side.
 */
function mentionClaimedLabels(labels: readonly LabelQuote[], claims: ClaimCollector): void {
  const quotes = claims.quotes();
  for (const label of labels) {
    const folded = ` ${foldText(label.span)} `;
    const claimed = quotes.find(({ quote }) => folded.includes(` ${foldText(quote)} `));
    if (!claimed) continue;
    const inside = label.passage.text.toLowerCase().indexOf(claimed.quote.toLowerCase(), label.start);
    const start = inside < 0 ? label.start + 1 : inside;
    const words = inside < 0 ? label.span : label.passage.text.slice(inside, inside + claimed.quote.length);
    claims.add({
      text: claimed.quote,
      kind: 'quote',
      quote: claimed.quote,
      verbatim: true,
      ...at(label.passage, start),
      words,
      citationRefs: label.passage.refs,
      citationScope: label.scope,
    });
    if (label.side && !label.side.includes(claimed.id)) label.side.push(claimed.id);
  }
}

/** The one channel the actor's perspectives name ("Lumina Health security team (internal)"), if they name one. */
function perspectiveChannel(perspectives: readonly (PerspectiveBlock & { actorIds: string[] })[], actorId: string): Channel | undefined {
  const channels = new Set(perspectives.flatMap((block) => (block.actorIds.includes(actorId) && block.name.channel ? [block.name.channel] : [])));
  return channels.size === 1 ? [...channels][0] : undefined;
}
