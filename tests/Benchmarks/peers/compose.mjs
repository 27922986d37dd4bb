// Composes a supergraph with Apollo's composition from running subgraphs' `{ _service { sdl } }`:
//
//   node compose.mjs <out.graphql> <name>=<url> [<name>=<url> ...]
//
// The registries of FederatedGraph need a caller to read their schema: FEDERATEDGRAPH_TOKEN and
// FEDERATEDGRAPH_PROCESSING_ACTIVITY, when set, go along as Authorization and X-Processing-Activity.
import { writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const [out, ...pairs] = process.argv.slice(2);
if (!out || pairs.length === 0) {
  console.error('usage: node compose.mjs <out.graphql> <name>=<url> ...');
  process.exit(2);
}
const headers = { 'content-type': 'application/json' };
if (process.env.FEDERATEDGRAPH_TOKEN) headers.authorization = `Bearer ${process.env.FEDERATEDGRAPH_TOKEN}`;
if (process.env.FEDERATEDGRAPH_PROCESSING_ACTIVITY) headers['x-processing-activity'] = process.env.FEDERATEDGRAPH_PROCESSING_ACTIVITY;

const services = [];
for (const pair of pairs) {
  const [name, url] = pair.split(/=(.*)/s);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  const body = await response.json();
  const sdl = body?.data?._service?.sdl;
  if (!sdl) {
    console.error(`${name}: no _service.sdl (HTTP ${response.status}): ${JSON.stringify(body).slice(0, 500)}`);
    process.exit(1);
  }
  services.push({ name, url, typeDefs: parse(sdl) });
}
const { supergraphSdl, errors } = composeServices(services);
if (errors?.length) {
  for (const error of errors) console.error(error.message);
  process.exit(1);
}
// The Rust query planner of Hive Gateway (router-runtime 1.4.23) refuses a description on the schema definition, which
// Apollo composition copies from a subgraph's: it is left out, for every gateway alike.
writeFileSync(out, supergraphSdl.replace(/^(?:"""[\s\S]*?"""|"[^"\n]*")\s*\n(?=schema\b)/, ''));
console.log(`composed ${out}`);
