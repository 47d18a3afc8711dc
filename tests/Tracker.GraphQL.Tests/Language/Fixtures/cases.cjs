// Curated inputs for the language fixtures. Each list is run through graphql-js 17.1.0 by generate.cjs.
'use strict';

const kitchenSinkQuery = require('fs').readFileSync(require('path').join(__dirname, '..', 'Samples', 'query-kitchen-sink.graphql'), 'utf8');
const kitchenSinkSchema = require('fs').readFileSync(require('path').join(__dirname, '..', 'Samples', 'schema-kitchen-sink.graphql'), 'utf8');

// Sources lexed token by token (comments included), or rejected with the lexer's message.
const lexer = [
  '', '   ', '\uFEFF', ',,,', '\t\r\n\r\n\n', '!', '$', '&', '(', ')', '...', ':', '=', '@', '[', ']', '{', '|', '}',
  '! $ & ( ) ... : = @ [ ] { | }', 'a', '_', '__typename', 'a1_B2', 'Z9', 'name-with-dash',
  '0', '-0', '9', '-9', '123', '-456', '1.0', '-1.5', '0.0', '1e10', '1E10', '1e-10', '1e+10', '0.5e+3', '1.5E3', '-0.0e-0',
  '00', '01', '-01', '-', '--1', '+1', '1.', '1.e1', '1e', '1e+', '1e-', '1E', '1.2.3', '1a', '1_', '0x1', '1.5a', '1e1.2',
  '1e1e1', '0.x', '1.0_', '-a', '.5', '.', '..', '.. .', '....', '. . .', '1..', '12.', '-.5', '0.',
  '""', '"simple"', '" white space "', '"quote \\""', '"escaped \\n\\r\\b\\t\\f"', '"slashes \\\\ \\/"',
  '"unicode \\u1234\\u5678\\u90AB\\uCDEF"', '"\\u0000"', '"\\u{0}"', '"\\u{41}"', '"\\u{1F600}"', '"\\u{10FFFF}"',
  '"\\u{0000000041}"', '"\\u{110000}"', '"\\u{}"', '"\\u{FFFFFFFF}"', '"\\u{123456789}"', '"\\u{D800}"', '"\\u{DFFF}"',
  '"\\u{1F600"', '"\\u{xyz}"', '"\\u{', '"\\uD83D\\uDE00"', '"\\uD83D"', '"\\uD83Dx"', '"\\uDE00"', '"\\uD83D\\u0041"',
  '"\\uD83D\\uD83D"', '"\\uD83D\\uDE0"', '"\\u12"', '"\\u12', '"\\uXYZW"', '"\\u00G0"', '"\\x"', '"\\', '"\\"', '"\\u',
  '"unterminated', '"line\nbreak"', '"carriage\rreturn"', '"lone \uD800 surrogate"', '"lone low \uDC00"', '"emoji 😀"',
  '"control \u0000\u0007\u001F"', '"bom \uFEFF inside"', '"tab\tinside"', '"\u2028 \u2029"', '"é"',
  '""""""', '"""simple"""', '"""  white space  """', '"""contains " quote"""', '"""contains \\""" triplequote"""',
  '"""multi\nline"""', '"""multi\r\nline\r\nnormalized"""', '"""multi\rline\rnormalized"""',
  '"""unescaped \\n\\r\\b\\t\\f\\u1234"""', '"""slashes \\\\ \\/"""',
  '"""\n\n        spans\n          multiple\n            lines\n\n        """',
  '"""\n  a\n    b\n  c\n"""', '"""  first\n  second"""', '"""\t\tx\n\t\ty"""', '"""\n   \n  x\n   \n"""', '"""   """',
  '"""\n\n\n"""', '"""unterminated', '"""with \uD800 lone"""', '"""emoji 😀 ok"""', '""""', '"""""', '"""a""""',
  '"""\\"""', '"""\\""""""', '"""\\\\"""', '"""a\\"""b"""',
  '# comment', '#', '# comment\n', '# a\r\n# b\r\n', 'a # trailing', '# 😀 emoji', '# lone \uD800 then', '#\u0000',
  'a\u00A0b', '\u00A0', '\u2028', '\u0007', '\u0000', '\u007F', '?', '~', '%', '^', '*', '+', '/', '\\', ';', '<', '>', '`',
  "'", "'single'", '😀', '\uD800', '\uDC00', '\uD83D\uDE00', '\uFFFE', '\uFEFFa', 'a\uFEFFb',
  '{ a(b: 1.5e3, c: "x") @d { ...F ... on T } }', 'query Q($v: [Int!]! = [1, 2]) { f }',
];

// Documents for parse(); the AST (with locations), token count and printed form are recorded, or the error.
const parse = [
  kitchenSinkQuery,
  kitchenSinkSchema,
  // Operations
  '{ a }', '{a}', 'query { a }', 'query Q { a }', 'mutation { a }', 'mutation M { a }', 'subscription S { a }',
  'query Q($a: Int) { a }', 'query ($a: Int, $b: String!) { a }', 'query Q($a: [Int!]! = [1, 2] @dir @other(x: 1)) { a }',
  'query Q @dir { a }', 'query Q($a: Int) @dir(x: $a) { a }', 'query Q($a: In = {x: 1, y: [A, B]}) { a }',
  'query Q("desc" $a: Int, """block""" $b: Int = 2) { a }', '"Operation" query Q { a }', '"""Block"""\nmutation { a }',
  '"Anonymous with description" query { a }', '"desc" subscription { a }',
  '{ a, b,, c,,, }', '{ a b c }', '{ alias: field }', '{ alias : field(arg: 1) }', '{ a(x: 1, y: 2,) }',
  '{ a { b { c { d } } } }', '{ a {} }', '{}', 'query Q {}', '{ a(x: []) { b } }',
  '{ ...F }', '{ ...F @dir }', '{ ... on T { a } }', '{ ... @dir { a } }', '{ ... { a } }', '{ ...on }' ,
  '{ ... on T @a @b(x: 1) { a } }', 'fragment F on T { a }', 'fragment F on T @dir { a }', '"desc" fragment F on T { a }',
  '{ ...on { a } }', '{ ... on on { a } }', '{ ...query }', '{ ...fragment }', '{ ...true }',
  '{ query mutation subscription fragment on true false null type input enum schema scalar directive extend implements interface union repeatable }',
  '{ on: a fragment: b query(query: query) true: false }', 'query query { query }', 'fragment query on query { query }',
  'query Q { a } query R { b } mutation M { c } subscription S { d } fragment F on T { e }',
  // Values
  '{ a(int: 1, neg: -1, zero: 0, negzero: -0, big: 12345678901234567890) }',
  '{ a(f: 1.0, g: -1.5, h: 1e10, i: 1E-10, j: 0.5e+3, k: -0.0) }',
  '{ a(s: "string", e: "", b: """block""", eb: """""") }',
  '{ a(s: "\\"\\\\\\/\\b\\f\\n\\r\\t", u: "\\u0041\\u{1F600}\\uD83D\\uDE00") }',
  '{ a(t: true, f: false, n: null, e: ENUM, e2: on, e3: query) }',
  '{ a(l: [], l2: [1, 2, 3], l3: [[1], [2, [3]]], l4: [{}], l5: [$v, 1]) }',
  '{ a(o: {}, o2: {a: 1}, o3: {a: {b: {c: [1]}}}, o4: {a: $v}) }',
  '{ a(v: $var, v2: $on, v3: $query) }',
  '{ a(x: """\n    indented\n      more\n    back\n  """) }',
  '{ a(list: [111111111, 222222222, 333333333, 444444444, 555555555, 666666666, 777777777, 8]) }',
  '{ a(list: [111111111, 222222222, 333333333, 444444444, 555555555, 666666666, 77777777, 8]) }',
  '{ a(obj: {first: "aaaaaaaaaaaaaaaa", second: "bbbbbbbbbbbbbbbbb", third: "cccccccccccccccccc"}) }',
  '{ a(obj: {first: "aaaaaaaaaaaaaaaa", second: "bbbbbbbbbbbbbbbbb", third: "ccccccccccccccccc"}) }',
  '{ a(nested: {list: [{x: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}, {y: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}], z: [1]}) }',
  '{ someField(firstArgument: "a long value", secondArgument: "another long value", third: 3) }',
  '{ someField(firstArgument: "a long value", secondArgument: "another long value", t: 3) }',
  '{ alias: someField(firstArgument: "a long value", secondArgument: "long value") @dir { a } }',
  '{ ... on T { deep { deeper(argumentNumberOne: "aaaaaaaaaaaaaaaaaaaa", argumentNumberTwo: "bbbbbbbbbb") { x } } } }',
  'query Q($a: Int, $b: Int) @dir(arg: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") { a }',
  'query Q("""\nmulti\nline\n""" $a: Int, $b: Int) { a }',
  'query Q("""one""" $a: Int, $b: Int) { a }',
  '{ a @d1 @d2(x: 1) @d3(list: [1, 2], obj: {a: 1}) }',
  '{ a(s: "quote\\"s and \\\\ backslashes and \\u0000 control and \\u007F del and \\u0085") }',
  '{ a(b: """ends with quote\\"""", c: """  leading space""", d: """trailing slash\\\\""") }',
  '{ a(b: """line one\n  line two""", c: """\n  \n  x\n  """) }',
  '{ a(b: "' + 'x'.repeat(100) + '", c: """' + 'y'.repeat(75) + '""") }',
  '# only\n{ a # x\n # y\n b }\n# end',
  '\uFEFF{ a }', '\r\n\r\n{\r\n  a\r\n}\r\n', '\r{\ra\r}',
  // Type system
  'schema { query: Q }', 'schema { query: Q mutation: M subscription: S }', '"desc" schema @dir { query: Q }',
  'schema @a @b(x: 1) { query: Query }', '"""desc"""\nschema { query: Q }',
  'scalar S', 'scalar S @dir', '"desc" scalar S @specifiedBy(url: "https://example.com")',
  'type T', 'type T { a: Int }', 'type T implements I { a: Int }', 'type T implements I & J @dir { a: Int }',
  'type T implements & I & J { a: Int }', 'type T implements I J { a: Int }', 'type T @dir', 'type T implements I',
  'type T { a(x: Int = 1 @dir, y: [String!]! = ["a"]): [T!]! @deprecated(reason: "no") }',
  'type T { "field desc" a: Int """block field""" b("arg desc" x: Int): Int }',
  'type T { a(\n  "desc" x: Int\n  y: Int\n): Int }', 'type T { a(x: Int, """\nmulti\n""" y: Int): Int }',
  'interface I', 'interface I { a: Int }', 'interface I implements J & K @dir { a: Int }', '"desc" interface I { a: Int }',
  'union U', 'union U = A', 'union U = A | B | C', 'union U = | A | B', 'union U @dir = A | B', '"desc" union U @dir',
  'union U =\n  | A\n  | B',
  'enum E', 'enum E { A }', 'enum E { A B C }', 'enum E @dir { "desc" A @deprecated B }', 'enum E { on query type }',
  'input I', 'input I { a: Int }', 'input I @oneOf { a: Int = 1 @dir, b: [String] = ["x", null] }',
  '"desc" input I { "field" a: Int }',
  'directive @d on FIELD', 'directive @d(a: Int = 1, b: String) on FIELD | QUERY',
  'directive @d repeatable on FIELD', 'directive @d on | FIELD | QUERY', '"desc" directive @d @dep on FIELD',
  'directive @d(\n  "arg" a: Int\n) repeatable on FIELD',
  'directive @d on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | FRAGMENT_VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | DIRECTIVE_DEFINITION',
  'extend schema @dir', 'extend schema { mutation: M }', 'extend schema @dir { subscription: S }',
  'extend scalar S @dir', 'extend type T @dir', 'extend type T implements I', 'extend type T { a: Int }',
  'extend type T implements I & J @dir { a: Int }', 'extend interface I @dir', 'extend interface I implements J',
  'extend interface I { a: Int }', 'extend union U @dir', 'extend union U = A | B', 'extend union U = | A',
  'extend enum E @dir', 'extend enum E { A }', 'extend input I @dir', 'extend input I { a: Int }',
  'extend directive @d @dir', 'extend directive @d @a @b(x: 1)',
  'type Query { a: Int } extend type Query { b: Int } { a b }',
  'type T { a: String = "x" }',
  'type T { longField(firstArgument: String = "aaaaaaaaaa", secondArgument: Int = 1234567890, third: Boolean): String }',
  'directive @long(firstArgument: String = "aaaaaaaaaaaaaaaaaaaaaaaaa", secondArgument: Int = 1234567890) on FIELD',
  'input I { a: [Int] = [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777] }',
  'type T { a: String @deprecated(reason: """\n  multi\n  line\n""") }',
  'type T {\n  """\n  Description\n\n  with blank line\n  """\n  a: Int\n}',
  '"""\n\t tab indented\n"""\ntype T { a: Int }',
  // Errors
  '', ' ', '# only a comment', '{', '}', '{ a', '{ a }}', '{ a } }', 'query', 'query Q', 'query Q(', 'query Q($)', 'query Q($a) { a }',
  'query Q($a:) { a }', 'query Q($a: Int =) { a }', 'query Q($a: Int = $b) { a }', 'query Q($a: Int = [$b]) { a }',
  'query Q($a: Int = {x: $b}) { a }', 'query Q($a: Int = $) { a }', 'query Q($a: Int @dir(x: $b)) { a }',
  'query Q($a: [Int) { a }', 'query Q($a: Int!!) { a }', 'query Q($a: !Int) { a }', 'query Q() { a }', 'query Q($a: Int) @',
  'notAnOperation Foo { field }', 'Query { a }', 'QUERY { a }', '...', '{ ...', '{ ... on }', '{ ...on }', '{ ... on T }',
  '{ ...F(x: 1) }', '{ a: }', '{ a: b: c }', '{ a(x) }', '{ a(x:) }', '{ a() }', '{ a(x: 1 }', '{ a(: 1) }',
  '{ a(x: [1, 2) }', '{ a(x: {a: 1) }', '{ a(x: {a}) }', '{ a(x: {1: 2}) }', '{ a(x: $) }', '{ a(x: $1) }', '{ a(x: $"s") }',
  '{ a(x: @) }', '{ a(x: ...) }', '{ a(x: }) }', '{ a @ }', '{ a @1 }', '{ a @d( }', '{ a @d() }',
  '{ "" }', '{ a(x: 1 2) }', '{ a: "x" }',
  'fragment on on on { on }', 'fragment on on T { a }', 'fragment F { a }', 'fragment F on { a }', 'fragment F on T',
  'fragment F on T @dir', 'fragment F($a: Int) on T { a }', 'fragment "F" on T { a }', 'fragment F on T[] { a }',
  '"desc" { a }', '"desc"', '"desc" "desc2" query { a }', '"desc" extend type T @dir', '"desc" extend schema @dir',
  '"desc" notAKeyword', '"""desc""" { a }', '"desc" 123',
  'schema', 'schema {}', 'schema { query }', 'schema { query: }', 'schema { query: [Q] }', 'schema { other: Q }',
  'schema { query: Q', 'schema @dir', 'schema @dir(x: $v) { query: Q }',
  'scalar', 'scalar S @dir(x: $v)', 'scalar "S"',
  'type', 'type T {}', 'type T { }', 'type T { a }', 'type T { a: }', 'type T { a(): Int }', 'type T { a(x): Int }',
  'type T { a: Int = 1 }', 'type T implements', 'type T implements I &', 'type T implements & { a: Int }',
  'type T implements I, J { a: Int }', 'type T { a: Int @dir(x: $v) }', 'type T { a(x: Int = $v): Int }',
  'type T { "desc" }', 'type T { a: Int "trailing" }',
  'interface', 'interface I {}', 'interface I implements { a: Int }',
  'union', 'union U =', 'union U = |', 'union U = A |', 'union U = A | | B', 'union U = A B', 'union U | A', 'union U = A & B',
  'enum', 'enum E {}', 'enum E { true }', 'enum E { false }', 'enum E { null }', 'enum E { A true }', 'enum E { "desc" null }',
  'enum E { "d" "true" }', 'enum E { 1 }', 'enum E { A: Int }', 'enum E { A = 1 }', 'enum E = A',
  'input', 'input I {}', 'input I { a }', 'input I { a: Int = }', 'input I { a(x: Int): Int }', 'input I { a: Int = $v }',
  'directive', 'directive d on FIELD', 'directive @ on FIELD', 'directive @d', 'directive @d on', 'directive @d on FOO',
  'directive @d on field', 'directive @d on FIELD |', 'directive @d on FIELD | | QUERY', 'directive @d on FIELD QUERY',
  'directive @d repeatable', 'directive @d repeatable FIELD', 'directive @d on repeatable FIELD', 'directive @d() on FIELD',
  'directive @d(a) on FIELD', 'directive @d(a: Int = $v) on FIELD', 'directive @d @dir(x: $v) on FIELD',
  'directive @d on "FIELD"',
  'extend', 'extend foo', 'extend "x"', 'extend schema', 'extend schema {}', 'extend schema { query }', 'extend scalar S',
  'extend scalar', 'extend type', 'extend type T', 'extend type T {}', 'extend interface I', 'extend union U',
  'extend union U =', 'extend enum E', 'extend enum E {}', 'extend input I', 'extend input I {}', 'extend directive',
  'extend directive d', 'extend directive @d', 'extend directive @d on FIELD', 'extend fragment F', 'extend query',
  'extend schema @dir(x: $v)', 'extend type T @dir(x: $v)',
  '{ a } garbage', '{ a } "x"', '{ a } 123', '{ a } [', '{ a } $x', '{ a } fragment', 'query Q { a } query',
  '{ a(x: 01) }', '{ a(x: 1.) }', '{ a(x: .5) }', '{ a(x: 1e) }', '{ a(x: 1x) }', '{ a(x: "\\u{110000}") }',
  '{ a(x: "\\uD800") }', '{ a(x: "\\q") }', '{ a(x: "open\n") }', "{ a(x: 'single') }", '{ a ?? }', '{ a .. }',
  '{ a \u0007 }', '{ a \uD800 }', '{ a(x: """open) }', '{ a(x: "open) }',
  // Comments between a description or "extend" and what follows them (the parser looks ahead past them).
  '"desc" # comment\n type T', '"""block""" # c1\n# c2\n query Q { a }', 'extend # c\n type T @d', '"d" # c\n "e" type T',
  '"d" # c\n { a }', '"d" # c\n extend type T @d', 'extend # only a comment', 'query Q # c\n ( # c\n $a # c\n : Int) { a }',
];

const parseValue = [
  '1', '-1', '1.5', '"s"', '"""b"""', 'true', 'false', 'null', 'ENUM', '[]', '[1, 2]', '{}', '{a: 1}', '$v',
  '[$v]', '{a: $v}', '{a: [{b: $v}]}', '[1 2 3]', '[1, [2, [3, [4]]]]', '{a: {b: {c: {}}}}',
  '', ' ', '1 2', '[', '{', '{a}', '{a: }', '$', '$1', 'on', 'query', '@', '...', '1.', '"unterminated', '[1,', ']', '}',
  '# comment\n1', '1 # comment',
];
const parseConstValue = [
  '1', '"s"', '[1, {a: B}]', '{a: [true, null]}', '$v', '[$v]', '{a: $v}', '[1, {a: [$v]}]', '$', '$1', '$"x"', '', '1 1',
];
const parseType = [
  'String', 'String!', '[String]', '[String!]', '[String]!', '[String!]!', '[[Int]]', '[[[Int!]!]!]!', 'on', 'query',
  '', '!', 'String!!', '[String', 'String]', '[]', '[String]]', '!String', '1', '"s"', '[String!', 'a b', '[a b]',
];

// Inputs for the block string helpers.
const dedent = [
  [''], ['  '], ['', ''], ['a'], ['  a'], ['', '  a', ''], ['', '  a', '    b', '  c', ''], ['first', '  a', '    b'],
  ['  first', '    a', '    b'], ['\tx', '\t\ty'], ['', '', '  a', '', '  b', '', ''], ['a', '', '  '], [' ', 'a', ' '],
  ['x', '   ', '  y'], ['', '\t \tz', '\t \t  w'],
];
const blockStringValues = [
  '', ' ', 'simple', '  leading space', 'trailing space  ', 'first\nsecond', 'first\n  indented', '\nleading newline',
  'trailing newline\n', 'ends with quote"', 'ends with backslash\\', 'has """ inside', 'ends with """', '"""',
  'x'.repeat(70), 'x'.repeat(71), '  indented\n  both', 'a\n\nb', '\n', '\n\n', 'a\r\nb', 'a\rb', 'tab\tin', '\tleading tab',
  'a\n ', ' \na', 'control \u0000', 'unicode é 😀', 'a\n  b\n c', 'line\n\n  \n', '\n  a\n  b',
];

// Values and nested documents for printForError (indentation stops at depth 100).
const printForError = [
  '[1, 2, 3]', '{a: 1, b: [2]}', '"string"', '"""block\nstring"""', 'ENUM', 'null',
  '{' + 'a: {'.repeat(3) + 'b: "' + 'x'.repeat(80) + '"' + '}'.repeat(3) + '}',
  '[' + '[111111111, 222222222, 333333333, 444444444, 555555555, 666666666, 777777777, 888888888], '.repeat(2) + '1]',
];

module.exports = { lexer, parse, parseValue, parseConstValue, parseType, dedent, blockStringValues, printForError, kitchenSinkQuery, kitchenSinkSchema };

// printForError flattens lines beyond 100 indentation levels: nest an object deeper than that.
module.exports.printForError.push('{a: '.repeat(105) + '"' + 'z'.repeat(90) + '"' + '}'.repeat(105));
module.exports.printForError.push('['.repeat(103) + '"' + 'z'.repeat(90) + '", """block\n  line"""' + ']'.repeat(103));
