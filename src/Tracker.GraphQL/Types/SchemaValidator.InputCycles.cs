using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

// Input objects that can never be given a finite value, and default values that contain themselves.
// Both walk chains of input types, which a schema may make arbitrarily long: explicit stacks, no recursion.
public static partial class SchemaValidator
{
    private sealed class FiniteValueState(InputObjectType inputObject)
    {
        public InputObjectType InputObject { get; } = inputObject;

        /// <summary>Fields whose value must be an input object: required ones, or for @oneOf, every input object field.</summary>
        public List<(InputFieldDefinition Field, InputObjectType Target)> Targets { get; } = [];

        public List<FiniteValueState> Dependents { get; } = [];

        public int UnresolvedTargetCount { get; set; }

        public bool HasFiniteValue { get; set; }
    }

    /// <summary>
    /// An input object must accept some finite value (spec §3.10.1): its required input object fields (for @oneOf:
    /// at least one of its fields) must not all lead back to it. "Has a finite value" spreads from the input objects
    /// that trivially have one; every cycle among the others is reported, as graphql-js reports it.
    /// </summary>
    private static void DetectNonFiniteInputObjects(Context context, List<InputObjectType> inputObjects)
    {
        var states = new Dictionary<InputObjectType, FiniteValueState>(ReferenceEqualityComparer.Instance);
        foreach (var inputObject in inputObjects)
        {
            states[inputObject] = new FiniteValueState(inputObject);
        }
        var finite = new Stack<FiniteValueState>();
        void MarkFinite(FiniteValueState state)
        {
            if (!state.HasFiniteValue)
            {
                state.HasFiniteValue = true;
                finite.Push(state);
            }
        }
        foreach (var state in states.Values)
        {
            var fieldCount = state.InputObject.Fields.Count;
            foreach (var field in state.InputObject.Fields.Values)
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
                // One field that is not an input object (or no field at all) is a way out.
                if (fieldCount == 0 || state.Targets.Count < fieldCount)
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
        while (finite.TryPop(out var next))
        {
            foreach (var dependent in next.Dependents)
            {
                if (!dependent.HasFiniteValue && (dependent.InputObject.IsOneOf || --dependent.UnresolvedTargetCount == 0))
                {
                    MarkFinite(dependent);
                }
            }
        }
        new NonFiniteCycleReporter(context, states).ReportAll();
    }

    private static InputObjectType? FiniteValueTarget(InputObjectType inputObject, IGraphQLType fieldType) =>
        inputObject.IsOneOf
            ? fieldType as InputObjectType
            : fieldType is NonNullType { OfType: InputObjectType target } ? target : null;

    /// <summary>Depth-first walk of the input objects without a finite value, reporting each cycle it closes.</summary>
    private sealed class NonFiniteCycleReporter(Context context, Dictionary<InputObjectType, FiniteValueState> states)
    {
        private readonly HashSet<InputObjectType> _visited = new(ReferenceEqualityComparer.Instance);
        private readonly List<(string Text, Node? Node)> _fieldPath = [];
        private readonly Dictionary<InputObjectType, int> _pathIndexByType = new(ReferenceEqualityComparer.Instance);
        private readonly List<(FiniteValueState State, int NextTarget)> _frames = [];

        public void ReportAll()
        {
            foreach (var state in states.Values)
            {
                if (!state.HasFiniteValue)
                {
                    Walk(state);
                }
            }
        }

        private void Walk(FiniteValueState start)
        {
            Enter(start);
            while (_frames.Count > 0)
            {
                var (state, nextTarget) = _frames[^1];
                if (nextTarget == state.Targets.Count)
                {
                    Leave(state);
                    continue;
                }
                _frames[^1] = (state, nextTarget + 1);
                var (field, target) = state.Targets[nextTarget];
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }
                _fieldPath.Add(($"{state.InputObject}.{field.Name}", field.AstNode));
                if (_pathIndexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = _fieldPath[cycleIndex..];
                    context.Report(
                        $"Input Object {target} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.Text))}.",
                        cycle.Select(p => p.Node));
                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
                else if (!Enter(targetState))
                {
                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }
        }

        private bool Enter(FiniteValueState state)
        {
            if (!_visited.Add(state.InputObject))
            {
                return false;
            }
            _pathIndexByType[state.InputObject] = _fieldPath.Count;
            _frames.Add((state, 0));
            return true;
        }

        private void Leave(FiniteValueState state)
        {
            _pathIndexByType.Remove(state.InputObject);
            _frames.RemoveAt(_frames.Count - 1);
            if (_frames.Count > 0)
            {
                // The field that led here from the frame below.
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
        }
    }
}
