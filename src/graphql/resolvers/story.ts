import { describeFinding, findingNodeId } from '../../ingest/consistency-report';
import { diffStoryVersions } from '../../model/story-diff';
import { CredibilityFilter, DiffArgs, DiscountArgs, Discounting, VersionArgs } from '../arguments';
import { storyConsistency } from '../../ingest/story-consistency';
import { storyVersionsFromGraph } from '../story-documents';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { RelationName } from '../loaders/relations';
import type { ActorRow, StoryGraphRow, StoryRow, StoryStatsRow, StoryVersionRow } from '../rows';
import { validate } from '../validate';
import { actorPairsOf } from './actor-pair';
import { claimsByCredibility } from './credibility';
import { circularReporting, type FoundCircularReporting } from './circular-reporting';
import { aggregateOf } from './aggregates';
import { neighbours, requiredNode, sliceOf, type SliceArgs } from './neighbours';
import { loadAnyNode } from './node-types';
import { retractionImpact } from './retraction-impact';
import { versionAsOf } from './version-as-of';

/** The version a Story field reads: its `version`, the newest recorded by its `asOf`, or null for the newest. */
async function version(story: StoryRow, args: { version?: number | null; asOf?: string | null }, ctx: RequestContext): Promise<number | null> {
  const { version: number, asOf } = validate(VersionArgs, { version: args.version, asOf: args.asOf }, 'version');
  return asOf == null ? (number ?? null) : versionAsOf(ctx, story.id, asOf);
}

/**
 * An analytic of a story read at the asked version: with one, read through loaders at it, and marked
 * with it so that the fields under it read there too (resolve-at-version.ts).
 */
async function atStoryVersion<T extends object>(
  story: StoryRow,
  args: { version?: number | null; asOf?: string | null },
  ctx: RequestContext,
  read: (at: RequestContext) => Promise<T>,
): Promise<T> {
  const number = await version(story, args, ctx);
  if (number == null) return read(ctx);
  const at = { version: number, storyId: story.id };
  return { ...(await read({ ...ctx, loaders: ctx.loaders.at(at) })), atVersion: at.version, atStoryId: at.storyId };
}

/** A story's member list at the asked version. */
const members =
  <T>(relation: RelationName) =>
  async (story: StoryRow, args: SliceArgs & { version?: number | null; asOf?: string | null }, ctx: RequestContext) => {
    const number = await version(story, args, ctx);
    return neighbours<T>(ctx, relation, story.id, { first: args.first, at: number == null ? null : { version: number, storyId: story.id } });
  };

export const storyResolvers: Resolvers = {
  Story: {
    narrator: (story, _, ctx) => requiredNode<ActorRow>(ctx.loaders, 'Actor', story.narratorId),
    versions: (story, args, ctx) => ctx.loaders.storyVersions<StoryVersionRow>(story.id, sliceOf(args).first),
    actors: members('storyActors'),
    sources: members('storySources'),
    claims: members('storyClaims'),
    timeline: members('storyEvents'),
    questions: members('storyQuestions'),
    perspectives: members('storyPerspectives'),
    tensions: members('storyTensions'),
    stats: async (story, args, ctx) => {
      const stats = await ctx.loaders.storyStats<StoryStatsRow>(story.id, await version(story, args, ctx));
      if (!stats) throw new Error(`Story ${story.id} vanished while it was being read`);
      return stats;
    },
    diff: async (story, args, ctx) => {
      const { from, to } = validate(DiffArgs, args, 'diff');
      const [before, after] = await storyVersionsFromGraph(ctx.db, story.id, [from, to]);
      if (!before || !after) throw new Error('storyVersionsFromGraph answers every version asked');
      return diffStoryVersions(before.document, after.document);
    },
    consistency: async (story, args, ctx) => {
      const number = (await version(story, args, ctx)) ?? story.version;
      const [stored] = await storyVersionsFromGraph(ctx.db, story.id, [number]);
      if (!stored) throw new Error('storyVersionsFromGraph answers every version asked');
      const report = storyConsistency(stored);
      return { ...report, file: report.file ?? null, version: number };
    },
    retractionImpact: async (story, args, ctx) => {
      const discount = validate(DiscountArgs, args.discount, 'discount');
      return atStoryVersion(story, args, ctx, (at) => retractionImpact(at, story.id, args.evidence, discount));
    },
    retractions: (story, args, ctx) => atStoryVersion(story, args, ctx, (at) => retractionImpact(at, story.id, args.evidence, 'recorded')),
    circularReporting: (story, args, ctx) =>
      atStoryVersion(story, args, ctx, async (at) => circularReporting(at, await at.loaders.storyCircularReporting<FoundCircularReporting>(story.id, args.evidence), args.evidence)),
    graph: async (story, args, ctx) => {
      // story-graph.cypher lists each node and each edge once.
      return (await ctx.loaders.storyGraph<StoryGraphRow>(story.id, await version(story, args, ctx))) ?? { nodes: [], edges: [] };
    },
    aggregates: async (story, args, ctx) => {
      const number = await version(story, args, ctx);
      return aggregateOf(ctx, [story.id], args.by, number == null ? null : { version: number, storyId: story.id });
    },
    claimsByCredibility: async (story, args, ctx) => {
      const filter = validate(CredibilityFilter, { grades: args.grades, maxOrigins: args.maxOrigins }, 'claimsByCredibility');
      const discountedIds = validate(Discounting, args.discounting, 'discounting');
      const number = await version(story, args, ctx);
      const at = number == null ? null : { version: number, storyId: story.id };
      return claimsByCredibility(ctx, [{ storyId: story.id, at }], filter, args.evidence, discountedIds, sliceOf(args).first);
    },
    actorContradictions: async (story, args, ctx) => {
      const number = await version(story, args, ctx);
      return actorPairsOf(ctx, [story.id], args.relation, sliceOf(args).first, number == null ? null : { version: number, storyId: story.id });
    },
  },
  ConsistencyFinding: {
    message: (finding) => describeFinding(finding),
    node: (finding, _, ctx) => {
      const id = findingNodeId(finding);
      return id ? loadAnyNode(id, ctx) : null;
    },
  },
  DiffItem: { node: (item, _, ctx) => loadAnyNode(item.id, ctx) },
  DiffChange: { node: (item, _, ctx) => loadAnyNode(item.id, ctx) },
  FieldChange: {
    before: (change) => (change.before === null ? null : JSON.stringify(change.before)),
    after: (change) => (change.after === null ? null : JSON.stringify(change.after)),
  },
};
