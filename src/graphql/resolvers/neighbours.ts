import { DerivationKindSchema } from '../../model/derivations';
import { Channel as ChannelSchema } from '../../model/story-graph';
import type { RequestContext } from '../context';
import { listBound } from '../list-bounds';
import type { RelationName } from '../loaders/relations';
import type { NodeLabel } from '../../model/graph-vocabulary';
import type { AtVersion, Loaders, Related, RelationSlice } from '../loaders/create-loaders';
import { PUBLISHER_SLICE } from '../loaders/provenance-loader';
import type { AssertionRow, ActorRow, ClaimRow, DerivationRow, DisclosureRow, SourceRow } from '../rows';

/** The arguments of a bounded list field, whose `first` bounded-lists.ts has set before the resolver runs. */
export interface SliceArgs {
  /** A story's member lists take `version`; other fields read at their parent's version (resolve-at-version.ts). */
  at?: AtVersion | null;
  first?: number | null;
}

/** Assertion.disclosures takes no `first`: its bound is the slice. */
const DISCLOSURES_SLICE = { first: listBound('Assertion', 'disclosures') } as const;

/** The slice a bounded list field asks for. */
export function sliceOf(args: SliceArgs): RelationSlice {
  if (args.first == null) throw new Error('first is unset: the field has no @listBound in schema.graphql');
  return { at: args.at, first: args.first };
}

/** The nodes at the other end of a relationship field, in the field's order, at most `first`. */
export const neighbours = async <T>(ctx: RequestContext, name: RelationName, id: string, args: SliceArgs) =>
  (await ctx.loaders.related<T>(name, id, sliceOf(args))).map((item) => item.node);

/** The one node at the other end of a to-one relationship field, or null. */
export const neighbour = async <T>(ctx: RequestContext, name: RelationName, id: string): Promise<T | null> =>
  (await neighbours<T>(ctx, name, id, { first: 1 }))[0] ?? null;

/** A node every edge of the graph guarantees (a claim's story, a source's publisher). */
export async function requiredNode<T>(loaders: Loaders, label: NodeLabel, id: string): Promise<T> {
  const node = await loaders.node<T>(label, id);
  if (!node) throw new Error(`Graph inconsistency: ${label} ${id} is referenced but missing`);
  return node;
}

/** Nodes by id, in the order given, without those the graph no longer holds (pruned with a retracted version). */
export const presentNodes = async <T>(loaders: Loaders, label: NodeLabel, ids: readonly string[]): Promise<T[]> =>
  (await Promise.all(ids.map((id) => loaders.node<T>(label, id)))).filter((node): node is Awaited<T> & {} => node !== null) as T[];

/** Nodes by id, in the order given, each one an edge or an analytic's answer guarantees. */
export const requiredNodes = <T>(loaders: Loaders, label: NodeLabel, ids: readonly string[]): Promise<T[]> =>
  Promise.all(ids.map((id) => requiredNode<T>(loaders, label, id)));

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const channel = (value: unknown) => ChannelSchema.parse(value);
const derivationKindOf = (value: unknown) => DerivationKindSchema.parse(value);

/** A claim's ASSERTS edges, from the actors at their other end. */
export const assertionsOf = (claim: ClaimRow, items: Related<ActorRow>[]): AssertionRow[] =>
  items.map(({ node, edge }) => ({ actor: node, claim, channel: channel(edge.channel), at: text(edge.at) }));

export async function claimAssertions(ctx: RequestContext, claim: ClaimRow, args: SliceArgs): Promise<AssertionRow[]> {
  return assertionsOf(claim, await ctx.loaders.related<ActorRow>('claimAssertions', claim.id, sliceOf(args)));
}

export async function actorAssertions(ctx: RequestContext, actor: ActorRow, args: SliceArgs): Promise<AssertionRow[]> {
  const items = await ctx.loaders.related<ClaimRow>('actorAssertions', actor.id, sliceOf(args));
  return items.map(({ node, edge }) => ({ actor, claim: node, channel: channel(edge.channel), at: text(edge.at) }));
}

/**
 * The disclosures of one assertion: the claim's DISCLOSED_THROUGH edges of that actor. A claim has
 * few, so all of them (at most the field's bound) are read and the assertion's picked out.
 */
export async function assertionDisclosures(ctx: RequestContext, assertion: AssertionRow): Promise<DisclosureRow[]> {
  const items = await ctx.loaders.related<SourceRow>('claimDisclosures', assertion.claim.id, DISCLOSURES_SLICE);
  return items
    .filter(({ edge }) => edge.actorId === assertion.actor.id)
    .map(({ node, edge }) => ({ channel: channel(edge.channel), at: text(edge.at), source: node }));
}

/** Direct DERIVED_FROM edges of a source, either way round. */
export async function derivations(
  ctx: RequestContext,
  sourceId: string,
  direction: 'sourceDerivedFrom' | 'sourceDerivatives',
  args: SliceArgs,
): Promise<DerivationRow[]> {
  const items = await ctx.loaders.related<{ id: string }>(direction, sourceId, sliceOf(args));
  return items.map(({ node, edge }) =>
    direction === 'sourceDerivedFrom'
      ? { sourceId, fromId: node.id, how: text(edge.how), kind: derivationKindOf(edge.kind), depth: 1 }
      : { sourceId: node.id, fromId: sourceId, how: text(edge.how), kind: derivationKindOf(edge.kind), depth: 1 },
  );
}

/** A source's one publisher, or null for an item the story does not say who made public (a leak). */
export async function sourcePublisher(ctx: RequestContext, sourceId: string): Promise<ActorRow | null> {
  const [publisher] = await neighbours<ActorRow>(ctx, 'sourcePublisher', sourceId, PUBLISHER_SLICE);
  return publisher ?? null;
}
