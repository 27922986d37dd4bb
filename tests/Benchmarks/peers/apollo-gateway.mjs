// Apollo Gateway (npm) on a supergraph file, for the peer benchmark:
//
//   node apollo-gateway.mjs <supergraph.graphql> <port>
//
// PEER_FORWARD_HEADERS=a,b passes those client request headers on to every subgraph (the registries' token and
// purpose). Apollo Gateway has no deduplication of subgraph requests. Prints "ready <url>" once it serves.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';

const [supergraph, port] = process.argv.slice(2);
const forwarded = (process.env.PEER_FORWARD_HEADERS ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);

class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    for (const name of forwarded) {
      const value = context.headers?.[name];
      if (value) request.http.headers.set(name, value);
    }
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraph, 'utf8'),
  buildService: ({ url }) => new ForwardingDataSource({ url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(port) },
  context: async ({ req }) => ({ headers: Object.fromEntries(forwarded.map((name) => [name, req.headers[name]])) }),
});
console.log(`ready ${url}`);
