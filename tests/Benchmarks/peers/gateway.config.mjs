// Hive Gateway's configuration for the peer benchmark (read by `hive-gateway supergraph <file> -c gateway.config.mjs`).
//
//   PEER_HIVE_PLANNER=rust        the Rust query planner of @graphql-hive/router-runtime instead of the JavaScript one
//   PEER_DEDUPLICATE=false        turns off the HTTP transport's deduplication of identical in-flight subgraph
//                                 requests (on by default in Hive Gateway)
//   PEER_FORWARD_HEADERS=a,b      client request headers passed on to every subgraph (the registries' token and purpose)
import { defineConfig } from '@graphql-hive/gateway';

const forwarded = (process.env.PEER_FORWARD_HEADERS ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
const rust = process.env.PEER_HIVE_PLANNER === 'rust';

export const gatewayConfig = defineConfig({
  ...(rust ? { unifiedGraphHandler: (await import('@graphql-hive/router-runtime')).unifiedGraphHandler } : {}),
  transportEntries: {
    '*.http': { options: { deduplicateInflightRequests: process.env.PEER_DEDUPLICATE !== 'false' } },
  },
  ...(forwarded.length
    ? {
        propagateHeaders: {
          fromClientToSubgraphs: ({ request }) =>
            Object.fromEntries(forwarded.map((name) => [name, request.headers.get(name)]).filter(([, value]) => value)),
        },
      }
    : {}),
  logging: 'warn',
});
