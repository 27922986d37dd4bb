// Apollo Gateway in front of FederatedGraph's registries: it reads each registry's `_service { sdl }`, composes them with
// Apollo's own composition, and fetches entities through `_entities`.
//
//   node gateway.mjs <port> <name>=<url> [<name>=<url> ...]
//
// Reading the registries' schemas needs a caller too: FEDERATEDGRAPH_TOKEN and FEDERATEDGRAPH_PROCESSING_ACTIVITY.
// At request time the client's Authorization and X-Processing-Activity go to every registry, which judges the caller
// itself. Prints "ready <url>" once it serves; a composition error ends it with the error on stderr.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';

const [port, ...registries] = process.argv.slice(2);
if (!port || registries.length === 0) {
  console.error('usage: node gateway.mjs <port> <name>=<url> ...');
  process.exit(2);
}
const subgraphs = registries.map((registry) => {
  const [name, url] = registry.split(/=(.*)/s);
  return { name, url };
});

// The caller's headers, as the client sent them; absent ones stay absent, so a registry refuses an unknown caller.
const forwarded = ['authorization', 'x-processing-activity'];

class CallerDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    for (const name of forwarded) {
      const value = context.headers?.[name];
      if (value) request.http.headers.set(name, value);
    }
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({
    subgraphs,
    introspectionHeaders: {
      authorization: `Bearer ${process.env.FEDERATEDGRAPH_TOKEN ?? ''}`,
      'x-processing-activity': process.env.FEDERATEDGRAPH_PROCESSING_ACTIVITY ?? '',
    },
  }),
  buildService: ({ url }) => new CallerDataSource({ url }),
});

try {
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(port) },
    context: async ({ req }) => ({ headers: Object.fromEntries(forwarded.map((name) => [name, req.headers[name]])) }),
  });
  console.log(`ready ${url}`);
} catch (error) {
  console.error(error?.stack ?? String(error));
  process.exit(1);
}
