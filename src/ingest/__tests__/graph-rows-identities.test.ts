import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/config';
import { RELATIONSHIPS } from '../../model/graph-vocabulary';
import { StoryGraphDocument } from '../../model/story-graph';
import { graphRows } from '../graph-rows';

const seed = StoryGraphDocument.parse(JSON.parse(readFileSync(path.join(projectRoot, 'seed', 'meta-surveillance-layoffs.graph.json'), 'utf8')));
const MEMO = 'source:meta-surveillance-layoffs:layoff-memo';

/** The seed with its layoff memo undated: an internal memo with no publisher and now no date either. */
const undated = StoryGraphDocument.parse({
  ...seed,
  sources: seed.sources.map((source) => (source.id === MEMO ? { ...source, publisher: null, publisherId: null, publishedAt: undefined } : source)),
});

const linksOf = (doc: StoryGraphDocument, spec: (typeof RELATIONSHIPS)[keyof typeof RELATIONSHIPS]) =>
  graphRows(doc).links.find((links) => links.spec === spec)?.rows ?? [];

test('every source with a publisher or a date, and every claim, is linked to one identity', () => {
  const rows = graphRows(seed);
  expect(linksOf(seed, RELATIONSHIPS.sameSourceAs).map((row) => row.from).sort()).toEqual(seed.sources.map((source) => source.id).sort());
  expect(linksOf(seed, RELATIONSHIPS.sameClaimAs).map((row) => row.from).sort()).toEqual(seed.claims.map((claim) => claim.id).sort());
  const identityIds = rows.identities.flatMap((identities) => identities.rows.map((row) => row.id));
  expect(new Set([...linksOf(seed, RELATIONSHIPS.sameSourceAs), ...linksOf(seed, RELATIONSHIPS.sameClaimAs)].map((row) => row.to))).toEqual(new Set(identityIds));
});

test('a source with neither publisher nor date has no identity, and no edge to one', () => {
  expect(linksOf(undated, RELATIONSHIPS.sameSourceAs).map((row) => row.from)).not.toContain(MEMO);
  expect(linksOf(undated, RELATIONSHIPS.sameSourceAs)).toHaveLength(seed.sources.length - 1);
  const sourceIdentities = graphRows(undated).identities.find((identities) => identities.label === 'SourceIdentity')?.rows ?? [];
  expect(sourceIdentities).toHaveLength(seed.sources.length - 1);
});
