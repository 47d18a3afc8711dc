#!/usr/bin/env node
// Writes language-fixtures.json: what graphql-js 17.1.0 answers for the lexer, parser, printer and
// block-string cases in cases.cjs plus seeded random mutations of them. The C# tests read the JSON;
// they do not need Node. Regenerate with:
//   GRAPHQL_JS=/work/graphql-js-reference/node_modules/graphql node generate.cjs
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const graphql = require(process.env.GRAPHQL_JS || 'graphql');
const { Lexer } = require(path.join(process.env.GRAPHQL_JS || 'graphql', 'language', 'lexer.js'));
const printer = require(path.join(process.env.GRAPHQL_JS || 'graphql', 'language', 'printer.js'));
const blockString = require(path.join(process.env.GRAPHQL_JS || 'graphql', 'language', 'blockString.js'));
const cases = require('./cases.cjs');

if (graphql.version !== '17.1.0') {
  throw new Error(`graphql-js 17.1.0 expected, found ${graphql.version}`);
}

// A compact, deterministic rendering of an AST: Kind@start-end{key=value;...}, keys sorted, absent and
// empty lists left out. AstCanonical.cs renders the C# AST the same way.
function canon(value) {
  if (Array.isArray(value)) return '[' + value.map(canon).join(',') + ']';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  const keys = Object.keys(value)
    .filter((k) => k !== 'kind' && k !== 'loc' && value[k] !== undefined && value[k] !== null && !(Array.isArray(value[k]) && value[k].length === 0))
    .sort();
  return `${value.kind}@${value.loc.start}-${value.loc.end}{${keys.map((k) => `${k}=${canon(value[k])}`).join(';')}}`;
}

const hash = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

function error(e) {
  if (!(e instanceof graphql.GraphQLError)) throw e;
  return { error: e.message, line: e.locations[0].line, column: e.locations[0].column };
}

function lex(source) {
  try {
    const lexer = new Lexer(new graphql.Source(source));
    while (lexer.advance().kind !== '<EOF>');
    const tokens = [];
    for (let token = lexer.token; token; token = token.prev) {
      tokens.unshift([token.kind, token.start, token.end, token.value ?? null]);
    }
    return { source, tokens };
  } catch (e) {
    return { source, ...error(e) };
  }
}

function parseCase(source, full) {
  try {
    const document = graphql.parse(source);
    const ast = canon(document);
    const printed = graphql.print(document);
    return full
      ? { source, ast, tokenCount: document.tokenCount, printed }
      : { source, astHash: hash(ast), tokenCount: document.tokenCount, printedHash: hash(printed) };
  } catch (e) {
    return { source, ...error(e) };
  }
}

function entry(source, parseFn) {
  try {
    return { source, ast: canon(parseFn(source)) };
  } catch (e) {
    return { source, ...error(e) };
  }
}

// Seeded mutations (delete, insert, duplicate, swap, truncate) of the curated documents: most fail
// somewhere unexpected, which exercises every error path with its position.
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const interesting = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '=', '|', '&', '...', '.', '"', '"""', '\\', '#', '\n', ',',
  ' ', '0', '1', '-', 'e', 'on', 'query ', 'fragment ', 'extend ', 'type ', 'a', '\u0000', '\uD800', '😀', "'", 'true', 'null'];
const ignored = [' ', ',', '\n', '\r\n', '\r', '\t', '# comment\n', '\uFEFF', ',,, '];
function mutate(source, random) {
  const at = () => Math.floor(random() * (source.length + 1));
  // Half the mutations insert ignored tokens, which keeps most documents valid but moves every location.
  if (random() < 0.5) {
    let out = source;
    for (let n = 1 + Math.floor(random() * 8); n > 0; n--) {
      const i = Math.floor(random() * (out.length + 1));
      const prev = out.charCodeAt(i - 1); const next = out.charCodeAt(i);
      const inside = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 34;
      if (inside(prev) && inside(next)) continue;
      out = out.slice(0, i) + ignored[Math.floor(random() * ignored.length)] + out.slice(i);
    }
    return out;
  }
  switch (Math.floor(random() * 5)) {
    case 0: { const i = at(); const n = 1 + Math.floor(random() * 6); return source.slice(0, i) + source.slice(i + n); }
    case 1: { const i = at(); return source.slice(0, i) + interesting[Math.floor(random() * interesting.length)] + source.slice(i); }
    case 2: { const i = at(); const n = 1 + Math.floor(random() * 12); return source.slice(0, i) + source.slice(i, i + n) + source.slice(i); }
    case 3: { const i = at(); const j = at(); const [a, b] = i < j ? [i, j] : [j, i]; const n = Math.min(1 + Math.floor(random() * 5), b - a);
      return source.slice(0, a) + source.slice(b, b + n) + source.slice(a + n, b) + source.slice(a, a + n) + source.slice(b + n); }
    default: return source.slice(0, at());
  }
}
function fuzz() {
  const random = mulberry32(20251117);
  const seeds = cases.parse.filter((s) => s.length > 8);
  const out = [];
  for (let i = 0; i < 3000; i++) {
    let source = seeds[Math.floor(random() * seeds.length)];
    const rounds = 1 + Math.floor(random() * 3);
    for (let r = 0; r < rounds; r++) source = mutate(source, random);
    out.push(parseCase(source, false));
  }
  return out;
}

const fixtures = {
  generator: 'generate.cjs',
  graphqlJs: graphql.version,
  lexer: cases.lexer.map(lex),
  parse: cases.parse.map((s) => parseCase(s, true)),
  parseValue: cases.parseValue.map((s) => entry(s, graphql.parseValue)),
  parseConstValue: cases.parseConstValue.map((s) => entry(s, graphql.parseConstValue)),
  parseType: cases.parseType.map((s) => entry(s, graphql.parseType)),
  dedent: cases.dedent.map((lines) => ({ lines, dedented: blockString.dedentBlockStringLines(lines) })),
  blockString: cases.blockStringValues.map((value) => ({
    value,
    printed: blockString.printBlockString(value),
    minimized: blockString.printBlockString(value, { minimize: true }),
    printable: blockString.isPrintableAsBlockString(value),
  })),
  printForError: cases.printForError.map((source) => ({ source, printed: printer.printForError(graphql.parseValue(source)) })),
  fuzz: fuzz(),
};

fs.writeFileSync(path.join(__dirname, 'language-fixtures.json'), JSON.stringify(fixtures, null, 1) + '\n');
const count = (list) => `${list.length} (${list.filter((c) => c.error).length} errors)`;
console.log(`lexer ${count(fixtures.lexer)}, parse ${count(fixtures.parse)}, fuzz ${count(fixtures.fuzz)}`);
