import { foldText, type storyIds } from '../../model/ids';
import type { ActorKind, Channel, ClaimNode, CitationScope } from '../../model/story-graph';
import { attributeQuote, channelOf } from './attribution';
import { type ClaimOccurrence, ClaimCollector } from './claims';
import { clauseAround, finalClauseStart } from './clauses';
import type { ActorMentions } from './mentions';
import { findParaphrases } from './paraphrases';
import type { PerspectiveBlock } from './perspectives';
import type { OpenQuestion } from './questions';
import { findQuotes } from './quotes';
import { findReportedObjects } from './reported-objects';
import type { ProseSentence } from './statements';
import type { TensionLine } from './tensions';
import type { TimelineEntry } from './timeline';

/** The parsed sections claims are read from. */
export interface ClaimSections {
  sentences: readonly ProseSentence[];
  questions: readonly OpenQuestion[];
  timeline: readonly TimelineEntry[];
  tensions: readonly TensionLine[];
  perspectives: readonly (PerspectiveBlock & { actorIds: string[] })[];
}

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
 *   clause or noun phrase of reported speech (`findParaphrases`, `findReportedObjects`), each the
 *   claim of the actor the text names — in prose, in the cited statements of open questions, on
 *   timeline entries (whose citations close the entry, so its claims inherit them) and in tension lines;
 * - a framing of the narrator per tension side;
 * and a mention of an already claimed quote wherever its words recur without attribution (a label,
 * a perspective's stance, a tension side). A quotation nothing attributes and nothing claimed is
 * part of its sentence, the narrator's, and no claim of its own.
 */
export function collectStoryClaims(
  { sentences, questions, timeline, tensions, perspectives }: ClaimSections,
  mentions: ActorMentions,
  kindOf: (actorId: string) => ActorKind | undefined,
  ids: ReturnType<typeof storyIds>,
): StoryClaims {
  const claims = new ClaimCollector(ids, kindOf, (actorId) => perspectiveChannel(perspectives, actorId));
  const labels: LabelQuote[] = [];

  // Passages in document order, so that a claim's section and position are those of its first mention.
  const passages: { passage: Passage; scoping: Scoping; statement: boolean }[] = [];
  let cursor = { line: 0, next: 0 };
  for (const sentence of sentences) {
    // Sentences of one paragraph share its line: each starts after the one before.
    const offset = cursor.line === sentence.line ? cursor.next : 0;
    cursor = { line: sentence.line, next: offset + sentence.text.length + 1 };
    passages.push({ passage: { ...sentence, offset }, scoping: 'by-clause', statement: sentence.refs.length > 0 });
  }
  for (const question of questions) {
    // A question asserts nothing; a statement it makes and cites before asking does ("X pledged N [4] — but …?").
    for (const clause of question.clauses.filter((c) => c.refs.length > 0 && isStatement(c.text))) {
      passages.push({ passage: { section: 'questions', line: question.line, ...clause }, scoping: 'by-clause', statement: false });
    }
  }
  for (const entry of timeline) {
    passages.push({ passage: { section: 'timeline', line: entry.line, offset: 0, text: entry.text, refs: entry.refs }, scoping: 'inherited', statement: false });
  }
  for (const { passage, scoping, statement } of passages.sort((a, b) => a.passage.line - b.passage.line)) {
    if (statement) {
      claims.add({ text: passage.text, kind: 'statement', verbatim: false, ...at(passage, 0), words: passage.text, citationRefs: passage.refs, citationScope: 'direct' });
    }
    labels.push(...cutClaims(passage, claims, mentions, kindOf, scoping).labels);
  }

  const withClaims = tensions.map((tension) => {
    const side = (which: 'sideA' | 'sideB') => {
      const { label, refs } = tension[which];
      // A side without citations of its own rests on those of its line, which close more than the side.
      const own = refs.length > 0;
      const passage: Passage = { section: 'tensions', line: tension.line, offset: tension.text.indexOf(label), text: label, refs: own ? refs : tension.refs };
      const scope: CitationScope = own ? 'direct' : 'inherited';
      const sideIds = [claims.add({ text: label, kind: 'framing', verbatim: false, ...at(passage, 0), words: label, citationRefs: passage.refs, citationScope: scope })];
      // What the side reports an actor said ("Zuckerberg's reassurance of no further cuts") stands on the side too.
      const cut = cutClaims(passage, claims, mentions, kindOf, own ? 'by-clause' : 'inherited');
      sideIds.push(...cut.claimIds.filter((id) => !sideIds.includes(id)));
      for (const quote of cut.labels) labels.push({ ...quote, scope, side: sideIds });
      return sideIds;
    };
    const sideClaimIds = { sideA: side('sideA'), sideB: side('sideB') };
    const explanation: Passage = { section: 'tensions', line: tension.line, offset: tension.text.lastIndexOf(tension.explanation), text: tension.explanation, refs: tension.refs };
    labels.push(...cutClaims(explanation, claims, mentions, kindOf, 'inherited').labels);
    return { ...tension, sideClaimIds };
  });

  for (const block of perspectives) {
    const passage: Passage = { section: 'perspectives', line: block.stanceLine, offset: 0, text: block.stance, refs: block.stanceRefs };
    for (const quote of findQuotes(block.stance)) labels.push({ passage, span: quote.span, start: quote.start, scope: 'inherited' });
  }

  mentionClaimedLabels(labels, claims);
  return { claims, tensions: withClaims, uncited: sentences.filter((sentence) => sentence.refs.length === 0) };
}

type Scoping = 'by-clause' | 'inherited';

/** Words that open a question rather than a statement. */
const INTERROGATIVE = /^(?:did|does|do|will|would|is|are|was|were|can|could|should|shall|may|might|must|has|have|had|how|what|which|who|whom|whose|why|when|where|whether)\b/i;

const isStatement = (text: string) => !/\?['’"”)]*$/.test(text) && !INTERROGATIVE.test(text);

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
  scoping: Scoping,
): { labels: LabelQuote[]; claimIds: string[] } {
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
    const { span, actorId, channel, completes } = attribution;
    const creditedTo = { actorId, ...(channel && { channel }) };
    // The narrator's words a quotation completes, and the quotation in its marks: verbatim only in its `quote`.
    const claimText = completes ? `${text.slice(completes.start, completes.end)} ${text.slice(quote.start, quote.end)}` : quote.span;
    const claim = { text: claimText, kind: 'quote' as const, quote: quote.span, verbatim: !completes, ...at(passage, span.start), words: text.slice(span.start, span.end), creditedTo };
    cut.push({ claim, end: span.end });
  }
  for (const paraphrase of [...findParaphrases(text, quotes, named), ...findReportedObjects(text, quotes, named)]) {
    const { claim, span, actorId } = paraphrase;
    const channel = attributeChannel(text, claim.start);
    const creditedTo = { actorId, ...(channel && { channel }) };
    const reported = { text: text.slice(claim.start, claim.end), kind: 'statement' as const, verbatim: false, ...at(passage, span.start), words: text.slice(span.start, span.end), creditedTo };
    cut.push({ claim: reported, end: span.end });
  }
  const finalStart = finalClauseStart(text);
  const inFinal = cut.filter((claim) => claim.end > finalStart);
  const claimIds = cut
    .sort((a, b) => a.claim.offset - b.claim.offset)
    .map((entry) => {
      const direct = scoping === 'by-clause' && passage.refs.length > 0 && inFinal.length === 1 && inFinal[0] === entry;
      return claims.add({ ...entry.claim, citationRefs: passage.refs, citationScope: direct ? 'direct' : 'inherited' });
    });
  return { labels, claimIds };
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
      text: claimed.text,
      kind: 'quote',
      quote: claimed.quote,
      verbatim: claimed.verbatim,
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
