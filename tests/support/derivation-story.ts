import { StoryGraphDocument } from '../../src/model/story-graph';

/**
 * A small made-up story whose sources derive from one another further than the seed's single
 * hops: a straight chain longer than provenance follows, and a diamond whose far end two paths reach.
 *
 *   [1] → hop-2 → hop-3 → hop-4 → hop-5 → hop-6 → hop-7        (six hops; provenance stops at five)
 *   [2] → left, [2] → right, left → joint, right → joint, joint → origin
 */

const STORY = 'derivation-chains';
export const DERIVATION_STORY_ID = `story:${STORY}`;
const PUBLISHER = 'actor:derivation-chains-desk';
const NARRATOR = `actor:narrator:${STORY}`;
export const derivationSourceId = (key: string | number) => `source:${STORY}:${key}`;
export const derivationClaimId = (key: string) => `claim:${STORY}:${key}`;

const source = (key: string | number, derivedFrom: (string | number)[], ref?: number) => ({
  id: derivationSourceId(key),
  ...(ref === undefined ? {} : { ref }),
  title: `Source ${key}`,
  publisher: 'Derivation Desk',
  publisherId: PUBLISHER,
  kind: 'article' as const,
  derivedFrom: derivedFrom.map((from) => ({ sourceId: derivationSourceId(from), how: `relays ${from}` })),
});

const claim = (key: string, position: number, sourceRefs: number[], supports: string[] = []) => ({
  id: derivationClaimId(key),
  text: `The ${key} claim.`,
  kind: 'statement' as const,
  verbatim: false,
  speakerId: NARRATOR,
  section: 'what' as const,
  position,
  sourceRefs,
  supports: supports.map(derivationClaimId),
  mentions: [{ id: `mention:${STORY}:${key}`, section: 'what' as const, line: position + 1, position, text: `The ${key} claim.`, citationRefs: sourceRefs, citationScope: 'direct' as const }],
});

export const derivationStory = StoryGraphDocument.parse({
  format: 'claimgraph/story-graph@1',
  story: {
    id: DERIVATION_STORY_ID,
    title: 'Derivation chains',
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    itemCount: 2,
    what: 'Sources relaying sources.',
    whyItMatters: 'Provenance has to follow them.',
    narratorId: NARRATOR,
  },
  actors: [
    { id: PUBLISHER, name: 'Derivation Desk', kind: 'outlet' },
    { id: NARRATOR, name: 'Narrator of “Derivation chains”', kind: 'narrator' },
  ],
  sources: [
    source(1, ['hop-2'], 1),
    ...[2, 3, 4, 5, 6].map((n) => source(`hop-${n}`, [`hop-${n + 1}`])),
    source('hop-7', []),
    source(2, ['left', 'right'], 2),
    source('left', ['joint']),
    source('right', ['joint']),
    source('joint', ['origin']),
    source('origin', []),
  ],
  claims: [claim('chain', 0, [1], ['diamond']), claim('diamond', 1, [2]), claim('uncited', 2, [], ['diamond'])],
  events: [],
  questions: [],
  perspectives: [],
  tensions: [],
});
