using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

/// <summary>Input field defaults that contain themselves (graphql-js 17's default value cycles).</summary>
public static partial class SchemaValidator
{
    /// <summary>
    /// Default values of input fields that, followed through the defaults of the fields they leave out, contain
    /// themselves (graphql-js 17). The walk is depth first in graphql-js's order, kept on an explicit stack.
    /// </summary>
    private sealed class DefaultValueCycleValidator(Context context)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string Text, Node? Node)> _fieldPath = [];
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);
        private readonly Stack<Step> _steps = new();

        /// <summary>One pending piece of the walk.</summary>
        private abstract record Step;

        /// <summary>A default (literal or value) given for an input object type.</summary>
        private sealed record VisitDefault(InputObjectType Type, ValueNode? Literal, object? Value) : Step;

        /// <summary>A field left out of a default: its own default is used.</summary>
        private sealed record VisitField(InputFieldDefinition Field, InputObjectType FieldType, string FieldText) : Step;

        /// <summary>The walk below a field's default is done.</summary>
        private sealed record LeaveField(string FieldText) : Step;

        /// <summary>Checks the input object as if given an empty object: every field falls back to its default.</summary>
        public void Validate(InputObjectType inputObject)
        {
            _steps.Push(new VisitDefault(inputObject, null, new Dictionary<string, object?>()));
            while (_steps.TryPop(out var step))
            {
                switch (step)
                {
                    case VisitDefault { Literal: { } literal } visit:
                        VisitLiteral(visit.Type, literal);
                        break;
                    case VisitDefault visit:
                        VisitValue(visit.Type, visit.Value);
                        break;
                    case VisitField visit:
                        VisitFieldDefault(visit.Field, visit.FieldType, visit.FieldText);
                        break;
                    case LeaveField leave:
                        _fieldPath.RemoveAt(_fieldPath.Count - 1);
                        _fieldPathIndex.Remove(leave.FieldText);
                        break;
                }
            }
        }

        private void VisitValue(InputObjectType inputObject, object? defaultValue)
        {
            if (defaultValue is System.Collections.IEnumerable items and not string && !ValueLiterals.IsMap(defaultValue))
            {
                PushInOrder(items.Cast<object?>().Select(item => new VisitDefault(inputObject, null, item)));
                return;
            }
            if (defaultValue is null || !ValueLiterals.TryGetEntries(defaultValue, out var entries))
            {
                return;
            }
            PushInOrder(FieldSteps(inputObject, name => entries.TryGetValue(name, out var value) ? new VisitDefault(null!, null, value) : null));
        }

        private void VisitLiteral(InputObjectType inputObject, ValueNode defaultValue)
        {
            if (defaultValue is ListValueNode list)
            {
                PushInOrder(list.Values.Select(item => new VisitDefault(inputObject, item, null)));
                return;
            }
            if (defaultValue is not ObjectValueNode obj)
            {
                return;
            }
            var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var fieldNode in obj.Fields)
            {
                fieldNodes[fieldNode.Name.Value] = fieldNode;
            }
            PushInOrder(FieldSteps(inputObject, name => fieldNodes.TryGetValue(name, out var node) ? new VisitDefault(null!, node.Value, null) : null));
        }

        /// <summary>
        /// For each input object field of the type: its given value (<paramref name="given"/> returns a step with
        /// the type left to fill in) or, when left out, its own default.
        /// </summary>
        private static IEnumerable<Step> FieldSteps(InputObjectType inputObject, Func<string, VisitDefault?> given)
        {
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type.GetNamedType() is not InputObjectType fieldType)
                {
                    continue;
                }
                yield return given(field.Name) is { } visit
                    ? visit with { Type = fieldType }
                    : new VisitField(field, fieldType, $"{inputObject}.{field.Name}");
            }
        }

        private void VisitFieldDefault(InputFieldDefinition field, InputObjectType fieldType, string fieldText)
        {
            if (!field.HasDefaultValue)
            {
                return;
            }
            if (_fieldPathIndex.TryGetValue(fieldText, out var cycleIndex))
            {
                var via = cycleIndex < _fieldPath.Count
                    ? " via the default values of: " + string.Join(", ", _fieldPath[cycleIndex..].Select(p => p.Text))
                    : string.Empty;
                context.Report(
                    $"Invalid circular reference. The default value of Input Object field {fieldText} references itself{via}.",
                    _fieldPath[(cycleIndex - 1)..].Select(p => p.Node));
                return;
            }
            if (!_visitedFields.Add(fieldText))
            {
                return;
            }
            // graphql-js stores the path's length after the push: the index just past this field.
            _fieldPath.Add((fieldText, field.AstNode?.DefaultValue));
            _fieldPathIndex[fieldText] = _fieldPath.Count;
            _steps.Push(new LeaveField(fieldText));
            _steps.Push(new VisitDefault(fieldType, field.DefaultValueLiteral, field.DefaultValueLiteral is null ? field.DefaultValue : null));
        }

        /// <summary>Pushes steps so that they are taken in the order given.</summary>
        private void PushInOrder(IEnumerable<Step> steps)
        {
            var list = steps.ToList();
            for (var i = list.Count - 1; i >= 0; i--)
            {
                _steps.Push(list[i]);
            }
        }
    }
}
