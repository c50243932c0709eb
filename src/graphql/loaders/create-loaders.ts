import { cypherFile } from '../../db/cypher-file';
import type { Database, Params, Row } from '../../db/database';
import type { PlainValue } from '../../db/plain-value';
import { NODE_LABELS, NODE_TYPES, propertiesAt, type NodeLabel } from '../../model/graph-vocabulary';
import { nodeTypeOf } from '../../model/ids';
import { listBound } from '../list-bounds';
import { listLoader, loaderFamily, nodeLoader, type RowsSeen } from './batch-loaders';
import { withNamedNodes } from './named-nodes';
import { provenanceLoader, type LoadedProvenance } from './provenance-loader';
import { relationQuery, twoWayOf, twoWayQuery, type RelationName, type TwoWayName } from './relations';

/** A neighbour reached through a relationship field, with the edge's own properties. */
export interface Related<T> {
  node: T;
  edge: Record<string, PlainValue>;
}

/** A read at one version of one story; the story bounds it, since an actor's lists reach into other stories. */
export interface AtVersion {
  version: number;
  /** Null for a read that stays inside one story (its stats, a claim's provenance). */
  storyId: string | null;
}

const versionKey = (at: AtVersion | null | undefined) => (at == null ? 'current' : JSON.stringify([at.version, at.storyId]));
const atOf = (variant: string): AtVersion | null => {
  if (variant === 'current') return null;
  const [version, storyId] = JSON.parse(variant) as [number, string | null];
  return { version, storyId };
};
/** A read's version; `newest`: whether it reads the newest version, which editors' curation amends (a statement's own flag, beside the version condition). */
const versionParam = (variant: string) => ({ version: atOf(variant)?.version ?? null, storyId: atOf(variant)?.storyId ?? null, newest: atOf(variant) === null });
/** A read at a version number alone. */
const numberKey = (version: number | null | undefined) => versionKey(version == null ? null : { version, storyId: null });

/** Which slice of a relation field a loader reads: the story version and at most how many neighbours. */
export interface RelationSlice {
  at?: AtVersion | null;
  /** The field's `first`, which list-bounds.ts has set to the field's `@listBound` when the client gave none. */
  first: number;
}
const sliceKey = (slice: RelationSlice) => `${slice.first}@${versionKey(slice.at)}`;
const sliceParams = (variant: string) => {
  const [first, version] = splitOnce(variant) as [string, string];
  return { ...versionParam(version), first: Number(first) };
};

/** The same loaders (and caches), reading at `version` where a field gives none: what is read from a versioned row. */
export interface VersionedLoaders<View> {
  at(version: AtVersion): View & VersionedLoaders<View>;
}

/** Rows come from claimgraph's own writer in the shapes of src/graphql/rows.ts: the one cast. */
/** At most this many ends are followed from one cited source, one way to each (schema.graphql's Corroboration.waysCapped says 100). */
export const CORROBORATION_WAYS_PER_CITATION = 100;

const trusted = <T>(rows: Promise<unknown>) => rows as Promise<T>;

/**
 * A what-if's loader variant: the evidence counted, sets of ids, and the version read. Ids hold
 * neither '|' nor ',' nor '@' (arguments.ts), so whatIfParams splits it back unambiguously.
 */
const whatIfKey = (evidence: string, idSets: readonly (readonly string[])[], at: AtVersion | null) =>
  `${[evidence, ...idSets.map((ids) => [...new Set(ids)].sort().join(','))].join('|')}@${versionKey(at)}`;
/** The version a whatIfKey variant reads at. */
const whatIfAt = (variant: string) => atOf(splitOnce(variant)[1] as string);
/** whatIfKey's variant as statement parameters, the id sets under `names`. */
const whatIfParams = (variant: string, names: readonly string[]) => {
  const [question, version] = splitOnce(variant) as [string, string];
  const [evidence, ...idSets] = question.split('|');
  return { ...versionParam(version), evidence, ...Object.fromEntries(names.map((name, index) => [name, idSets[index] ? idSets[index].split(',') : []])) };
};

/** `name@rest` into its name and the rest, which holds `@` itself. */
const splitOnce = (variant: string) => {
  const at = variant.indexOf('@');
  return [variant.slice(0, at), variant.slice(at + 1)];
};

/**
 * Every loader of one request. Made per request so that no cache outlives it or crosses users.
 */
export function createLoaders(db: Database) {
  const nodes = loaderFamily((variant) => {
    const [label, version] = splitOnce(variant) as [NodeLabel, string];
    const text = `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, ${propertiesAt('n')} AS node`;
    return nodeLoader(db, { name: `node/${label}`, text }, versionParam(version));
  });
  const relations = loaderFamily((variant) => {
    const [name, slice] = splitOnce(variant) as [RelationName, string];
    return listLoader(db, relationQuery(name), sliceParams(slice));
  });
  const twoWays = loaderFamily((variant) => {
    const [pair, slice] = splitOnce(variant) as [TwoWayName, string];
    return listLoader(db, twoWayQuery(pair), sliceParams(slice));
  });
  const related = async (name: RelationName, variant: string, id: string): Promise<PlainValue[]> => {
    const twoWay = twoWayOf(name);
    if (!twoWay) return relations(`${name}@${variant}`).load(id);
    const items = trusted<(Related<PlainValue> & Record<'out' | 'in', boolean>)[]>(twoWays(`${twoWay.pair}@${variant}`).load(id));
    return (await items).filter((item) => item[twoWay.end]).map(({ node, edge }) => ({ node, edge }));
  };
  /** Primes the node loaders of the read at `at` with the nodes an analytic's rows carry (withNamedNodes). */
  const primeNamed =
    (at: AtVersion | null): RowsSeen =>
    (rows) => {
      for (const row of rows) {
        // withNamedNodes' rows carry nodes as node/<Label> reads them: the one cast.
        for (const node of (row.namedNodes ?? []) as unknown as Row[]) {
          const type = nodeTypeOf(String(node.id), NODE_TYPES);
          if (type) nodes(`${NODE_LABELS[type]}@${versionKey(at)}`).prime(String(node.id), node);
        }
      }
    };
  const rowByVersion = (query: string) =>
    loaderFamily((variant) => nodeLoader(db, cypherFile(query), versionParam(variant)));
  const provenance = loaderFamily((variant) =>
    provenanceLoader(db, versionParam(variant), {
      // The typed rows go back into caches of the plain values they were read as.
      claim: (node) => nodes(`Claim@${variant}`).prime(node.id, node as unknown as Row),
      source: (node) => nodes(`Source@${variant}`).prime(node.id, node as unknown as Row),
      related: (name, sourceId, items, first) =>
        relations(`${name}@${sliceKey({ at: atOf(variant), first })}`).prime(sourceId, items as unknown as PlainValue[]),
    }),
  );
  const corroborationLimits = {
    originsLimit: listBound('Corroboration', 'origins'),
    makersLimit: listBound('IndependentOrigin', 'makers'),
    rootsLimit: listBound('IndependentOrigin', 'roots'),
    pathsLimit: listBound('IndependentOrigin', 'paths'),
    // Ends one cited source reaches (Corroboration.waysCapped says when there were more).
    waysPerCitation: CORROBORATION_WAYS_PER_CITATION,
    retractedLimit: listBound('Corroboration', 'retracted'),
  };
  /**
   * An analytic over a what-if, named nodes primed: a variant is `<mode>@<whatIfKey>`, the mode a
   * word the statement reads as the boolean parameter `flag` (true when it is `flagWhen`).
   */
  const whatIfAnalytic = (query: string, params: Params, names: readonly string[], flag: string, flagWhen: string) =>
    loaderFamily((variant) => {
      const [mode, whatIf] = splitOnce(variant) as [string, string];
      return nodeLoader(
        db,
        withNamedNodes(cypherFile(query), 'node'),
        { ...params, ...whatIfParams(whatIf, names), [flag]: mode === flagWhen },
        primeNamed(whatIfAt(whatIf)),
      );
    });
  // The mode: whether sources marked retracted count (`counted`) or are taken away (`out`).
  const corroborations = whatIfAnalytic('queries/corroboration', corroborationLimits, ['discounted'], 'countRetracted', 'counted');
  const impactLimits = {
    sourcesLimit: listBound('RetractionImpact', 'discounted'),
    claimsLimit: listBound('Story', 'claims'),
    itemsLimit: listBound('RetractionImpact', 'citedItems'),
    citedLimit: listBound('CitedItemImpact', 'cited'),
    tensionsLimit: listBound('RetractionImpact', 'tensions'),
  };
  // The mode: whether the sources marked retracted are what is taken away (`recorded`) or a what-if is (`what-if`).
  const retractionImpacts = whatIfAnalytic('queries/retraction-impact', impactLimits, ['sourceIds', 'actorIds'], 'recorded', 'recorded');
  // Side-by-side citations are looked for among as many places as a story has claims at most.
  const circularLimits = { cyclesLimit: listBound('CircularReporting', 'cycles'), mentionsLimit: listBound('Story', 'claims') };
  const circularReportings = (query: string) =>
    loaderFamily((variant) => nodeLoader(db, cypherFile(query), { ...circularLimits, ...whatIfParams(variant, []) }));
  const storyCircularReportings = circularReportings('queries/circular-reporting');
  const claimCircularReportings = circularReportings('queries/claim-circular-reporting');
  const contradictions = loaderFamily((variant) => listLoader(db, cypherFile('queries/tension-contradictions'), sliceParams(variant)));
  const pairLimits = { claimPairsLimit: listBound('ActorPair', 'claimPairs'), assertionsLimit: listBound('ClaimPair', 'claimAssertions') };
  const actorPairs = loaderFamily((variant) => {
    const [relation, slice] = splitOnce(variant) as [string, string];
    const params = sliceParams(slice);
    const at = params.version == null ? null : { version: params.version, storyId: params.storyId };
    return listLoader(db, withNamedNodes(cypherFile('queries/actor-pairs'), 'items'), { ...params, ...pairLimits, relation }, primeNamed(at));
  });
  const timelines = loaderFamily((variant) => {
    const [inStory, slice] = splitOnce(variant) as [string, string];
    const disclosuresLimit = listBound('Assertion', 'disclosures');
    return listLoader(db, cypherFile('queries/actor-timeline'), { ...sliceParams(slice), inStory: inStory || null, disclosuresLimit });
  });
  const aggregates = loaderFamily((variant) =>
    nodeLoader(db, cypherFile('queries/aggregates'), { ...versionParam(variant), groupsLimit: listBound('Aggregate', 'groups') }),
  );
  const stats = rowByVersion('queries/story-stats');
  const identityStories = loaderFamily((variant) => listLoader(db, cypherFile('queries/source-identity-stories'), sliceParams(variant)));
  const mentionCounts = rowByVersion('queries/claim-identity-mention-counts');
  // One over each bound, so that bounded-lists.ts sees a story too large to draw and refuses it.
  const graphLimits = { nodeLimit: listBound('StoryGraph', 'nodes') + 1, edgeLimit: listBound('StoryGraph', 'edges') + 1 };
  const graphs = loaderFamily((variant) => nodeLoader(db, cypherFile('queries/story-graph'), { ...versionParam(variant), ...graphLimits }));
  const storyVersions = loaderFamily((first) => listLoader(db, cypherFile('queries/story-versions'), { first: Number(first) }));
  const sourcesByRef = nodeLoader(db, cypherFile('queries/sources-by-ref'));
  const versionsAsOf = loaderFamily((asOf) => nodeLoader(db, cypherFile('queries/story-version-as-of'), { asOf }));

  const view = (at: AtVersion | null) => ({
    /** A node as the read's version holds it. */
    node: <T>(label: NodeLabel, id: string) => trusted<T | null>(nodes(`${label}@${versionKey(at)}`).load(id)),
    /** A relation field at the slice's version, or else at the read's. */
    related: <T>(name: RelationName, id: string, slice: RelationSlice) =>
      trusted<Related<T>[]>(related(name, sliceKey({ ...slice, at: slice.at ?? at }), id)),
    provenance: (claimId: string, version?: number | null): Promise<LoadedProvenance | null> =>
      provenance(version == null ? versionKey(at) : numberKey(version)).load(claimId),
    /**
     * A claim's independent origins (corroboration.cypher), counting `evidence`'s citations, with the
     * `discounted` sources taken away, and the sources marked retracted unless `countRetracted`.
     */
    corroboration: <T>(claimId: string, evidence: string, discounted: readonly string[], countRetracted = false) =>
      trusted<T | null>(corroborations(`${countRetracted ? 'counted' : 'out'}@${whatIfKey(evidence, [discounted], at)}`).load(claimId)),
    /**
     * What a story loses if sources go (retraction-impact.cypher): the sources named and those the
     * actors made; `recorded`: the sources an editor marked retracted, whose loss is fact.
     */
    retractionImpact: <T>(storyId: string, evidence: string, taken: { sourceIds: readonly string[]; actorIds: readonly string[] } | 'recorded') =>
      trusted<T | null>(
        retractionImpacts(
          taken === 'recorded' ? `recorded@${whatIfKey(evidence, [[], []], at)}` : `what-if@${whatIfKey(evidence, [taken.sourceIds, taken.actorIds], at)}`,
        ).load(storyId),
      ),
    /** A story's derivation loops and its places citing two or more sources side by side (circular-reporting.cypher), counting `evidence`'s citations. */
    storyCircularReporting: <T>(storyId: string, evidence: string) =>
      trusted<T | null>(storyCircularReportings(whatIfKey(evidence, [], at)).load(storyId)),
    /** The same behind one claim: the loops its cited sources lead into, its own side-by-side places (claim-circular-reporting.cypher). */
    claimCircularReporting: <T>(claimId: string, evidence: string) =>
      trusted<T | null>(claimCircularReportings(whatIfKey(evidence, [], at)).load(claimId)),
    /** Who contradicts (or backs) whom among the claims of some stories, at a version of one of them (actor-pairs.cypher). */
    actorPairs: <T>(storyIds: string[], relation: string, first: number, pairsAt: AtVersion | null) =>
      trusted<T[]>(actorPairs(`${relation}@${sliceKey({ first, at: pairsAt })}`).load(storyIds.join(' '))),
    /** An actor's assertions by valid time, in one story or (storyId null) in all (actor-timeline.cypher). */
    timeline: <T>(actorId: string, storyId: string | null, first: number) =>
      trusted<T[]>(timelines(`${storyId ?? ''}@${sliceKey({ first, at })}`).load(actorId)),
    contradictions: <T>(tensionId: string, first: number) => trusted<T[]>(contradictions(sliceKey({ first, at })).load(tensionId)),
    /** The stories citing one source identity, at most `first`. */
    identityStories: <T>(identityId: string, first: number) => trusted<T[]>(identityStories(sliceKey({ first, at })).load(identityId)),
    /** The mentions, across stories, of the claims of one claim identity. */
    mentionCount: async (identityId: string) => Number((await mentionCounts(versionKey(at)).load(identityId))?.count ?? 0),
    /** Counts of some stories' items grouped `by` one property (aggregates.cypher): every grouping and story asked at once is one statement. */
    aggregate: <T>(storyIds: readonly string[], by: string, version?: number | null) =>
      trusted<T | null>(aggregates(numberKey(version)).load([by, ...storyIds].join(' '))),
    storyStats: <T>(storyId: string, version?: number | null) => trusted<T | null>(stats(numberKey(version)).load(storyId)),
    storyGraph: <T>(storyId: string, version?: number | null) => trusted<T | null>(graphs(numberKey(version)).load(storyId)),
    storyVersions: <T>(storyId: string, first: number) => trusted<T[]>(storyVersions(String(first)).load(storyId)),
    sourceByRef: <T>(storyId: string, ref: number) => trusted<T | null>(sourcesByRef.load(`${storyId}#${ref}`)),
    /** The newest version of a story recorded at or before `asOf`, or null. */
    versionAsOf: async (storyId: string, asOf: string) => {
      const row = await versionsAsOf(asOf).load(storyId);
      return typeof row?.number === 'number' ? row.number : null;
    },
  });
  type View = ReturnType<typeof view>;
  // One view per version read: every field of every row read at it asks for its view.
  const views = new Map<string, View & VersionedLoaders<View>>();
  const withAt = (at: AtVersion | null): View & VersionedLoaders<View> => {
    const key = versionKey(at);
    const known = views.get(key);
    if (known) return known;
    const made = { ...view(at), at: withAt };
    views.set(key, made);
    return made;
  };
  return withAt(null);
}

export type Loaders = ReturnType<typeof createLoaders>;
