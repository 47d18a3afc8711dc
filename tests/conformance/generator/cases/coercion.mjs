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

// Literal edges: values validation accepts, and what they coerce to.
literal('int-min-and-max', 'int: -2147483648, ints: [2147483647, -0, 0]');
literal('float-huge-is-infinite', 'float: 1e400');
literal('float-many-digits', 'float: 0.30000000000000004, ints: [1]');
literal('float-negative-exponent', 'float: 1.5e-7');
literal('float-big-integral', 'float: 123456789012345680000');
literal('id-from-big-int', 'id: 123456789012345678901234567890');
literal('id-from-negative-int', 'id: -17');
literal('string-escapes', String.raw`string: "tab\there \"quoted\" \\ \u00e9 \u{1F600} \uD83D\uDE00 \u0000 \u2028"`);
literal('string-unicode', 'string: "日本 😀 €"');
literal('enum-in-list', 'color: RED, input: {c: BLUE}');
literal('list-of-one-object', 'inputs: {a: 9}');
literal('nested-list-mixed-items', 'nestedInts: [1, [2, null], null, [3]]');
literal('non-null-items', 'nonNullInts: [1, 2]');
literal('non-null-items-single', 'nonNullInts: 3');
literal('input-nested-lists-and-nulls', 'input: {d: 5, e: {d: [], e: null}}');
literal('input-field-order-follows-type', 'input: {f: 3, e: {a: 1}, c: RED, b: "bee", a: 2}');
literal('oneof-null-object', 'oneOf: null');
literal('custom-scalar-literals', 'json: {a: [1, 2.5, "x", true, null, ENUM_LIKE], b: {c: {}}}, jsonList: [1, "two", [3]]');
literal('custom-scalar-null', 'json: null');
literal('required-input', 'required: {req: 1}');
literal('required-input-all-fields', 'required: {req: 2, opt: "o", nonNullDefault: false}');
cases.push(
  { id: 'literal-argument-defaults-of-every-kind', kind: 'execute', schema: 'execution', document: '{ echoDefaults }', rootValue: { echoDefaults: { $args: true } } },
  { id: 'literal-argument-defaults-overridden', kind: 'execute', schema: 'execution', document: '{ echoDefaults(color: RED, list: null, input: {a: 1}, json: "plain") }', rootValue: { echoDefaults: { $args: true } } },
);

// Literals validation rejects: the response is the validation error.
literal('int-too-small', 'int: -2147483649');
literal('int-from-float-literal', 'int: 1.5');
literal('int-from-integral-float-literal', 'int: 2.0');
literal('id-from-float-literal', 'id: 1.5');
literal('float-from-string-literal', 'float: "1.5"');
literal('string-from-enum-literal', 'string: RED');
literal('enum-from-string-literal', 'color: "RED"');
literal('enum-wrong-case', 'color: red');
literal('non-null-item-null', 'nonNullInts: [1, null]');
literal('input-unknown-field', 'input: {a: 1, z: 2}');
literal('oneof-two-fields', 'oneOf: {a: 1, b: "x"}');
literal('oneof-null-field', 'oneOf: {a: null}');
literal('required-input-missing-field', 'required: {opt: "x"}');
literal('required-input-null-field', 'required: {req: null}');

// Variable edges.
variable('int-min', '$v: Int', 'int: $v', { v: -2147483648 });
variable('int-max', '$v: Int', 'int: $v', { v: 2147483647 });
variable('int-too-small', '$v: Int', 'int: $v', { v: -2147483649 });
variable('int-huge-exponent', '$v: Int', 'int: $v', { v: 1e100 });
variable('int-negative-fraction', '$v: Int', 'int: $v', { v: -0.5 });
variable('int-from-null-in-list', '$v: [Int]', 'ints: $v', { v: [null] });
variable('float-small-exponent', '$v: Float', 'float: $v', { v: 1.5e-7 });
variable('float-many-digits', '$v: Float', 'float: $v', { v: 0.1 + 0.2 });
variable('float-max', '$v: Float', 'float: $v', { v: 1.7976931348623157e308 });
variable('float-big-integral', '$v: Float', 'float: $v', { v: 1e21 });
variable('float-from-boolean', '$v: Float', 'float: $v', { v: false });
variable('float-from-object', '$v: Float', 'float: $v', { v: { x: 1 } });
variable('string-unicode', '$v: String', 'string: $v', { v: 'héllo 😀 \u0000 \u001f \u2028 "q" \\' });
variable('string-lone-surrogate', '$v: String', 'string: $v', { v: 'a\uD800b' });
variable('boolean-true', '$v: Boolean', 'boolean: $v', { v: true });
variable('boolean-from-string', '$v: Boolean', 'boolean: $v', { v: 'false' });
variable('id-from-big-int', '$v: ID', 'id: $v', { v: 12345678901 });
variable('id-from-negative', '$v: ID', 'id: $v', { v: -5 });
variable('id-from-exponent-integer', '$v: ID', 'id: $v', { v: 1e21 });
variable('id-from-boolean', '$v: ID', 'id: $v', { v: true });
variable('id-from-string-digits', '$v: ID', 'id: $v', { v: '007' });
variable('enum-lowercase', '$v: Color', 'color: $v', { v: 'red' });
variable('enum-from-boolean', '$v: Color', 'color: $v', { v: true });
variable('enum-from-object', '$v: Color', 'color: $v', { v: { RED: true } });
variable('list-of-lists-single', '$v: [[Int]]', 'nestedInts: $v', { v: 4 });
variable('list-of-lists-bad-deep-item', '$v: [[Int]]', 'nestedInts: $v', { v: [[1], [2, 'x']] });
variable('list-null', '$v: [Int]', 'ints: $v', { v: null });
variable('list-empty', '$v: [Int!]!', 'nonNullInts: $v', { v: [] });
variable('list-non-null-single-null', '$v: [Int!]', 'nonNullInts: $v', { v: null });
variable('input-explicit-null-field', '$v: EchoInput', 'input: $v', { v: { a: null, b: null } });
variable('input-null-for-non-null-field-with-default', '$v: EchoInput', 'input: $v', { v: { f: null } });
variable('input-non-null-field-default-applied', '$v: EchoInput', 'input: $v', { v: {} });
variable('input-field-order-follows-type', '$v: EchoInput', 'input: $v', { v: { f: 2, c: 'RED', a: 1 } });
variable('input-single-to-list-field', '$v: EchoInput', 'input: $v', { v: { d: 3 } });
variable('input-list-single-object', '$v: [EchoInput]', 'inputs: $v', { v: { a: 1 } });
variable('input-several-errors', '$v: EchoInput', 'input: $v', { v: { a: 'x', c: 'NOPE', d: ['y'], zz: 1 } });
variable('required-input-missing-field', '$v: RequiredInput', 'required: $v', { v: { opt: 'x' } });
variable('required-input-null-field', '$v: RequiredInput', 'required: $v', { v: { req: null } });
variable('required-input-defaults', '$v: RequiredInput', 'required: $v', { v: { req: 3 } });
variable('oneof-nested-input', '$v: OneOfEcho', 'oneOf: $v', { v: { c: { a: 5 } } });
variable('oneof-unknown-field', '$v: OneOfEcho', 'oneOf: $v', { v: { z: 1 } });
variable('oneof-bad-value', '$v: OneOfEcho', 'oneOf: $v', { v: { a: 'x' } });
variable('oneof-null', '$v: OneOfEcho', 'oneOf: $v', { v: null });
variable('custom-scalar-any-json', '$v: JSON', 'json: $v', { v: { a: [1, 'two', null, { deep: true }], n: 1.5 } });
variable('custom-scalar-in-list', '$v: [JSON!]', 'jsonList: $v', { v: [1, 'x', [2], { y: null }] });
variable('custom-scalar-in-literal-object', '$v: Int', 'json: {a: $v, b: [$v, 2]}', { v: 3 });
variable('default-list-from-single', '$v: [Int] = 5', 'ints: $v', {});
variable('default-enum', '$v: Color = GREEN', 'color: $v', {});
variable('default-object-with-nested-defaults', '$v: EchoInput = {e: {a: 1}}', 'input: $v', {});
variable('default-not-used-when-provided', '$v: EchoInput = {a: 1}', 'input: $v', { v: { a: 2 } });
variable('non-null-with-default-missing', '$v: Int! = 3', 'int: $v', {});
variable('non-null-with-default-null', '$v: Int! = 3', 'int: $v', { v: null });
variable('too-many-errors', Array.from({ length: 52 }, (_, i) => `$v${i}: Int`).join(', '), 'int: $v0, ' + 'ints: [' + Array.from({ length: 51 }, (_, i) => `$v${i + 1}`).join(', ') + ']', Object.fromEntries(Array.from({ length: 52 }, (_, i) => [`v${i}`, 'x'])));
variable('extra-variables-ignored', '$v: Int', 'int: $v', { v: 1, unknown: 'ignored', also: [1] });
variable('list-items-from-variables-missing', '$a: Int, $b: Int', 'nonNullInts: [$a, $b]', { a: 1 });

cases.push(
  { id: 'argument-required-from-non-null-variable', kind: 'execute', schema: 'execution', document: 'query Q($v: Int!) { echoRequired(value: $v) }', variables: { v: 8 }, rootValue: root },
  { id: 'argument-required-with-default-variable', kind: 'execute', schema: 'execution', document: 'query Q($v: Int = 4) { echoRequired(value: $v) }', variables: {}, rootValue: root },
  { id: 'argument-required-with-default-variable-null', kind: 'execute', schema: 'execution', document: 'query Q($v: Int = 4) { echoRequired(value: $v) }', variables: { v: null }, rootValue: root },
  { id: 'argument-input-from-variable', kind: 'execute', schema: 'execution', document: 'query Q($v: EchoInput!) { echoInput(input: $v) }', variables: { v: { a: 1 } }, rootValue: root },
  { id: 'argument-defaults-with-variables', kind: 'execute', schema: 'execution', document: 'query Q($c: Color, $l: [Int]) { echoDefaults(color: $c, list: $l) }', variables: { l: [9] }, rootValue: { echoDefaults: { $args: true } } },
  { id: 'arguments-same-field-different-aliases', kind: 'execute', schema: 'execution', document: '{ a: echo(int: 1) b: echo(int: 2) c: echo }', rootValue: root },
);

// Output coercion (spec §3.5): what resolvers return, serialised by the field's type.
function output(label, document, rootValue) {
  cases.push({ id: `scalar-output-${label}`, kind: 'execute', schema: 'execution', document, rootValue });
}
output('int-min', '{ int }', { int: -2147483648 });
output('int-too-small', '{ int }', { int: -2147483649 });
output('int-from-integral-float', '{ int }', { int: 3.0 });
output('int-from-numeric-string-with-spaces', '{ int }', { int: ' 12 ' });
output('int-from-exponent-string', '{ int }', { int: '1e3' });
output('int-from-hex-string', '{ int }', { int: '0x10' });
output('int-from-empty-string', '{ int }', { int: '' });
output('int-from-fraction-string', '{ int }', { int: '1.5' });
output('int-from-false', '{ int }', { int: false });
output('int-from-list', '{ int }', { int: [1] });
output('int-from-object', '{ int }', { int: { a: 1 } });
output('float-from-int', '{ float }', { float: 7 });
output('float-from-true', '{ float }', { float: true });
output('float-from-string-with-spaces', '{ float }', { float: ' 2.5 ' });
output('float-from-infinity-string', '{ float }', { float: 'Infinity' });
output('float-from-empty-string', '{ float }', { float: '' });
output('float-from-exponent', '{ float }', { float: 1e-7 });
output('float-from-list', '{ float }', { float: [1.5] });
output('string-from-int', '{ string }', { string: 42 });
output('string-from-negative-exponent', '{ string }', { string: 1.5e-7 });
output('string-from-false', '{ string }', { string: false });
output('string-from-list', '{ string }', { string: ['a', 'b'] });
output('string-from-nested-object', '{ string }', { string: { a: { b: [1, { c: 'd' }] } } });
output('string-unicode', '{ string }', { string: 'é 😀 \u0000 \u2028' });
output('boolean-from-true', '{ boolean }', { boolean: true });
output('boolean-from-one', '{ boolean }', { boolean: 1 });
output('boolean-from-fraction', '{ boolean }', { boolean: 0.5 });
output('boolean-from-list', '{ boolean }', { boolean: [true] });
output('id-from-string', '{ id }', { id: 'abc' });
output('id-from-negative-int', '{ id }', { id: -3 });
output('id-from-big-int', '{ id }', { id: 12345678901 });
output('id-from-exponent-integer', '{ id }', { id: 1e21 });
output('id-from-boolean', '{ id }', { id: true });
output('id-from-object', '{ id }', { id: { id: 1 } });
output('custom-scalar-passthrough', '{ json jsonList }', { json: { a: [1, 'x', null, { b: false }] }, jsonList: [1, 'two', { three: 3 }, null] });
output('custom-scalar-string', '{ json }', { json: 'just text' });
output('list-of-scalars-mixed-errors', '{ list colors }', { list: ['a', 1, true, { x: 1 }], colors: ['RED', 'NOPE', null] });
output('enum-from-int', '{ color }', { color: 1 });
output('enum-from-boolean', '{ color }', { color: true });

export default cases;
