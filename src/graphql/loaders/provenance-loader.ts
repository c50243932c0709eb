import DataLoader from 'dataloader';
import { cypherFile } from '../../db/cypher-file';
import type { Database, Params } from '../../db/database';
import { listBound } from '../list-bounds';
import type { DerivationKind } from '../../model/derivations';
import type { CitationScope } from '../../model/story-graph';
import type { ActorRow, ClaimRow, ProvenanceSourceRow, SourceRow } from '../rows';
import type { Related } from './create-loaders';

/** provenance.cypher's answer for one claim. */
interface ProvenanceAnswer {
  claim: ClaimRow;
  assertions: Related<ActorRow>[];
  sources: {
    source: SourceRow;
    citationScope: CitationScope;
    chain: { source: SourceRow; from: SourceRow; how: string | null; kind: DerivationKind; depth: number }[];
    publisher: Related<ActorRow>[];
    authors: Related<ActorRow>[];
  }[];
}

/** A claim's provenance as its resolvers read it. */
export interface LoadedProvenance {
  assertions: Related<ActorRow>[];
  sources: ProvenanceSourceRow[];
}

/** A source's one publisher, read as a list of one here and by Source.publishedBy. */
export const PUBLISHER_SLICE = { first: 1 } as const;
/** The authors of a source as ProvenanceSource.authors lists them, which this statement primes. */
export const PROVENANCE_AUTHORS_SLICE = { first: listBound('ProvenanceSource', 'authors') } as const;

/** provenance.cypher's LIMITs: the bounds schema.graphql states for the fields it answers. */
const provenanceLimits = () => ({
  assertionsLimit: listBound('Provenance', 'assertions'),
  sourcesLimit: listBound('Provenance', 'sources'),
  chainLimit: listBound('ProvenanceSource', 'derivedFrom'),
  authorsLimit: PROVENANCE_AUTHORS_SLICE.first,
  publisherLimit: PUBLISHER_SLICE.first,
});

/** Where the nodes and edges a provenance answer carries go, so that nested fields find them loaded. */
export interface ProvenancePrimer {
  claim(node: ClaimRow): void;
  source(node: SourceRow): void;
  related(name: 'sourcePublisher' | 'sourceAuthors', sourceId: string, items: Related<ActorRow>[], first: number): void;
}

/**
 * Provenance for a batch of claims in one statement. The claim, and the sources, publishers and
 * authors in the answer prime the request's node and relation loaders: a fact-checker's whole
 * selection under `provenance` costs this one round trip, and a lookup of the claim none more.
 */
export function provenanceLoader(db: Database, params: Params, prime: ProvenancePrimer): DataLoader<string, LoadedProvenance | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(cypherFile('queries/provenance'), { ...params, ...provenanceLimits(), ids });
    // Rows come from provenance.cypher, whose RETURN is the shape above: the one cast.
    const answers = new Map(rows.map((row) => [row.id, row.node as unknown as ProvenanceAnswer]));
    return ids.map((id) => {
      const answer = answers.get(id);
      return answer ? primed(answer, prime) : null;
    });
  });
}

function primed(answer: ProvenanceAnswer, prime: ProvenancePrimer): LoadedProvenance {
  prime.claim(answer.claim);
  const sources = answer.sources.map(({ source, citationScope, chain, publisher, authors }) => {
    prime.source(source);
    prime.related('sourcePublisher', source.id, publisher, PUBLISHER_SLICE.first);
    prime.related('sourceAuthors', source.id, authors, PROVENANCE_AUTHORS_SLICE.first);
    for (const step of chain) {
      prime.source(step.source);
      prime.source(step.from);
    }
    return { source, citationScope, chain: chain.map((step) => ({ sourceId: step.source.id, fromId: step.from.id, how: step.how, kind: step.kind, depth: step.depth })) };
  });
  return { assertions: answer.assertions, sources };
}
