import { describeFinding, findingNodeId } from '../../ingest/consistency-report';
import { diffStoryVersions } from '../../model/story-diff';
import { CredibilityGrades, DiffArgs, DiscountArgs, Discounting, VersionArgs } from '../arguments';
import { storyConsistency } from '../../ingest/story-consistency';
import { storyVersionsFromGraph } from '../story-documents';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { RelationName } from '../loaders/relations';
import type { ActorRow, ClaimRow, StoryGraphRow, StoryRow, StoryStatsRow, StoryVersionRow } from '../rows';
import { apiError } from '../errors';
import { listBound } from '../list-bounds';
import { validate } from '../validate';
import { actorPairsOf } from './actor-pair';
import { aggregateOf } from './aggregates';
import { credibilityOf } from './credibility';
import { neighbours, requiredNode, sliceOf, type SliceArgs } from './neighbours';
import { loadAnyNode } from './node-types';
import { retractionImpact } from './retraction-impact';
import { versionAsOf } from './version-as-of';

/** The version a Story field reads: its `version`, the newest recorded by its `asOf`, or null for the newest. */
async function version(story: StoryRow, args: { version?: number | null; asOf?: string | null }, ctx: RequestContext): Promise<number | null> {
  const { version: number, asOf } = validate(VersionArgs, { version: args.version, asOf: args.asOf }, 'version');
  return asOf == null ? (number ?? null) : versionAsOf(ctx, story.id, asOf);
}

/** A story's member list at the asked version. */
const members =
  <T>(relation: RelationName) =>
  async (story: StoryRow, args: SliceArgs & { version?: number | null; asOf?: string | null }, ctx: RequestContext) => {
    const number = await version(story, args, ctx);
    return neighbours<T>(ctx, relation, story.id, { first: args.first, at: number == null ? null : { version: number, storyId: story.id } });
  };

/** Every claim of a story version, to grade them all: one past Story.claims' bound, so that a larger story is refused, not graded in part. */
async function allClaims(ctx: RequestContext, storyId: string, at: { version: number; storyId: string } | null): Promise<ClaimRow[]> {
  const max = listBound('Story', 'claims');
  const claims = await neighbours<ClaimRow>(ctx, 'storyClaims', storyId, { first: max + 1, at });
  if (claims.length > max) throw apiError('RESULT_TOO_LARGE', `Story ${storyId} holds more than the ${max} claims claimsByCredibility grades.`, { field: 'Story.claimsByCredibility', limit: max });
  return claims;
}

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
      const number = await version(story, args, ctx);
      if (number == null) return retractionImpact(ctx, story.id, args.evidence, discount);
      // Read at that version, and marked with it so that the fields under it read there too (resolve-at-version.ts).
      const at = { version: number, storyId: story.id };
      const impact = await retractionImpact({ ...ctx, loaders: ctx.loaders.at(at) }, story.id, args.evidence, discount);
      return { ...impact, atVersion: at.version, atStoryId: at.storyId };
    },
    graph: async (story, args, ctx) => {
      // story-graph.cypher lists each node and each edge once.
      return (await ctx.loaders.storyGraph<StoryGraphRow>(story.id, await version(story, args, ctx))) ?? { nodes: [], edges: [] };
    },
    aggregates: async (story, args, ctx) => {
      const number = await version(story, args, ctx);
      return aggregateOf(ctx, [story.id], args.by, number == null ? null : { version: number, storyId: story.id });
    },
    claimsByCredibility: async (story, args, ctx) => {
      const grades = validate(CredibilityGrades, args.grades, 'grades');
      const discountedIds = validate(Discounting, args.discounting, 'discounting');
      const number = await version(story, args, ctx);
      const at = number == null ? null : { version: number, storyId: story.id };
      // Graded at that version, and marked with it so that the fields under each answer read there too (resolve-at-version.ts).
      const readCtx = at ? { ...ctx, loaders: ctx.loaders.at(at) } : ctx;
      const graded = await Promise.all((await allClaims(ctx, story.id, at)).map((claim) => credibilityOf(readCtx, claim, args.evidence, discountedIds)));
      const chosen = graded.filter((row) => grades.includes(row.rating)).slice(0, sliceOf(args).first);
      return at ? chosen.map((row) => ({ ...row, atVersion: at.version, atStoryId: at.storyId })) : chosen;
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
