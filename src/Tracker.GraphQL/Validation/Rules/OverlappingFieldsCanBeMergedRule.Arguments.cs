using System.Text;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Whether two fields of one response name have the same arguments: compared by a canonical text of each value, cached per pair.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class MergeState
    {
        private bool SameArguments(FieldDetails field1, FieldDetails field2)
        {
            field1.SameArgumentsWith ??= new Dictionary<FieldDetails, bool>(ReferenceEqualityComparer.Instance);
            if (field1.SameArgumentsWith.TryGetValue(field2, out var cached))
            {
                return cached;
            }
            var same = CompareArguments(field1.Node.Arguments, field2.Node.Arguments);
            field1.SameArgumentsWith[field2] = same;
            return same;
        }

        private bool CompareArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }
            foreach (var argument1 in arguments1)
            {
                Spend(1);
                if (LastArgumentNamed(arguments2, argument1.Name.Value) is not { } value2 || ValueKey(argument1.Value) != ValueKey(value2))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>The value of the last argument with this name (graphql-js keeps the last of duplicates).</summary>
        private static ValueNode? LastArgumentNamed(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            for (var i = arguments.Count - 1; i >= 0; i--)
            {
                if (arguments[i].Name.Value == name)
                {
                    return arguments[i].Value;
                }
            }
            return null;
        }

        /// <summary>A canonical text of a literal: equal for literals that mean the same (object fields in any order).</summary>
        private string ValueKey(ValueNode value)
        {
            if (_valueKeys.TryGetValue(value, out var cached))
            {
                return cached;
            }
            var builder = new StringBuilder();
            AppendKey(builder, value);
            var key = builder.ToString();
            _valueKeys[value] = key;
            return key;
        }

        private static void AppendKey(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    builder.Append("$(").Append(variable.Name.Value).Append(')');
                    break;
                case ObjectValueNode obj:
                    builder.Append("{");
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(JsFormat.JsonString(field.Name.Value)).Append(':');
                        AppendKey(builder, field.Value);
                        builder.Append(',');
                    }
                    builder.Append('}');
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        AppendKey(builder, item);
                        builder.Append(',');
                    }
                    builder.Append(']');
                    break;
                case StringValueNode s:
                    builder.Append(s.Block ? "B" : "S").Append(JsFormat.JsonString(s.Value));
                    break;
                case IntValueNode i:
                    builder.Append("I").Append(i.Value);
                    break;
                case FloatValueNode f:
                    builder.Append("F").Append(f.Value);
                    break;
                case BooleanValueNode b:
                    builder.Append(b.Value ? "T" : "X");
                    break;
                case EnumValueNode e:
                    builder.Append("E").Append(e.Value);
                    break;
                default:
                    builder.Append("N");
                    break;
            }
        }
    }
}
