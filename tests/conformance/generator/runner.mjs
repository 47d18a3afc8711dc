// Runs one case through graphql-js and returns what it answers, in a JSON-friendly shape.
import * as graphql from 'graphql';
import { schemas } from './schemas.mjs';

const schemaCache = new Map();

function schemaFor(name) {
  if (!schemaCache.has(name)) {
    schemaCache.set(name, graphql.buildSchema(schemas[name]));
  }
  return schemaCache.get(name);
}

function errorJson(error) {
  const json = { message: error.message };
  if (error.locations) json.locations = error.locations;
  if (error.path) json.path = error.path;
  return json;
}

function resultJson(result) {
  const json = {};
  if (result.errors) json.errors = result.errors.map(errorJson);
  if ('data' in result) json.data = result.data;
  return JSON.parse(JSON.stringify(json));
}

// Root data conventions, shared with the C# harness (tests/conformance/README.md).
function materialize(value, args) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('$throw' in value) throw new Error(value.$throw);
    if ('$async' in value) return Promise.resolve().then(() => materialize(value.$async, args));
    if ('$args' in value) return JSON.stringify(args);
    if ('$stream' in value) {
      const items = value.$stream;
      return (async function* () {
        for (const item of items) yield item;
      })();
    }
  }
  if (Array.isArray(value)) return value.map(materializeItem);
  return value;
}

function materializeItem(item) {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    if ('$throw' in item) return new Error(item.$throw);
    if ('$async' in item) return Promise.resolve().then(() => materializeItem(item.$async));
  }
  if (Array.isArray(item)) return item.map(materializeItem);
  return item;
}

function fieldResolver(source, args, _context, info) {
  if (source === null || typeof source !== 'object') return undefined;
  return materialize(source[info.fieldName], args);
}

// graphql() validates before it executes; a case with "skipValidation" reaches the executor's own checks
// (operation selection, unconfigured root types, unknown fields), which validation would otherwise pre-empt.
function validationErrors(testCase, schema, document) {
  return testCase.skipValidation ? [] : graphql.validate(schema, document);
}

async function execute(testCase, schema, document) {
  const errors = validationErrors(testCase, schema, document);
  if (errors.length > 0) return { errors: errors.map(errorJson) };
  const result = await graphql.execute({
    schema,
    document,
    rootValue: testCase.rootValue ?? {},
    variableValues: testCase.variables,
    operationName: testCase.operationName,
    fieldResolver,
  });
  return resultJson(result);
}

async function subscribe(testCase, schema, document) {
  const errors = validationErrors(testCase, schema, document);
  if (errors.length > 0) return { result: { errors: errors.map(errorJson) } };
  const result = await graphql.subscribe({
    schema,
    document,
    rootValue: testCase.rootValue ?? {},
    variableValues: testCase.variables,
    operationName: testCase.operationName,
    fieldResolver,
    subscribeFieldResolver: fieldResolver,
  });
  if (!(Symbol.asyncIterator in result)) return { result: resultJson(result) };
  const events = [];
  for await (const event of result) events.push(resultJson(event));
  return { events };
}

// An incremental payload as graphql-js 17.1.0 shapes it (keys in its order), with errors shaped as above.
function incrementalJson(payload) {
  const json = {};
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'errors') json.errors = value.map(errorJson);
    else if (key === 'incremental' || key === 'completed') json[key] = value.map(incrementalJson);
    else json[key] = value;
  }
  return JSON.parse(JSON.stringify(json));
}

// experimentalExecuteIncrementally: one result, or the initial result and every subsequent payload in order.
// Payloads are read one after another as a client reads them; deferred work starts with the first read.
async function executeIncrementally(testCase, schema, document) {
  const errors = validationErrors(testCase, schema, document);
  if (errors.length > 0) return { result: { errors: errors.map(errorJson) } };
  const result = await graphql.experimentalExecuteIncrementally({
    schema,
    document,
    rootValue: testCase.rootValue ?? {},
    variableValues: testCase.variables,
    operationName: testCase.operationName,
    fieldResolver,
  });
  if (!('initialResult' in result)) return { result: resultJson(result) };
  const payloads = [incrementalJson(result.initialResult)];
  for await (const payload of result.subsequentResults) payloads.push(incrementalJson(payload));
  return { payloads };
}

export async function runCase(testCase) {
  switch (testCase.kind) {
    case 'parse': {
      try {
        return { printed: graphql.print(graphql.parse(testCase.document)) };
      } catch (error) {
        return { error: errorJson(error) };
      }
    }
    case 'validate': {
      const schema = schemaFor(testCase.schema);
      const document = graphql.parse(testCase.document);
      const rules = testCase.rules
        ? testCase.rules.map((name) => {
            const rule = graphql[`${name}Rule`];
            if (!rule) throw new Error(`Unknown rule ${name} in ${testCase.id}`);
            return rule;
          })
        : undefined;
      return { errors: graphql.validate(schema, document, rules).map(errorJson) };
    }
    case 'execute': {
      const schema = schemaFor(testCase.schema);
      return { result: await execute(testCase, schema, graphql.parse(testCase.document)) };
    }
    case 'executeIncrementally': {
      const schema = schemaFor(testCase.schema);
      return executeIncrementally(testCase, schema, graphql.parse(testCase.document));
    }
    case 'subscribe': {
      const schema = schemaFor(testCase.schema);
      return subscribe(testCase, schema, graphql.parse(testCase.document));
    }
    case 'schema': {
      // graphql-js builds some parts lazily (enum values, for one), so a definition it cannot build may
      // only throw once validateSchema or printSchema reads it: all three count as building.
      try {
        const schema = graphql.buildSchema(testCase.sdl);
        const errors = graphql.validateSchema(schema).map(errorJson);
        return { errors, printed: graphql.printSchema(schema) };
      } catch (error) {
        return { buildError: error.message };
      }
    }
    default:
      throw new Error(`Unknown kind ${testCase.kind} in ${testCase.id}`);
  }
}
