import path from 'node:path';
import { projectRoot } from '../../config/config';

/** The Neo4j release claimgraph runs; neo4j-server.pom.xml pins the same one (a unit test keeps them equal). */
export const NEO4J_VERSION = '5.26.30';

/** Read from the source tree so the compiled CLI in dist/ resolves the same pom. */
export const NEO4J_POM_PATH = path.join(projectRoot, 'src', 'db', 'local-neo4j', 'neo4j-server.pom.xml');
