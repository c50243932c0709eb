import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/config';

/** A Cypher statement with the name it is logged, counted and found by. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

/** Loads `cypher/<name>.cypher` once; a missing file is a programming error, so it throws. */
export function cypherFile(name: string): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const text = readFileSync(path.join(projectRoot, 'cypher', `${name}.cypher`), 'utf8').trim();
    query = { name, text };
    cache.set(name, query);
  }
  return query;
}

/** Splits a schema file into statements; schema files hold only `;`-terminated DDL. */
export function cypherStatements(name: string): CypherQuery[] {
  return cypherFile(name)
    .text.split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0)
    .map((text, index) => ({ name: `${name}#${index + 1}`, text }));
}
