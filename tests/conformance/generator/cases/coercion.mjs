// Input coercion (spec §3.5, §3.10, §6.4.1): literals and variables through the echo field, which returns
// its coerced arguments as JSON. Schema: schemas.mjs "execution".
const cases = [];
const root = { echo: { $args: true }, echoRequired: { $args: true }, echoInput: { $args: true } };

function literal(label, args) {
  cases.push({ id: `literal-${label}`, kind: 'execute', schema: 'execution', document: `{ echo(${args}) }`, rootValue: root });
}

function variable(label, definitions, args, variables) {
  cases.push({
    id: `variable-${label}`,
    kind: 'execute',
    schema: 'execution',
    document: `query Q(${definitions}) { echo(${args}) }`,
    variables,
    rootValue: root,
  });
}

literal('int', 'int: 42');
literal('int-negative', 'int: -2147483648');
literal('int-max', 'int: 2147483647');
literal('float-from-int', 'float: 3');
literal('float', 'float: 3.25');
literal('float-exponent', 'float: 1.5e3');
literal('string', 'string: "hi"');
literal('block-string', 'string: """  block\n  text"""');
literal('boolean', 'boolean: false');
literal('id-from-string', 'id: "abc"');
literal('id-from-int', 'id: 123');
literal('enum', 'color: GREEN');
literal('list', 'ints: [1, 2, 3]');
literal('single-to-list', 'ints: 7');
literal('list-with-null', 'ints: [1, null, 3]');
literal('nested-lists', 'nestedInts: [[1], [2, 3], null]');
literal('nested-single-to-list', 'nestedInts: 1');
literal('input-object', 'input: {a: 1, b: "x", c: RED, d: [1, 2], f: 2.5}');
literal('input-defaults', 'input: {a: 1}');
literal('input-explicit-null', 'input: {b: null}');
literal('input-nested', 'input: {e: {e: {a: 3}}}');
literal('input-list', 'inputs: [{a: 1}, {a: 2}]');
literal('oneof', 'oneOf: {b: "one"}');
literal('oneof-nested', 'oneOf: {c: {a: 1}}');
literal('null-values', 'int: null, string: null, input: null');
cases.push({ id: 'literal-defaults-applied', kind: 'execute', schema: 'execution', document: '{ echo }', rootValue: root });
literal('required-with-default-omitted', 'int: 1');
cases.push({ id: 'literal-required-non-null', kind: 'execute', schema: 'execution', document: '{ echoRequired(value: 5) }', rootValue: root });

variable('int', '$v: Int', 'int: $v', { v: 10 });
variable('int-from-float-integral', '$v: Int', 'int: $v', { v: 10.0 });
variable('int-fraction', '$v: Int', 'int: $v', { v: 1.5 });
variable('int-too-big', '$v: Int', 'int: $v', { v: 2147483648 });
variable('int-from-string', '$v: Int', 'int: $v', { v: '10' });
variable('int-from-boolean', '$v: Int', 'int: $v', { v: true });
variable('float-from-int', '$v: Float', 'float: $v', { v: 2 });
variable('float-from-string', '$v: Float', 'float: $v', { v: '2.5' });
variable('string-from-int', '$v: String', 'string: $v', { v: 3 });
variable('string-from-array', '$v: String', 'string: $v', { v: ['a'] });
variable('boolean-from-int', '$v: Boolean', 'boolean: $v', { v: 1 });
variable('id-from-int', '$v: ID', 'id: $v', { v: 99 });
variable('id-from-float', '$v: ID', 'id: $v', { v: 9.5 });
variable('id-from-object', '$v: ID', 'id: $v', { v: { a: 1 } });
variable('enum', '$v: Color', 'color: $v', { v: 'BLUE' });
variable('enum-unknown', '$v: Color', 'color: $v', { v: 'PURPLE' });
variable('enum-suggestion', '$v: Color', 'color: $v', { v: 'GREN' });
variable('enum-from-int', '$v: Color', 'color: $v', { v: 1 });
variable('list', '$v: [Int]', 'ints: $v', { v: [1, 2] });
variable('single-to-list', '$v: [Int]', 'ints: $v', { v: 5 });
variable('list-bad-item', '$v: [Int]', 'ints: $v', { v: [1, 'two', 3] });
variable('list-non-null-item-null', '$v: [Int!]', 'nonNullInts: $v', { v: [1, null] });
variable('nested-list', '$v: [[Int]]', 'nestedInts: $v', { v: [[1], 2, null] });
variable('input', '$v: EchoInput', 'input: $v', { v: { a: 1, c: 'GREEN' } });
variable('input-unknown-field', '$v: EchoInput', 'input: $v', { v: { a: 1, zzz: 2 } });
variable('input-suggest-field', '$v: EchoInput', 'input: $v', { v: { aa: 1 } });
variable('input-not-object', '$v: EchoInput', 'input: $v', { v: 'text' });
variable('input-bad-nested', '$v: EchoInput', 'input: $v', { v: { e: { e: { a: 'x' } } } });
variable('input-list-item-error', '$v: [EchoInput]', 'inputs: $v', { v: [{ a: 1 }, { d: [1, null] }] });
variable('oneof', '$v: OneOfEcho', 'oneOf: $v', { v: { a: 1 } });
variable('oneof-two-fields', '$v: OneOfEcho', 'oneOf: $v', { v: { a: 1, b: 'x' } });
variable('oneof-null-field', '$v: OneOfEcho', 'oneOf: $v', { v: { a: null } });
variable('oneof-empty', '$v: OneOfEcho', 'oneOf: $v', { v: {} });
variable('non-null-missing', '$v: Int!', 'int: $v', {});
variable('non-null-null', '$v: Int!', 'int: $v', { v: null });
variable('nullable-missing', '$v: Int', 'int: $v', {});
variable('nullable-null', '$v: Int', 'int: $v', { v: null });
variable('default-used', '$v: Int = 7', 'int: $v', {});
variable('default-overridden-by-null', '$v: Int = 7', 'int: $v', { v: null });
variable('default-object', '$v: EchoInput = {a: 4}', 'input: $v', {});
variable('missing-variable-uses-argument-default', '$v: String', 'defaulted: $v', {});
variable('null-variable-overrides-argument-default', '$v: String', 'defaulted: $v', { v: null });
variable('inside-list-literal', '$a: Int, $b: Int', 'ints: [$a, $b, 3]', { a: 1 });
variable('inside-object-literal', '$a: Int, $c: Color', 'input: {a: $a, c: $c}', { a: 2 });
variable('missing-in-object-keeps-default', '$b: String', 'input: {b: $b}', {});
variable('oneof-literal-with-variable', '$b: String!', 'oneOf: {b: $b}', { b: 'via variable' });
variable('many-errors', '$a: Int, $b: Float, $c: Color, $d: EchoInput', 'int: $a, float: $b, color: $c, input: $d', { a: 'x', b: 'y', c: 'z', d: 1 });

cases.push(
  { id: 'argument-required-missing-variable', kind: 'execute', schema: 'execution', document: 'query Q($v: Int) { echoRequired(value: $v) }', variables: {}, rootValue: root },
  { id: 'argument-required-null-variable', kind: 'execute', schema: 'execution', document: 'query Q($v: Int) { echoRequired(value: $v) }', variables: { v: null }, rootValue: root },
  { id: 'argument-input-missing-required-variable', kind: 'execute', schema: 'execution', document: 'query Q($v: EchoInput!) { echoInput(input: $v) }', variables: {}, rootValue: root },
  { id: 'scalar-output-int-from-float', kind: 'execute', schema: 'execution', document: '{ int }', rootValue: { int: 2.5 } },
  { id: 'scalar-output-int-too-big', kind: 'execute', schema: 'execution', document: '{ int }', rootValue: { int: 1e12 } },
  { id: 'scalar-output-int-from-string', kind: 'execute', schema: 'execution', document: '{ int a: int }', rootValue: { int: '12' } },
  { id: 'scalar-output-int-from-boolean', kind: 'execute', schema: 'execution', document: '{ int }', rootValue: { int: true } },
  { id: 'scalar-output-float-from-string', kind: 'execute', schema: 'execution', document: '{ float }', rootValue: { float: '1.25' } },
  { id: 'scalar-output-float-bad-string', kind: 'execute', schema: 'execution', document: '{ float }', rootValue: { float: 'abc' } },
  { id: 'scalar-output-string-from-number', kind: 'execute', schema: 'execution', document: '{ string }', rootValue: { string: 1.5 } },
  { id: 'scalar-output-string-from-big-number', kind: 'execute', schema: 'execution', document: '{ string }', rootValue: { string: 1e21 } },
  { id: 'scalar-output-string-from-boolean', kind: 'execute', schema: 'execution', document: '{ string }', rootValue: { string: true } },
  { id: 'scalar-output-string-from-object', kind: 'execute', schema: 'execution', document: '{ string }', rootValue: { string: { a: 1 } } },
  { id: 'scalar-output-boolean-from-number', kind: 'execute', schema: 'execution', document: '{ boolean }', rootValue: { boolean: 0 } },
  { id: 'scalar-output-boolean-from-string', kind: 'execute', schema: 'execution', document: '{ boolean }', rootValue: { boolean: 'true' } },
  { id: 'scalar-output-id-from-number', kind: 'execute', schema: 'execution', document: '{ id }', rootValue: { id: 123 } },
  { id: 'scalar-output-id-from-fraction', kind: 'execute', schema: 'execution', document: '{ id }', rootValue: { id: 1.5 } },
  { id: 'enum-output-valid', kind: 'execute', schema: 'execution', document: '{ color colors }', rootValue: { color: 'RED', colors: ['GREEN', 'BLUE'] } },
  { id: 'enum-output-invalid', kind: 'execute', schema: 'execution', document: '{ color colors }', rootValue: { color: 'PURPLE', colors: ['GREEN', 'red'] } },
);

export default cases;
