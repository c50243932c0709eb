import { cypherFile } from '../../db/cypher-file';
import { SearchArgs } from '../arguments';
import type { QueryResolvers } from '../generated/resolvers-types';
import { plainLuceneQuery } from '../lucene';
import type { SearchHitRow } from '../rows';
import { validate } from '../validate';

const INDEXES = { CLAIM: 'claim_text', SOURCE: 'source_text', EVENT: 'event_text', ACTOR: 'actor_text' } as const;

/** Room for hits the story/current filter drops after Lucene's own limit. */
const CANDIDATES_PER_HIT = 10;

export const search: NonNullable<QueryResolvers['search']> = async (_, args, ctx) => {
  const { text, kinds, storyId, first, sourcesByMaker } = validate(SearchArgs, args, 'search');
  const searched = kinds ?? ['CLAIM', 'SOURCE', 'EVENT', 'ACTOR'];
  const rows = await ctx.db.read(cypherFile('queries/search'), {
    text: plainLuceneQuery(text),
    indexes: searched.map((kind) => INDEXES[kind]),
    sourcesByMaker: sourcesByMaker && searched.includes('SOURCE'),
    storyId: storyId ?? null,
    candidates: first * CANDIDATES_PER_HIT,
    limit: first,
  });
  // Rows are node property maps from claimgraph's own writer.
  return rows.map((row) => ({ score: Number(row.score), node: row.node as unknown as SearchHitRow['node'] }));
};
