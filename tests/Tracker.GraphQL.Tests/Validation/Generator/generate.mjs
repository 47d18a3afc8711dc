// Writes ../Rules/*Tests.cs: for every case in cases.mjs, the errors graphql-js 17.1.0 reports, as xunit facts.
// The expectations are facts about the reference implementation; the C# tests then hold the engine to them.
//
//   cd tests/conformance/generator && npm ci      (installs the pinned graphql 17.1.0)
//   node tests/Tracker.GraphQL.Tests/Validation/Generator/generate.mjs
//
// GRAPHQL_JS may point at another graphql 17.1.0 installation.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import cases from './cases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const graphqlPath = process.env.GRAPHQL_JS ?? path.resolve(here, '../../../conformance/generator/node_modules/graphql');
const require = createRequire(path.join(graphqlPath, 'package.json'));
const g = require(graphqlPath);
if (g.version !== '17.1.0') {
  throw new Error(`graphql 17.1.0 expected, found ${g.version}`);
}
const { validateSDL } = require(path.join(graphqlPath, 'validation', 'validate.js'));
const ruleModule = (name) => require(path.join(graphqlPath, 'validation', 'rules', `${name.replace(/OnDirectives$/, '')}Rule.js`));
const ruleFunction = (name) => {
  const rule = g[`${name}Rule`] ?? ruleModule(name)[`${name}Rule`];
  if (typeof rule !== 'function') {
    throw new Error(`Unknown rule ${name}`);
  }
  return rule;
};

const testSchemaSdl = readFileSync(path.join(here, '..', 'TestSchema.graphql'), 'utf8');
const testSchema = g.buildSchema(testSchemaSdl);

function dedent(text) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines.at(-1).trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function expectedErrors(rule, c) {
  const rules = rule === 'All' ? g.specifiedRules : [ruleFunction(rule)];
  const document = g.parse(c.doc);
  if (c.sdl) {
    const schema = c.extend !== undefined ? g.buildSchema(c.extend) : undefined;
    return validateSDL(document, schema, rule === 'All' ? undefined : rules);
  }
  const schema = c.schema !== undefined ? g.buildSchema(c.schema) : testSchema;
  return g.validate(schema, document, rules, { hideSuggestions: c.hide === true });
}

const csString = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';

function rawString(text, indent) {
  let quotes = '"""';
  while (text.includes(quotes)) quotes += '"';
  const pad = ' '.repeat(indent);
  return `${quotes}\n${text.split('\n').map((l) => (l === '' ? '' : pad + l)).join('\n')}\n${pad}${quotes}`;
}

function methodName(title, used) {
  let name = title.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').join('_');
  name = name.charAt(0).toUpperCase() + name.slice(1);
  if (/^[0-9]/.test(name)) name = 'Case_' + name;
  let unique = name;
  for (let i = 2; used.has(unique); i++) unique = `${name}_${i}`;
  used.add(unique);
  return unique;
}

function errorLines(errors, indent) {
  const pad = ' '.repeat(indent);
  return errors.map((e) => {
    const locations = (e.locations ?? []).map((l) => `(${l.line}, ${l.column})`).join(', ');
    return `${pad}E(${csString(e.message)}${locations ? ', ' + locations : ''})`;
  });
}

const outDir = path.resolve(here, '..', 'Rules');
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const [rule, ruleCases] of Object.entries(cases)) {
  const used = new Set();
  const facts = [];
  for (const [title, rawDoc, options = {}] of ruleCases) {
    const c = { ...options, doc: dedent(rawDoc) };
    if (c.schema !== undefined) c.schema = dedent(c.schema);
    if (c.extend !== undefined) c.extend = dedent(c.extend);
    let errors;
    try {
      errors = expectedErrors(rule, c);
    } catch (e) {
      throw new Error(`${rule} / ${title}: ${e.message}`);
    }
    const args = [];
    let call;
    if (c.sdl) {
      call = 'ExpectSdlErrors';
      args.push(csString(rule), rawString(c.doc, 12), c.extend !== undefined ? rawString(c.extend, 12) : 'schemaSdl: null');
    } else if (c.schema !== undefined) {
      call = 'ExpectErrorsWithSchema';
      args.push(csString(rule), rawString(c.schema, 12), rawString(c.doc, 12));
    } else if (c.hide) {
      call = 'ExpectErrorsWithoutSuggestions';
      args.push(csString(rule), rawString(c.doc, 12));
    } else {
      call = errors.length === 0 ? 'ExpectValid' : 'ExpectErrors';
      args.push(csString(rule), rawString(c.doc, 12));
    }
    const lines = [...args.map((a) => ' '.repeat(12) + a.trimStart()), ...errorLines(errors, 12)];
    facts.push(
      `    /// <summary>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</summary>\n` +
        `    [Fact]\n    public void ${methodName(title, used)}() =>\n        ${call}(\n${lines.join(',\n')});`,
    );
    total++;
  }
  const className = rule === 'All' ? 'AllRules' : `${rule}Rule`;
  const source = `// <auto-generated>
// Generated by Validation/Generator/generate.mjs from cases.mjs: the expected errors are what graphql-js 17.1.0
// reports for each document. Edit the cases and regenerate rather than editing this file.
// </auto-generated>
using static Tracker.GraphQL.Tests.Validation.ValidationHarness;

namespace Tracker.GraphQL.Tests.Validation.Rules;

public sealed class ${className}Tests
{
${facts.join('\n\n')}
}
`;
  writeFileSync(path.join(outDir, `${className}Tests.cs`), source);
}
console.log(`${total} cases in ${Object.keys(cases).length} rules`);
