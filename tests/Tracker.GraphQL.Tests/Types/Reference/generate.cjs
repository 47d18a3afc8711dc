// Asks graphql-js 17.1.0 what it answers for the type system test cases and writes the answers as C# test data.
//
//   cd tests/conformance/generator && npm ci && cd -
//   NODE_PATH=tests/conformance/generator/node_modules node tests/Tracker.GraphQL.Tests/Types/Reference/generate.cjs
//
// Output: Types/*.Cases.cs next to the tests, and Introspection/Samples/*.json|graphql.
'use strict';
const fs = require('fs');
const path = require('path');
const g = require('graphql');
// validateSDL is not re-exported from the package root; it lives beside validate.
const { validateSDL } = require('graphql/validation/validate.js');
const { literal, escaped, header, errorLines } = require('./csharp.cjs');
const cases = require('./schema-cases.cjs');
const scalars = require('./scalar-cases.cjs');

if (g.version !== '17.1.0') {
  throw new Error('Expected graphql 17.1.0, found ' + g.version);
}

const typesDir = path.join(__dirname, '..');
const samplesDir = path.join(__dirname, '..', '..', 'Introspection', 'Samples');
const source = (body, name) => new g.Source(body, name);
const write = (file, text) => fs.writeFileSync(file, text.replace(/[ \t]+$/gm, ''));
const I = '            ';

function row(values) {
  return `        {\n${values.map((v) => I + v).join(',\n')}\n        },`;
}

function theory(className, types, rows, extraUsings = '') {
  return `${header('Types/Reference/generate.cjs')}${extraUsings}
namespace Tracker.GraphQL.Tests.Types;

public sealed partial class ${className}
{
    public static TheoryData<${types}> Cases => new()
    {
${rows.join('\n')}
    };
}
`;
}

// printSchema and validateSchema of valid and invalid schemas.
function buildAndDescribe(sdl) {
  const schema = g.buildSchema(source(sdl, 'schema'));
  return { printed: g.printSchema(schema), errors: errorLines(g.validateSchema(schema)) };
}

const printerRows = [];
for (const [name, sdl] of Object.entries(cases.schemas)) {
  const { printed } = buildAndDescribe(sdl);
  printerRows.push(row([escaped(name), literal(sdl, I), literal(printed, I)]));
}
write(path.join(typesDir, 'SchemaPrinterTests.Cases.cs'), theory('SchemaPrinterTests', 'string, string, string', printerRows));

const validatorRows = [];
for (const [name, sdl] of Object.entries({ ...cases.schemas, ...cases.invalidSchemas })) {
  const { errors } = buildAndDescribe(sdl);
  validatorRows.push(row([escaped(name), literal(sdl, I), literal(errors, I)]));
}
write(path.join(typesDir, 'SchemaValidatorTests.Cases.cs'), theory('SchemaValidatorTests', 'string, string, string', validatorRows));

// Build errors: SDL validation first (with locations), then whatever building itself throws.
function buildErrors(document, schema) {
  const sdlErrors = validateSDL(document, schema);
  if (sdlErrors.length > 0) {
    return errorLines(sdlErrors);
  }
  try {
    if (schema) g.extendSchema(schema, document);
    else g.buildASTSchema(document);
  } catch (error) {
    return errorLines([error]);
  }
  throw new Error('Expected an error for ' + g.print(document));
}

const builderRows = [];
for (const [name, sdl] of Object.entries(cases.unbuildable)) {
  builderRows.push(row([escaped(name), literal(sdl, I), literal(buildErrors(g.parse(source(sdl, 'schema'))), I)]));
}
write(path.join(typesDir, 'SchemaBuildErrorTests.Cases.cs'), theory('SchemaBuildErrorTests', 'string, string, string', builderRows));

// Extensions: the printed extended schema and its validation errors, or the extension's errors.
const extensionRows = [];
for (const [name, [sdl, extension]] of Object.entries(cases.extensions)) {
  const schema = g.buildSchema(source(sdl, 'schema'));
  const document = g.parse(source(extension, 'extension'));
  let outcome;
  if (validateSDL(document, schema).length > 0 || (() => { try { g.extendSchema(schema, document); return false; } catch { return true; } })()) {
    outcome = 'error:\n' + buildErrors(document, schema);
  } else {
    const extended = g.extendSchema(schema, document);
    const errors = errorLines(g.validateSchema(extended));
    outcome = g.printSchema(extended) + (errors ? '\n\nerrors:\n' + errors : '');
  }
  extensionRows.push(row([escaped(name), literal(sdl, I), literal(extension, I), literal(outcome, I)]));
}
write(path.join(typesDir, 'SchemaExtensionTests.Cases.cs'), theory('SchemaExtensionTests', 'string, string, string, string', extensionRows));

// Scalars: every value x scalar x direction, literals, valueToLiteral.
write(path.join(typesDir, 'SpecifiedScalarCoercionTables.Cases.cs'), scalars.generate(g, header));

// Introspection: the full introspection result of a few schemas, and printIntrospectionSchema.
const allOptions = {
  specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, experimentalDirectiveDeprecation: true, oneOf: true,
};
for (const name of ['descriptions', 'deprecatedEverything', 'extensionsInTheSameDocument', 'interfaceChain', 'redefinedBuiltInDirective']) {
  const sdl = cases.schemas[name];
  const result = g.graphqlSync({ schema: g.buildSchema(source(sdl, 'schema')), source: g.getIntrospectionQuery(allOptions) });
  write(path.join(samplesDir, `introspection-result-${name}.json`), JSON.stringify({ sdl, result }) + '\n');
}
// Smaller introspection queries: meta-fields, includeDeprecated filtering, wrappers, unknown names.
const introspectionQueries = [
  [cases.schemas.deprecatedEverything, '{ __type(name: "Query") { fields { name args { name } } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }'],
  [cases.schemas.deprecatedEverything, '{ e: __type(name: "E") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } } i: __type(name: "I") { inputFields { name } all: inputFields(includeDeprecated: true) { name } } }'],
  [cases.schemas.deprecatedEverything, '{ __schema { directives { name } all: directives(includeDeprecated: true) { name isDeprecated args { name } } } }'],
  [cases.schemas.deprecatedEverything, '{ __typename missing: __type(name: "Missing") { name } s: __type(name: "String") { kind name fields { name } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } specifiedByURL isOneOf } }'],
  [cases.schemas.interfaceChain, '{ __type(name: "C") { fields { name type { kind name ofType { kind name } } } interfaces { name } } a: __type(name: "A") { possibleTypes { name } interfaces { name } } b: __type(name: "B") { kind possibleTypes { name } interfaces { name } } }'],
  [cases.schemas.listDefaults, '{ __type(name: "Query") { fields { args { name defaultValue type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }'],
  [cases.schemas.objectAndEnumDefaults, '{ i: __type(name: "I") { isOneOf inputFields { name defaultValue } } q: __type(name: "Query") { fields { args { defaultValue } } } }'],
  [cases.schemas.descriptions, '{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } in: __type(name: "In") { isOneOf } c: __type(name: "Custom") { specifiedByURL description } d: __typename }'],
  [cases.schemas.defaultRootNames, '{ __schema { queryType { name } mutationType { name } subscriptionType { name } types { name } } }'],
];
write(path.join(samplesDir, 'introspection-queries.json'), '[\n' + introspectionQueries.map(([sdl, query]) => JSON.stringify({
  sdl, query, result: g.graphqlSync({ schema: g.buildSchema(source(sdl, 'schema')), source: query }),
})).join(',\n') + '\n]\n');
write(path.join(samplesDir, 'introspection-schema.graphql'), g.printIntrospectionSchema(g.buildSchema('type Query { a: Int }')) + '\n');
// getIntrospectionQuery for every combination of its options (and several depths), by SHA-256 of the text.
const crypto = require('crypto');
const flags = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation', 'experimentalDirectiveDeprecation', 'oneOf'];
const queries = [];
for (let mask = 0; mask < 1 << flags.length; mask++) {
  const options = Object.fromEntries(flags.map((flag, i) => [flag, (mask & (1 << i)) !== 0]));
  queries.push(options);
}
for (const typeDepth of [0, 1, 2, 5, 20, 100]) {
  queries.push({ typeDepth });
  queries.push({ ...allOptions, descriptions: false, typeDepth });
}
const hashed = queries.map((options) => ({
  options,
  sha256: crypto.createHash('sha256').update(g.getIntrospectionQuery(options), 'utf8').digest('hex'),
}));
write(path.join(samplesDir, 'introspection-query-hashes.json'), '[\n' + hashed.map((h) => JSON.stringify(h)).join(',\n') + '\n]\n');
console.log('written');
