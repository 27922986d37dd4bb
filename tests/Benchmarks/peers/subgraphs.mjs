// The four Apollo Federation subgraphs of the graphql-gateways-benchmark (accounts, inventory, products, reviews),
// written for this project with @apollo/subgraph, serving the benchmark's fixed data. One subgraph per process:
//
//   node subgraphs.mjs <accounts|inventory|products|reviews> <port>     # serves POST http://127.0.0.1:<port>/graphql
//   node subgraphs.mjs --sdl <name>                                     # prints the subgraph's SDL
//
// Prints "ready <url>" once it listens; GET /requests counts the requests answered. Each distinct query text is parsed and validated once (the gateways send the
// same few documents over and over), so the subgraphs spend their CPU on executing, not on parsing.
import { createServer } from 'node:http';
import { parse, validate, execute, specifiedRules } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])';

// The benchmark's data, value for value.
const users = [
  { id: '1', name: 'Uri Goldshtein', username: 'urigo', birthday: 1234567890 },
  { id: '2', name: 'Dotan Simha', username: 'dotansimha', birthday: 1234567890 },
  { id: '3', name: 'Kamil Kisiela', username: 'kamilkisiela', birthday: 1234567890 },
  { id: '4', name: 'Arda Tanrikulu', username: 'ardatan', birthday: 1234567890 },
  { id: '5', name: 'Gil Gardosh', username: 'gilgardosh', birthday: 1234567890 },
  { id: '6', name: 'Laurin Quast', username: 'laurin', birthday: 1234567890 },
];

const products = [
  { upc: '1', name: 'Table', price: 899, weight: 100 },
  { upc: '2', name: 'Couch', price: 1299, weight: 1000 },
  { upc: '3', name: 'Glass', price: 15, weight: 20 },
  { upc: '4', name: 'Chair', price: 499, weight: 100 },
  { upc: '5', name: 'TV', price: 1299, weight: 1000 },
  { upc: '6', name: 'Lamp', price: 6999, weight: 300 },
  { upc: '7', name: 'Grill', price: 3999, weight: 2000 },
  { upc: '8', name: 'Fridge', price: 100000, weight: 6000 },
  { upc: '9', name: 'Sofa', price: 9999, weight: 800 },
];

// The inventory keeps its own rows, without price or weight: as in the benchmark's inventory, the shipping estimate
// is computed from the row, not from the representation, and so is null for every product (the expected response).
const inventory = [
  { upc: '1', inStock: true }, { upc: '2', inStock: false }, { upc: '3', inStock: false },
  { upc: '4', inStock: false }, { upc: '5', inStock: true }, { upc: '6', inStock: true },
  { upc: '7', inStock: true }, { upc: '8', inStock: false }, { upc: '9', inStock: true },
].map((row) => ({ ...row, price: null, weight: null }));

const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.';
const sedUt = 'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi';
const sedQuia = 'sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.';
const utEnim = 'Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem';
const atVero = 'At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores repellat.';
const reviews = [
  ['1', lorem, '1'], ['2', sedUt, '1'], ['3', sedQuia, '1'], ['4', utEnim, '1'],
  ['5', lorem, '2'], ['6', sedUt, '2'], ['7', sedQuia, '2'], ['8', utEnim, '2'],
  ['9', utEnim, '3'], ['10', utEnim, '4'], ['11', atVero, '4'],
].map(([id, body, upc]) => ({ id, body, upc }));

// In the benchmark, every review's author is user 1 (its username provided) and every user's reviews are the first two.
const reviewsOfUser = reviews.slice(0, 2);

const subgraphs = {
  accounts: {
    typeDefs: `${federation}
      type Query { me: User user(id: ID!): User users: [User] }
      type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }`,
    resolvers: {
      Query: {
        me: () => users[0],
        user: (_, { id }) => users.find((user) => user.id === id) ?? null,
        users: () => users,
      },
      User: { __resolveReference: ({ id }) => users.find((user) => user.id === id) ?? null },
    },
  },
  inventory: {
    typeDefs: `${federation}
      type Product @key(fields: "upc") {
        upc: String!
        weight: Int @external
        price: Int @external
        inStock: Boolean
        shippingEstimate: Int @requires(fields: "price weight")
      }`,
    resolvers: {
      Product: {
        __resolveReference: ({ upc }) => inventory.find((row) => row.upc === upc) ?? null,
        shippingEstimate: ({ price, weight }) => {
          if (price == null) return null;
          if (price > 1000) return 0;
          return weight == null ? null : Math.trunc(weight / 2);
        },
      },
    },
  },
  products: {
    typeDefs: `${federation}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }`,
    resolvers: {
      Query: { topProducts: (_, { first }) => products.slice(0, first ?? 5) },
      Product: { __resolveReference: ({ upc }) => products.find((product) => product.upc === upc) ?? null },
    },
  },
  reviews: {
    typeDefs: `${federation}
      type Review @key(fields: "id") { id: ID! body: String product: Product author: User @provides(fields: "username") }
      type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }
      type Product @key(fields: "upc") { upc: String! reviews: [Review] }`,
    resolvers: {
      Review: {
        __resolveReference: ({ id }) => reviews.find((review) => review.id === id) ?? null,
        product: (review) => ({ upc: review.upc }),
        author: () => ({ id: '1', username: 'urigo' }),
      },
      User: {
        __resolveReference: ({ id }) => ({ id, username: 'user' }),
        reviews: () => reviewsOfUser,
      },
      Product: {
        __resolveReference: ({ upc }) => ({ upc }),
        reviews: ({ upc }) => reviews.filter((review) => review.upc === upc),
      },
    },
  },
};

function schemaOf(name) {
  const subgraph = subgraphs[name];
  if (!subgraph) {
    console.error(`unknown subgraph '${name}' (accounts, inventory, products, reviews)`);
    process.exit(2);
  }
  return { typeDefs: subgraph.typeDefs, schema: buildSubgraphSchema([{ typeDefs: parse(subgraph.typeDefs), resolvers: subgraph.resolvers }]) };
}

const args = process.argv.slice(2);
if (args[0] === '--sdl') {
  console.log(schemaOf(args[1]).typeDefs);
  process.exit(0);
}
const [name, port] = args;
const { schema } = schemaOf(name);

const documents = new Map();
function documentOf(query) {
  let entry = documents.get(query);
  if (!entry) {
    try {
      const document = parse(query);
      const errors = validate(schema, document, specifiedRules);
      entry = errors.length ? { errors } : { document };
    } catch (error) {
      entry = { errors: [error] };
    }
    if (documents.size < 1000) documents.set(query, entry);
  }
  return entry;
}

function answer(response, status, result) {
  const body = JSON.stringify(result);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

// GET /requests: how many GraphQL requests this subgraph has answered (the benchmark's subgraph requests per query).
let requests = 0;
const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/requests') return answer(response, 200, { requests });
  if (request.method !== 'POST' || !request.url.startsWith('/graphql')) return answer(response, 404, { errors: [{ message: 'POST /graphql' }] });
  requests++;
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(response, 400, { errors: [{ message: 'The body is not JSON.' }] });
    }
    const { document, errors } = documentOf(String(body.query ?? ''));
    if (errors) return answer(response, 400, { errors: errors.map((error) => ({ message: error.message })) });
    const result = await execute({ schema, document, variableValues: body.variables, operationName: body.operationName });
    answer(response, 200, result);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`ready http://127.0.0.1:${port}/graphql`));
