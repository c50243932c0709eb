import { cypherStatements } from '../cypher-file';
import { fulltextIndexDefinition } from '../fulltext-index-definition';

test("schema.cypher's full-text indexes are read as written", () => {
  const definitions = cypherStatements('schema').flatMap((statement) => fulltextIndexDefinition(statement.text) ?? []);
  expect(definitions).toEqual([
    { name: 'claim_text', label: 'Claim', properties: ['text', 'quote'], analyzer: 'english' },
    { name: 'source_text', label: 'Source', properties: ['title', 'publisher'], analyzer: 'english' },
    { name: 'event_text', label: 'Event', properties: ['text'], analyzer: 'english' },
    { name: 'actor_text', label: 'Actor', properties: ['name', 'aliases'], analyzer: 'english' },
    { name: 'correction_text', label: 'Correction', properties: ['corrected'], analyzer: 'english' },
  ]);
});

test('other statements are no full-text index', () => {
  expect(fulltextIndexDefinition('CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)')).toBeNull();
});

test.each([
  'CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]',
  'CREATE FULLTEXT INDEX claim_text FOR (n:Claim) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: \'english\'}}',
])('a full-text index the upgrade check cannot read throws: %s', (statement) => {
  expect(() => fulltextIndexDefinition(statement)).toThrow(/schema\.cypher: write a full-text index as/);
});
