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
  specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, experimentalDirectiveDeprecation: true, oneOf: true,
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
};
console.log(JSON.stringify({ graphqlJs: graphql.version, node: process.version, opsPerSecond: results }, null, 2));
