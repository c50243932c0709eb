import type { CypherQuery } from '../../db/cypher-file';
import { NODE_LABELS, NODE_TYPES, propertiesAt } from '../../model/graph-vocabulary';

/**
 * An analytic statement that answers ids (`RETURN id, <answer>, named`, `named` the ids of every node
 * its answer names), completed with those nodes as the version read holds them (`namedNodes`,
 * `propertiesAt`), so that the loaders are primed with them and the fields under the answer cost no
 * statement of their own. Each id is found by the label its prefix names, through that label's id
 * index; the statement keeps its name.
 */
export function withNamedNodes(query: CypherQuery, answer: 'node' | 'items'): CypherQuery {
  const byLabel = NODE_TYPES.map(
    (type) => `    WITH namedId WHERE namedId STARTS WITH '${type}:'\n    MATCH (n:${NODE_LABELS[type]} {id: namedId})\n    RETURN n`,
  ).join('\n    UNION\n');
  const text = [
    'CALL () {',
    query.text,
    '}',
    'CALL (named) {',
    '  UNWIND named AS namedId',
    '  WITH DISTINCT namedId',
    '  CALL (namedId) {',
    byLabel,
    '  }',
    `  RETURN collect(${propertiesAt('n')}) AS namedNodes`,
    '}',
    `RETURN id, ${answer}, namedNodes`,
  ].join('\n');
  return { name: query.name, text };
}
