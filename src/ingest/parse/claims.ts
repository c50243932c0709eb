import type { storyIds } from '../../model/ids';
import { type ActorKind, type Channel, type ClaimNode, type CitationScope, evidenceRefs, type MentionNode } from '../../model/story-graph';

/** One place the document states a claim, as the parser reads it. */
export interface ClaimOccurrence {
  text: string;
  kind: ClaimNode['kind'];
  quote?: string;
  verbatim: boolean;
  section: ClaimNode['section'];
  line: number;
  /** Where on the line the words start, to order mentions as written. */
  offset: number;
  /** The words as written at this place. */
  words: string;
  citationRefs: number[];
  citationScope: CitationScope;
  /** The actor these words give the claim to, and the channel their wording names; absent for the narrator's own words and for labels. */
  creditedTo?: { actorId: string; channel?: Channel };
}

interface Place {
  mention: MentionNode;
  offset: number;
  creditedTo?: ClaimOccurrence['creditedTo'];
}

/**
 * Collects claims in document order. A claim's id comes from its text (a quote's: the quoted
 * words), so a statement the document repeats — in another section, in a tension line — is one claim
 * with a mention per place. Its speaker is the person the places credit it to, else the first
 * actor they credit, else the narrator; a place that credits someone else records that on its
 * mention (`attributedToId`) rather than choosing.
 */
export class ClaimCollector {
  private readonly claims = new Map<string, { claim: Omit<ClaimNode, 'mentions' | 'speakerId' | 'assertedBy' | 'sourceRefs'>; places: Place[] }>();
  /** First line of each claim, for error messages and the consistency report. */
  readonly lines = new Map<string, number>();

  constructor(
    private readonly ids: ReturnType<typeof storyIds>,
    private readonly kindOf: (actorId: string) => ActorKind | undefined,
    /** Where the wording names no channel: the one the actor's perspectives name, if any. */
    private readonly usualChannel: (actorId: string) => Channel | undefined,
  ) {}

  add(occurrence: ClaimOccurrence): string {
    const { text, kind, quote, verbatim, section, line } = occurrence;
    const id = this.ids.claim(text);
    let entry = this.claims.get(id);
    if (!entry) {
      entry = { claim: { id, text, kind, ...(quote !== undefined && { quote }), verbatim, section, position: this.claims.size, supports: [] }, places: [] };
      this.claims.set(id, entry);
      this.lines.set(id, line);
    }
    const mention: MentionNode = {
      id: this.mentionId(id, entry.places, section, occurrence.words),
      section,
      line,
      position: 0,
      text: occurrence.words,
      citationRefs: occurrence.citationRefs,
      citationScope: occurrence.citationScope,
    };
    entry.places.push({ mention, offset: occurrence.offset, ...(occurrence.creditedTo && { creditedTo: occurrence.creditedTo }) });
    return id;
  }

  /** The verbatim quote claims so far, for places that repeat their words without attributing them. */
  quotes(): { id: string; text: string; quote: string; verbatim: boolean }[] {
    return [...this.claims.values()].flatMap(({ claim }) =>
      claim.kind === 'quote' && claim.quote !== undefined ? [{ id: claim.id, text: claim.text, quote: claim.quote, verbatim: claim.verbatim }] : [],
    );
  }

  /** From the claim and the words and section of the place, so that a mention keeps its id while its words stay. */
  private mentionId(claimId: string, places: readonly Place[], section: string, words: string): string {
    const base = this.ids.mention(`${claimId} ${section} ${words}`);
    const repeats = places.filter(({ mention: m }) => m.id === base || m.id.startsWith(`${base}.`)).length;
    return repeats === 0 ? base : `${base}.${repeats + 1}`;
  }

  list(): ClaimNode[] {
    // Mentions are numbered as written: by line, then by where on the line.
    const order = [...this.claims.values()]
      .flatMap(({ places }) => places)
      .sort((a, b) => a.mention.line - b.mention.line || a.offset - b.offset);
    order.forEach((place, position) => (place.mention.position = position));
    return [...this.claims.values()].map(({ claim, places: added }) => {
      const places = added.sort((a, b) => a.mention.position - b.mention.position);
      const credits = places.flatMap((place) => (place.creditedTo ? [place.creditedTo] : []));
      const speaker = credits.find((credit) => this.kindOf(credit.actorId) === 'person') ?? credits[0];
      const mentions = places.map(({ mention, creditedTo }) =>
        creditedTo && creditedTo.actorId !== speaker?.actorId ? { ...mention, attributedToId: creditedTo.actorId } : mention,
      );
      return {
        ...claim,
        speakerId: speaker?.actorId ?? this.ids.narrator,
        sourceRefs: evidenceRefs(mentions),
        mentions,
        assertedBy: speaker ? [{ actorId: speaker.actorId, channel: speaker.channel ?? this.usualChannel(speaker.actorId) ?? 'public', disclosures: [] }] : [],
      };
    });
  }
}
