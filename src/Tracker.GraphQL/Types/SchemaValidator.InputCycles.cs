using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

// Input objects that can never be given a finite value, and default values that refer to themselves.
public static partial class SchemaValidator
{
    private sealed class FiniteValueState(InputObjectType inputObject)
    {
        public InputObjectType InputObject { get; } = inputObject;

        public List<(InputFieldDefinition Field, InputObjectType Target)> Targets { get; } = [];

        public List<FiniteValueState> Dependents { get; } = [];

        public int UnresolvedTargetCount { get; set; }

        public bool HasFiniteValue { get; set; }
    }

    /// <summary>
    /// An input object must accept some finite value (spec §3.10.1): required fields (or, for @oneOf, every
    /// field) must not all lead back to it. Propagates "has a finite value" from the leaves, then reports
    /// each cycle among the rest.
    /// </summary>
    private static void DetectNonFiniteInputObjects(Context context, List<InputObjectType> inputObjects)
    {
        var states = new Dictionary<InputObjectType, FiniteValueState>(ReferenceEqualityComparer.Instance);
        foreach (var inputObject in inputObjects)
        {
            states[inputObject] = new FiniteValueState(inputObject);
        }
        var ready = new Stack<FiniteValueState>();
        void MarkFinite(FiniteValueState state)
        {
            if (!state.HasFiniteValue)
            {
                state.HasFiniteValue = true;
                ready.Push(state);
            }
        }
        foreach (var state in states.Values)
        {
            var fields = state.InputObject.Fields.Values.ToList();
            foreach (var field in fields)
            {
                if (FiniteValueTarget(state.InputObject, field.Type) is not { } target)
                {
                    continue;
                }
                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }
            if (state.InputObject.IsOneOf)
            {
                if (fields.Count == 0 || state.Targets.Count < fields.Count)
                {
                    MarkFinite(state);
                }
            }
            else
            {
                state.UnresolvedTargetCount = state.Targets.Count;
                if (state.Targets.Count == 0)
                {
                    MarkFinite(state);
                }
            }
        }
        while (ready.TryPop(out var next))
        {
            foreach (var dependent in next.Dependents)
            {
                if (dependent.HasFiniteValue)
                {
                    continue;
                }
                if (dependent.InputObject.IsOneOf || --dependent.UnresolvedTargetCount == 0)
                {
                    MarkFinite(dependent);
                }
            }
        }
        var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        var fieldPath = new List<(string Text, Node? Node)>();
        var pathIndexByType = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
        void ReportCycles(FiniteValueState state)
        {
            if (!visited.Add(state.InputObject))
            {
                return;
            }
            pathIndexByType[state.InputObject] = fieldPath.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }
                fieldPath.Add(($"{state.InputObject}.{field.Name}", field.AstNode));
                if (pathIndexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = fieldPath.Skip(cycleIndex).ToList();
                    context.Report(
                        $"Input Object {target} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.Text))}.",
                        cycle.Select(p => p.Node));
                }
                else
                {
                    ReportCycles(targetState);
                }
                fieldPath.RemoveAt(fieldPath.Count - 1);
            }
            pathIndexByType.Remove(state.InputObject);
        }
        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue)
            {
                ReportCycles(state);
            }
        }
    }

    private static InputObjectType? FiniteValueTarget(InputObjectType inputObject, IGraphQLType fieldType)
    {
        if (inputObject.IsOneOf)
        {
            return fieldType as InputObjectType;
        }
        return fieldType is NonNullType { OfType: InputObjectType target } ? target : null;
    }

    /// <summary>Default values of input fields that, followed through other defaults, contain themselves.</summary>
    private sealed class DefaultValueCycleValidator(Context context)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string Text, Node? Node)> _fieldPath = [];
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

        public void Validate(InputObjectType inputObject) => DetectValueCycle(inputObject, new Dictionary<string, object?>());

        private void DetectValueCycle(InputObjectType inputObject, object? defaultValue)
        {
            if (defaultValue is System.Collections.IEnumerable items && defaultValue is not string && !Utilities.ValueLiterals.IsMap(defaultValue))
            {
                foreach (var item in items)
                {
                    DetectValueCycle(inputObject, item);
                }
                return;
            }
            if (defaultValue is null || !Utilities.ValueLiterals.TryGetEntries(defaultValue, out var entries))
            {
                return;
            }
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type.GetNamedType() is not InputObjectType fieldType)
                {
                    continue;
                }
                if (entries.TryGetValue(field.Name, out var fieldValue))
                {
                    DetectValueCycle(fieldType, fieldValue);
                }
                else
                {
                    DetectFieldCycle(field, fieldType, $"{inputObject}.{field.Name}");
                }
            }
        }

        private void DetectLiteralCycle(InputObjectType inputObject, ValueNode defaultValue)
        {
            if (defaultValue is ListValueNode list)
            {
                foreach (var item in list.Values)
                {
                    DetectLiteralCycle(inputObject, item);
                }
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
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type.GetNamedType() is not InputObjectType fieldType)
                {
                    continue;
                }
                if (fieldNodes.TryGetValue(field.Name, out var fieldNode))
                {
                    DetectLiteralCycle(fieldType, fieldNode.Value);
                }
                else
                {
                    DetectFieldCycle(field, fieldType, $"{inputObject}.{field.Name}");
                }
            }
        }

        private void DetectFieldCycle(InputFieldDefinition field, InputObjectType fieldType, string fieldText)
        {
            if (!field.HasDefaultValue)
            {
                return;
            }
            if (_fieldPathIndex.TryGetValue(fieldText, out var cycleIndex))
            {
                var via = cycleIndex < _fieldPath.Count
                    ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.Text))
                    : string.Empty;
                context.Report(
                    $"Invalid circular reference. The default value of Input Object field {fieldText} references itself{via}.",
                    _fieldPath.Skip(cycleIndex - 1).Select(p => p.Node));
                return;
            }
            if (!_visitedFields.Add(fieldText))
            {
                return;
            }
            _fieldPath.Add((fieldText, field.AstNode?.DefaultValue));
            _fieldPathIndex[fieldText] = _fieldPath.Count;
            if (field.DefaultValueLiteral is { } literal)
            {
                DetectLiteralCycle(fieldType, literal);
            }
            else
            {
                DetectValueCycle(fieldType, field.DefaultValue);
            }
            _fieldPath.RemoveAt(_fieldPath.Count - 1);
            _fieldPathIndex.Remove(fieldText);
        }
    }
}
