import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/config';
import {
  claimCitations,
  claimEvidence,
  correctedEvidence,
  claimLinkInVersion,
  claimSpeakerId,
  correctedClaimField,
  curatedLinkInVersion,
  derivationStep,
  edgeInVersionFrom,
  inVersion,
  keptClaimOf,
  mentionsCuratedOf,
  neighbourAtVersion,
  NODE_LABELS,
} from '../graph-vocabulary';

const filesUnder = (dir: string, extension: string): string[] =>
  readdirSync(path.join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => path.join(dir, file));

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const withoutComments = (cypher: string) => cypher.replace(/\/\/.*$/gm, '');
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

const CONDITION = /CASE WHEN \$version IS NULL[\s\S]*?\bEND\b/g;

/** The vocabulary's fragments over the variables a written-out condition names, in the order it names them. */
function fragmentsFor(condition: string): string[] {
  const [first = '', second = ''] = [...new Set([...condition.matchAll(/(\w+)\.(?:current|versions)\b/g)].map((match) => match[1]))];
  return [inVersion(first), edgeInVersionFrom(first, second), curatedLinkInVersion(first, second)].map(spaced);
}

/**
 * The vocabulary's curation fragments (a default read follows the curators), each found by the
 * variables it names and set aside whole, as a read at a version written out whole is.
 */
const CURATION_FRAGMENTS: [RegExp, (...names: string[]) => string][] = [
  [/\{itemId: (\w+)\.id\}\)-\[:HAS_CORRECTION\]->\(correction:Correction \{field: '(\w+)'\}\)/g, (claim = '', field = '') => correctedClaimField(claim, field as 'text')],
  [/THEN (\w+)\.current AND NOT EXISTS \{ MATCH \((\w+)\)<-\[:CURATES\]-\(:Curation\)-\[:HAS_RELATION\]->\(dispute:CuratedRelation \{toId: (\w+)\.id/g, claimLinkInVersion],
  [/MATCH \((\w+)\)<-\[:CURATES\]-\(:Curation\)-\[:HAS_RELATION\]->\(merge:CuratedRelation/g, keptClaimOf],
];

const withoutCurationFragments = (cypher: string) =>
  CURATION_FRAGMENTS.reduce(
    (text, [pattern, fragment]) => [...text.matchAll(pattern)].reduce((rest, match) => rest.split(spaced(fragment(...match.slice(1)))).join(' '), text),
    spaced(cypher),
  );

describe('every .cypher file writes the version condition as one of the vocabulary fragments', () => {
  const cypherFiles = filesUnder('cypher', '.cypher');

  test.each(cypherFiles)('%s', (file) => {
    // A read at a version written out whole (page.cypher) counts as the vocabulary's, and is set aside.
    const variables = [...new Set([...read(file).matchAll(/\(?(\w+)\)?-\[:HAS_STATE\]/g)].map((match) => match[1] ?? ''))];
    const cypher = withoutCurationFragments(
      variables.reduce((text, variable) => spaced(text).split(spaced(neighbourAtVersion(variable))).join(' '), withoutComments(read(file))),
    );
    const conditions = cypher.match(CONDITION) ?? [];
    for (const condition of conditions) expect(fragmentsFor(condition)).toContain(spaced(condition));
    // No other spelling of the condition hides beside them: every `$version` is inside one.
    const inConditions = conditions.join('\n').match(/\$version/g)?.length ?? 0;
    expect(cypher.match(/\$version/g)?.length ?? 0).toBe(inConditions);
  });

  test('the check sees the files that filter by version', () => {
    const filtering = cypherFiles.filter((file) => withoutComments(read(file)).match(CONDITION));
    expect(filtering).toEqual(expect.arrayContaining([path.join('cypher', 'queries', 'provenance.cypher'), path.join('cypher', 'queries', 'claims.cypher')]));
  });
});

test('the statements that group by who speaks a claim write the corrected speaker and its fallback whole', () => {
  const speakerReads = [
    [path.join('cypher', 'queries', 'actor-pairs.cypher'), 'claim'],
    [path.join('cypher', 'queries', 'aggregates.cypher'), 'c'],
  ] as const;
  for (const [file, claim] of speakerReads) expect(spaced(withoutComments(read(file)))).toContain(spaced(claimSpeakerId(claim)));
});

test('TypeScript builds the version condition only from the vocabulary', () => {
  const vocabulary = path.join('src', 'model', 'graph-vocabulary.ts');
  const spelledOut = ['src', 'bench']
    .flatMap((dir) => filesUnder(dir, '.ts'))
    .filter((file) => file !== vocabulary && !file.includes('__tests__') && read(file).includes('$version IS NULL'));
  expect(spelledOut).toEqual([]);
});

// Without a uniqueness constraint a label has no index on `id`: every MERGE and lookup by id scans the label.
test('every node label of the vocabulary has a uniqueness constraint on id in schema.cypher', () => {
  const schema = read('cypher/schema.cypher');
  const constrained = new Set([...schema.matchAll(/FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE/g)].map((match) => match[1]));
  expect(Object.values(NODE_LABELS).filter((label) => !constrained.has(label))).toEqual([]);
});

test('the provenance analytics read what a claim cites as claimCitations writes it, and its evidence as claimEvidence does', () => {
  const citing = ['corroboration', 'retraction-impact', 'circular-reporting', 'claim-circular-reporting'].map((name) => path.join('cypher', 'queries', `${name}.cypher`));
  const evidence = path.join('cypher', 'queries', 'provenance.cypher');
  const appearances = path.join('cypher', 'queries', 'claim-reviews.cypher');
  // Every statement reading corrected citations reads them through a fragment, written whole.
  const reading = filesUnder('cypher', '.cypher').filter((file) => read(file).includes('correctedSourceIds') && !file.includes(`curation${path.sep}`));
  expect(reading.sort()).toEqual([...citing, evidence, appearances].sort());
  const rest = (file: string, fragment: string) => spaced(withoutComments(read(file))).split(spaced(fragment));
  for (const file of citing) {
    const parts = rest(file, claimCitations('c'));
    expect({ file, read: parts.length > 1, spelledOtherwise: parts.some((part) => part.includes('correctedSourceIds')) }).toEqual({ file, read: true, spelledOtherwise: false });
  }
  expect(rest(evidence, claimEvidence('c')).some((part) => part.includes('correctedSourceIds'))).toBe(false);
  // ClaimReview's appearances take a corrected claim's evidence as Claim.provenance does.
  expect(rest(appearances, correctedEvidence('k', 'source')).some((part) => part.includes('correctedSourceIds'))).toBe(false);
});

test('every walk over derivations writes its step condition as derivationStep, whole', () => {
  const walking = filesUnder('cypher', '.cypher').filter((file) => withoutComments(read(file)).includes('DERIVED_FROM|CURATED_DERIVED_FROM'));
  expect(walking.sort()).toEqual(
    ['corroboration', 'retraction-impact', 'circular-reporting', 'claim-circular-reporting', 'provenance'].map((name) => path.join('cypher', 'queries', `${name}.cypher`)).sort(),
  );
  for (const file of walking) {
    const cypher = spaced(withoutComments(read(file)));
    const steps = [...cypher.matchAll(/type\((\w+)\) = 'CURATED_DERIVED_FROM'/g)].map((match) => match[1] ?? '');
    // One step condition per walk (a pattern naming both types), each the fragment over its edge.
    expect({ file, steps: steps.length }).toEqual({ file, steps: cypher.match(/DERIVED_FROM\|CURATED_DERIVED_FROM/g)?.length });
    const rest = steps.reduce((text, edge) => text.split(spaced(derivationStep(edge))).join(' '), cypher);
    expect({ file, spelledOtherwise: rest.includes('CURATED_DERIVED_FROM\'') }).toEqual({ file, spelledOtherwise: false });
  }
});

test('every write of a claim\'s mentionsCurated flag sets it as mentionsCuratedOf says, whole', () => {
  const setting = filesUnder('cypher', '.cypher').filter((file) => /mentionsCurated =/.test(withoutComments(read(file))));
  expect(setting.sort()).toEqual(
    [
      ...['remove-claim-split', 'remove-curated-relation', 'set-claim-split', 'set-curated-relation'].map((name) => path.join('cypher', 'curation', `${name}.cypher`)),
      path.join('cypher', 'migrate', 'relink-curation.cypher'),
    ].sort(),
  );
  for (const file of setting) {
    const cypher = spaced(withoutComments(read(file)));
    const written = [...cypher.matchAll(/mentionsCurated = EXISTS \{ \(:Curation \{itemId: ([\w.]+)\}\)/g)].map((match) => match[1] ?? '');
    const sets = cypher.match(/mentionsCurated =/g)?.length ?? 0;
    expect({ file, whole: written.filter((claimId) => cypher.includes(`mentionsCurated = ${spaced(mentionsCuratedOf(claimId))}`)).length }).toEqual({ file, whole: sets });
  }
});
