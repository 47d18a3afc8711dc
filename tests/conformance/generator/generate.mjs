// Generates the conformance fixtures: every case (a schema, a document, variables, root data) is run
// through graphql-js, the reference implementation, and what it answers is recorded as the expectation.
// Run: npm ci && node generate.mjs   (output: ../fixtures/*.json and ../fixtures/schemas/*.graphql)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as graphql from 'graphql';
import { schemas } from './schemas.mjs';
import { runCase } from './runner.mjs';
import parseCases from './cases/parse.mjs';
import validationCases from './cases/validation.mjs';
import coercionCases from './cases/coercion.mjs';
import executionCases from './cases/execution.mjs';
import subscriptionCases from './cases/subscription.mjs';
import incrementalCases from './cases/incremental.mjs';
import schemaCases from './cases/schema.mjs';
import introspectionCases from './cases/introspection.mjs';

if (graphql.version !== '17.1.0') {
  throw new Error(`Expected graphql 17.1.0, found ${graphql.version}; run npm ci.`);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'fixtures');
fs.mkdirSync(path.join(out, 'schemas'), { recursive: true });

for (const [name, sdl] of Object.entries(schemas)) {
  fs.writeFileSync(path.join(out, 'schemas', `${name}.graphql`), sdl);
}

const areas = {
  parse: parseCases,
  validation: validationCases,
  coercion: coercionCases,
  execution: executionCases,
  subscription: subscriptionCases,
  incremental: incrementalCases,
  schema: schemaCases,
  introspection: introspectionCases,
};

let total = 0;
const counts = {};
for (const [area, cases] of Object.entries(areas)) {
  const ids = new Set();
  const results = [];
  for (const testCase of cases) {
    if (ids.has(testCase.id)) {
      throw new Error(`Duplicate case id ${area}/${testCase.id}`);
    }
    ids.add(testCase.id);
    try {
      results.push({ ...testCase, expected: await runCase(testCase) });
    } catch (error) {
      throw new Error(`Case ${area}/${testCase.id} failed to run: ${error.message}`);
    }
  }
  // Sorted by id (UTF-16 code unit order, as JavaScript compares strings), one case per line: compact,
  // stable, and a regenerated fixture shows up in a diff case by case.
  results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = results.map((result) => JSON.stringify(result));
  fs.writeFileSync(path.join(out, `${area}.json`), `{"area":${JSON.stringify(area)},"cases":[\n${lines.join(',\n')}\n]}\n`);
  console.log(`${area}: ${results.length} cases`);
  counts[area] = new Set(results.map((result) => result.id));
  total += results.length;
}
console.log(`total: ${total} cases`);

// Every exclusion must name a case that exists (the harness checks this too, and that it still differs).
const exclusions = JSON.parse(fs.readFileSync(path.join(here, '..', 'exclusions.json'), 'utf8'));
for (const exclusion of exclusions.exclusions) {
  if (!counts[exclusion.area]?.has(exclusion.id)) {
    throw new Error(`exclusions.json names ${exclusion.area}/${exclusion.id}, which is not a case.`);
  }
  if (!exclusion.reason) {
    throw new Error(`exclusions.json gives no reason for ${exclusion.area}/${exclusion.id}.`);
  }
}
console.log(`excluded: ${exclusions.exclusions.length} cases (exclusions.json)`);
