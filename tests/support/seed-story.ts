import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { StoryGraphDocument, type SourceNode } from '../../src/model/story-graph';

/**
 * The seeded story as its curated graph document says it is: the reference the API's answers are
 * held to. Tests derive every expectation from here (or from the story text), never from the API.
 */

const seedFile = (name: string) => readFileSync(path.join(projectRoot, 'seed', name), 'utf8');

export const seed = StoryGraphDocument.parse(JSON.parse(seedFile('meta-surveillance-layoffs.graph.json')));
/** The story document the graph was curated from. */
export const seedText = seedFile('meta-surveillance-layoffs.v1.txt');
export const STORY_ID = seed.story.id;

/** An item by id; a typo in a test fails here instead of becoming an `undefined` expectation. */
export function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`The seed has no ${id}`);
  return item;
}

export function sourceByRef(ref: number): SourceNode {
  const source = seed.sources.find((candidate) => candidate.ref === ref);
  if (!source) throw new Error(`The seed has no source [${ref}]`);
  return source;
}

export const actorNamed = (name: string) => {
  const actor = seed.actors.find((candidate) => candidate.name === name);
  if (!actor) throw new Error(`The seed has no actor named ${name}`);
  return actor;
};

/** The GraphQL enum value of a model value: `social_post` is served as `SOCIAL_POST`. */
export const enumValue = (value: string) => value.toUpperCase();

/** A directed edge of the seeded graph, between ids. */
export interface SeedEdge {
  from: string;
  to: string;
}

const citing = (items: { id: string; sourceRefs: number[] }[]): SeedEdge[] =>
  items.flatMap((item) => item.sourceRefs.map((ref) => ({ from: item.id, to: sourceByRef(ref).id })));

/** Every relationship the document states, read off its own fields (not off the writer's code). */
export const seedEdges = {
  cites: citing([...seed.claims, ...seed.events, ...seed.questions, ...seed.tensions]),
  asserts: seed.claims.flatMap((claim) => claim.assertedBy.map((a) => ({ from: a.actorId, to: claim.id }))),
  supports: seed.claims.flatMap((claim) => claim.supports.map((target) => ({ from: claim.id, to: target }))),
  /** Each side-A claim of a tension against each of its side-B claims. */
  contradicts: seed.tensions.flatMap((t) => t.sideA.claimIds.flatMap((a) => t.sideB.claimIds.map((b) => ({ from: a, to: b })))),
  hasSide: seed.tensions.flatMap((t) => [...t.sideA.claimIds, ...t.sideB.claimIds].map((claim) => ({ from: t.id, to: claim }))),
  publishedBy: seed.sources.flatMap((source) => (source.publisherId === null ? [] : [{ from: source.id, to: source.publisherId }])),
  authoredBy: seed.sources.flatMap((source) => source.authorIds.map((author) => ({ from: source.id, to: author }))),
  derivedFrom: seed.sources.flatMap((source) => source.derivedFrom.map((d) => ({ from: source.id, to: d.sourceId }))),
  participatedIn: seed.events.flatMap((event) => event.participantIds.map((actor) => ({ from: actor, to: event.id }))),
  heldBy: seed.perspectives.flatMap((p) => p.holderIds.map((actor) => ({ from: p.id, to: actor }))),
  concerns: seed.questions.flatMap((q) => q.concerns.map((subject) => ({ from: q.id, to: subject }))),
  spokenBy: seed.claims.flatMap((claim) => (claim.speakerId === null ? [] : [{ from: claim.id, to: claim.speakerId }])),
  hasMention: seed.claims.flatMap((claim) => claim.mentions.map((mention) => ({ from: claim.id, to: mention.id }))),
  mentionCites: citing(seed.claims.flatMap((claim) => claim.mentions.map((m) => ({ id: m.id, sourceRefs: m.citationRefs })))),
  attributesTo: seed.claims.flatMap((claim) => claim.mentions.flatMap((m) => (m.attributedToId === undefined ? [] : [{ from: m.id, to: m.attributedToId }]))),
  disclosedThrough: seed.claims.flatMap((claim) => claim.assertedBy.flatMap((a) => a.disclosures.map((d) => ({ from: claim.id, to: d.sourceId })))),
} satisfies Record<string, SeedEdge[]>;

export const targetsOf = (edges: SeedEdge[], id: string) => edges.filter((e) => e.from === id).map((e) => e.to);
export const originsOf = (edges: SeedEdge[], id: string) => edges.filter((e) => e.to === id).map((e) => e.from);

/** Ids of one node type (by the id's prefix): a source's citing claims apart from its citing events. */
export const ofType = (type: string) => (ids: string[]) => ids.filter((id) => id.startsWith(`${type}:`));

/** The GraphQL type of a node, which its id names: `claim:…` is a Claim. */
export const typenameOf = (id: string) => {
  const prefix = id.slice(0, id.indexOf(':'));
  return `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}`;
};

/** Every node the seeded story holds (its actors included), in the document's order. */
export const seedNodeIds: string[] = [
  STORY_ID,
  ...[seed.actors, seed.sources, seed.claims, seed.events, seed.questions, seed.perspectives, seed.tensions].flatMap((items) =>
    items.map((item) => item.id),
  ),
  ...seed.claims.flatMap((claim) => claim.mentions.map((mention) => mention.id)),
];

/** Every mention of the seed's claims, with its claim, in document order. */
export const seedMentions = seed.claims.flatMap((claim) => claim.mentions.map((mention) => ({ ...mention, claimId: claim.id })));

const SECTION_TITLES = ['What', 'Why it matters', 'Open questions', 'Narrative', 'Timeline', 'Perspectives', 'Tensions', 'Sources'];

/** The lines of one section of the seed's story document, between its title and the next title. */
export function seedSectionLines(title: string): string[] {
  const lines = seedText.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) throw new Error(`The seed document has no section ${title}`);
  const end = lines.findIndex((line, i) => i > start && SECTION_TITLES.includes(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.trim() !== '');
}

/** The numbers of a text's `[n]` citations, in the order they stand. */
export const citationsIn = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
