// The built-in scalar tables: JavaScript values (with the CLR values that stand for them) and literals.
'use strict';

// [JavaScript value, C# expression of the CLR value]
const values = [
  [1, '1'], [-1, '-1'], [0, '0'], [1.5, '1.5'], [-1.5, '-1.5'], [1e21, '1e21'],
  [2147483647, 'int.MaxValue'], [2147483648, '2147483648L'], [-2147483648, 'int.MinValue'], [-2147483649, '-2147483649L'],
  [NaN, 'double.NaN'], [Infinity, 'double.PositiveInfinity'], [-Infinity, 'double.NegativeInfinity'],
  ['1', '"1"'], ['1.5', '"1.5"'], ['', '""'], [' ', '" "'], ['abc', '"abc"'], ['0x1F', '"0x1F"'], ['1e3', '"1e3"'],
  ['-0b1', '"-0b1"'], [' 12 ', '" 12 "'], ['\u00a012\ufeff', '"\\u00a012\\ufeff"'], ['Infinity', '"Infinity"'], ['1_000', '"1_000"'], ['.5', '".5"'], ['5.', '"5."'],
  [true, 'true'], [false, 'false'], [[1], 'new List<object?> { 1d }'], [{ a: 1 }, 'new Dictionary<string, object?> { ["a"] = 1d }'],
  [2n ** 40n, 'BigInteger.Pow(2, 40)'], [2n ** 60n + 1n, 'BigInteger.Pow(2, 60) + 1'], [2n ** 60n + 1n, '(1L << 60) + 1'],
  [2n ** 1100n, 'BigInteger.Pow(2, 1100)'],
];

const literals = ['1', '-1', '0', '-0', '2147483647', '2147483648', '-2147483649', '99999999999999999999', '1.5', '1e3', '-1.0e-2',
  '"abc"', '"1"', '"""block"""', 'true', 'false', 'null', 'ENUM', '[1]', '{a: 1}', '$var'];

const literalValues = [
  [1, '1'], [-1, '-1'], [1.5, '1.5'], [1e21, '1e21'], [-0, '-0d'], [2147483648, '2147483648L'], [NaN, 'double.NaN'],
  [Infinity, 'double.PositiveInfinity'], ['abc', '"abc"'], ['123', '"123"'], ['-0', '"-0"'], ['01', '"01"'], ['a\nb', '"a\\nb"'],
  [true, 'true'], [false, 'false'], [null, 'null'], [[1], 'new List<object?> { 1d }'],
  [{ a: 1 }, 'new Dictionary<string, object?> { ["a"] = 1d }'], [2n ** 40n, 'BigInteger.Pow(2, 40)'],
];

const scalarNames = ['Int', 'Float', 'String', 'Boolean', 'ID'];

function outcome(scalar, run) {
  try {
    const x = run();
    if (typeof x === 'string') return 'string:' + x;
    if (typeof x === 'boolean') return 'bool:' + x;
    return (scalar === 'Int' ? 'int:' : 'double:') + String(x);
  } catch (e) {
    return 'error:' + e.message;
  }
}

// Very long messages (2^1100) are cut and compared as a prefix.
const cut = (text) => (text.length > 140 ? text.slice(0, 140) + '…' : text);

function generate(g, header) {
  const { escaped } = require('./csharp.cjs');
  const coercion = [];
  for (const s of scalarNames) {
    const type = g['GraphQL' + s];
    for (const [op, direction] of [['coerceOutputValue', 'Output'], ['coerceInputValue', 'Input']]) {
      for (const [value, cs] of values) {
        coercion.push(`        { "${s}", "${direction}", ${cs}, ${escaped(cut(outcome(s, () => type[op](value))))} },`);
      }
    }
  }
  const literalRows = [];
  const variable = g.parse('query($var: Int) { a(b: $var) }').definitions[0].selectionSet.selections[0].arguments[0].value;
  for (const s of scalarNames) {
    for (const text of literals) {
      const node = text === '$var' ? variable : g.parseConstValue(text);
      literalRows.push(`        { "${s}", ${escaped(text)}, ${escaped(outcome(s, () => g['GraphQL' + s].coerceInputLiteral(node)))} },`);
    }
  }
  const toLiteral = [];
  for (const s of scalarNames) {
    for (const [value, cs] of literalValues) {
      let r;
      try {
        const node = g['GraphQL' + s].valueToLiteral(value);
        r = node === undefined ? 'none' : node.kind + ':' + g.print(node);
      } catch (e) {
        r = 'error:' + e.message;
      }
      toLiteral.push(`        { "${s}", ${cs}, ${escaped(r)} },`);
    }
  }
  return `${header('Types/Reference/generate.cjs')}using System.Numerics;

namespace Tracker.GraphQL.Tests.Types;

public sealed partial class SpecifiedScalarCoercionTables
{
    /// <summary>Scalar, direction, CLR value, outcome ("int:1", "error:message", ...).</summary>
    public static TheoryData<string, string, object?, string> ValueCoercion => new()
    {
${coercion.join('\n')}
    };

    /// <summary>Scalar, literal text, outcome.</summary>
    public static TheoryData<string, string, string> LiteralCoercion => new()
    {
${literalRows.join('\n')}
    };

    /// <summary>Scalar, CLR value, the literal's kind and printed text ("none" when there is no literal).</summary>
    public static TheoryData<string, object?, string> ValueToLiteral => new()
    {
${toLiteral.join('\n')}
    };
}
`;
}

module.exports = { generate };
