import type { storyIds } from '../../model/ids';
import { type AssertionNode, type ClaimNode, type CitationScope, evidenceRefs, type MentionNode } from '../../model/story-graph';

/** One place the document states a claim, as the parser reads it. */
export interface ClaimOccurrence {
  text: string;
  kind: ClaimNode['kind'];
  quote?: string;
  verbatim: boolean;
  /** The actor the words are attributed to; the narrator when they are the story's own. */
  speakerId: string;
  section: ClaimNode['section'];
  line: number;
  /** The words as written at this place. */
  words: string;
  citationRefs: number[];
  citationScope: CitationScope;
  assertedBy: Omit<AssertionNode, 'disclosures'>[];
}

/**
 * Collects claims in document order. A claim's id comes from its text, so a statement the document
 * repeats (in another section, in a tension line) is one claim with a mention per place; the first
 * occurrence fixes kind and speaker, later ones add mentions and assertions.
 */
export class ClaimCollector {
  private readonly claims = new Map<string, ClaimNode>();
  private mentionCount = 0;
  /** First line of each claim, for error messages and the consistency report. */
  readonly lines = new Map<string, number>();

  constructor(private readonly ids: ReturnType<typeof storyIds>) {}

  add(occurrence: ClaimOccurrence): string {
    const { text, kind, quote, verbatim, speakerId, section, line } = occurrence;
    const id = this.ids.claim(text);
    let claim = this.claims.get(id);
    if (!claim) {
      claim = { id, text, kind, ...(quote !== undefined && { quote }), verbatim, speakerId, section, position: this.claims.size, sourceRefs: [], mentions: [], assertedBy: [], supports: [] };
      this.claims.set(id, claim);
      this.lines.set(id, line);
    }
    const mention: MentionNode = {
      id: this.mentionId(claim, section, occurrence.words),
      section,
      line,
      position: this.mentionCount++,
      text: occurrence.words,
      citationRefs: occurrence.citationRefs,
      citationScope: occurrence.citationScope,
    };
    claim.mentions.push(mention);
    claim.sourceRefs = evidenceRefs(claim.mentions);
    for (const assertion of occurrence.assertedBy) {
      const known = claim.assertedBy.some((a) => a.actorId === assertion.actorId && a.channel === assertion.channel);
      if (!known) claim.assertedBy.push({ ...assertion, disclosures: [] });
    }
    return id;
  }

  /** From the claim and the words and section of the place, so that a mention keeps its id while its words stay. */
  private mentionId(claim: ClaimNode, section: string, words: string): string {
    const base = this.ids.mention(`${claim.id} ${section} ${words}`);
    const repeats = claim.mentions.filter((m) => m.id === base || m.id.startsWith(`${base}.`)).length;
    return repeats === 0 ? base : `${base}.${repeats + 1}`;
  }

  list(): ClaimNode[] {
    return [...this.claims.values()];
  }
}


