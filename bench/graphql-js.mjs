// Times the benchmark workloads in graphql-js (the reference), the same operations as
// bench/Tracker.GraphQL.Benchmarks, and prints operations per second as JSON.
// Uses the graphql-js installed for the conformance fixtures (tests/conformance/generator, pinned 17.1.0).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'tests', 'conformance', 'generator', 'package.json'));
const graphql = require('graphql');
const read = (name) => fs.readFileSync(path.join(here, 'workloads', name), 'utf8');

const introspectionSchema = graphql.buildSchema(read('introspection-schema.graphql'));
const introspectionQuery = graphql.getIntrospectionQuery({
  specifiedByUrl: false, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: false, experimentalDirectiveDeprecation: false, oneOf: true,
});
const introspectionDocument = graphql.parse(introspectionQuery);
const nestedSchema = graphql.buildSchema(read('nested-schema.graphql'));
const nestedDocument = graphql.parse(read('nested-query.graphql'));
const nestedData = {
  items: Array.from({ length: 100 }, (_, i) => ({
    id: i, name: `item ${i}`, price: i * 1.5, tags: ['a', 'b'],
    children: Array.from({ length: 10 }, (_, j) => ({ id: j, value: `child ${i}.${j}`, active: j % 2 === 0 })),
  })),
};

// The dashboard request over the Star Wars characters (as bench/Tracker.GraphQL.Benchmarks/DashboardWorkload.cs).
const characters = (() => {
  const human = (id, name, homePlanet) => ({ __typename: 'Human', id, name, homePlanet, appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'] });
  const droid = (id, name, primaryFunction) => ({ __typename: 'Droid', id, name, primaryFunction, appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'] });
  const all = [human('1000', 'Luke Skywalker', 'Tatooine'), human('1002', 'Han Solo', 'Corellia'), human('1003', 'Leia', 'Alderaan'),
    droid('2000', 'C-3PO', 'Protocol'), droid('2001', 'R2-D2', 'Astromech')];
  for (const c of all) c.friends = all.filter((other) => other !== c);
  return Object.fromEntries(all.map((c) => [c.id, c]));
})();
const dashboardQuery = read('dashboard-query.graphql');
const dashboardRoot = {
  hero: ({ episode }) => (episode === 'EMPIRE' ? characters['1000'] : characters['2001']),
  human: ({ id }) => (characters[id]?.__typename === 'Human' ? characters[id] : null),
  droid: ({ id }) => (characters[id]?.__typename === 'Droid' ? characters[id] : null),
  character: ({ by }) => (by.id != null ? characters[by.id] ?? null : Object.values(characters).find((c) => c.name === by.name) ?? null),
  releaseDate: () => '1977-05-25',
};
// The whole request from its text, as our uncached request: parse, validate, execute.
function dashboard() {
  const document = graphql.parse(dashboardQuery);
  const errors = graphql.validate(introspectionSchema, document);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  const result = graphql.execute({ schema: introspectionSchema, document, rootValue: dashboardRoot });
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result;
}
dashboard();

function opsPerSecond(fn) {
  for (let i = 0; i < 200; i++) fn();
  let runs = 0;
  const start = process.hrtime.bigint();
  const budget = 2_000_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 20; i++) fn();
    runs += 20;
    elapsed = process.hrtime.bigint() - start;
  }
  return runs / (Number(elapsed) / 1e9);
}

const results = {
  ParseIntrospectionQuery: opsPerSecond(() => graphql.parse(introspectionQuery)),
  ValidateIntrospectionQuery: opsPerSecond(() => graphql.validate(introspectionSchema, introspectionDocument)),
  ExecuteIntrospectionQuery: opsPerSecond(() => graphql.execute({ schema: introspectionSchema, document: introspectionDocument })),
  ExecuteNestedListQuery: opsPerSecond(() => graphql.execute({ schema: nestedSchema, document: nestedDocument, rootValue: nestedData })),
  Uncached: opsPerSecond(dashboard),
};
console.log(JSON.stringify({ graphqlJs: graphql.version, node: process.version, opsPerSecond: results }, null, 2));
