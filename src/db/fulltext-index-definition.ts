/** What a `CREATE FULLTEXT INDEX` statement of schema.cypher asks for. */
export interface FulltextIndexDefinition {
  name: string;
  label: string;
  properties: string[];
  analyzer: string;
}

const FULLTEXT_INDEX =
  /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(n:(\w+)\) ON EACH \[([\w., ]+)\] OPTIONS \{indexConfig: \{`fulltext\.analyzer`: '([\w-]+)'\}\}$/;

/**
 * The index a schema statement creates when it is a full-text one, else null. A full-text statement
 * in any other shape throws: its index would escape the check that replaces outdated indexes.
 */
export function fulltextIndexDefinition(statement: string): FulltextIndexDefinition | null {
  if (!/^CREATE FULLTEXT INDEX\b/.test(statement)) return null;
  const match = FULLTEXT_INDEX.exec(statement);
  if (!match) {
    throw new Error(
      `schema.cypher: write a full-text index as CREATE FULLTEXT INDEX name IF NOT EXISTS FOR (n:Label) ON EACH [n.a, n.b] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'name'}}, got: ${statement}`,
    );
  }
  const [, name = '', label = '', properties = '', analyzer = ''] = match;
  return { name, label, properties: properties.split(',').map((property) => property.trim().replace(/^n\./, '')), analyzer };
}
