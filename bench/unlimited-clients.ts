/**
 * Per-client limits for APIs under load: a load driver is one client (127.0.0.1, or in-process with
 * no address) over many connections, whose throughput is measured, not limited.
 */
export const UNLIMITED_CLIENTS: NodeJS.ProcessEnv = {
  CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
  CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT: '100000',
};
