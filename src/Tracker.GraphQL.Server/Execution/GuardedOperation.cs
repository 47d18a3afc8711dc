using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Execution;

/// <summary>What an <see cref="IOperationGuard"/> decides on: the valid document, the operation chosen, the raw variables.</summary>
public sealed record GuardedOperation(
    GraphQLSchema Schema,
    DocumentNode Document,
    OperationDefinitionNode Operation,
    IReadOnlyDictionary<string, object?> Variables)
{
    /// <summary>
    /// The root fields the operation selects, through inline fragments and fragment spreads, each fragment once
    /// (CollectFields, spec §6.3.2). A field is left out only when <c>@skip</c>/<c>@include</c> certainly exclude
    /// it (a literal, or a variable sent or defaulted as a boolean); when in doubt it counts, so a guard errs on
    /// the side of refusing. Type conditions are not checked: on the root type, which is an object type, every
    /// fragment the document's validation let through applies.
    /// </summary>
    public IReadOnlyList<FieldNode> RootFields()
    {
        var fragments = Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var fields = new List<FieldNode>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Collect(Operation.SelectionSet);
        return fields;

        void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (IsCertainlyExcluded(selection.Directives))
                {
                    continue;
                }
                switch (selection)
                {
                    case FieldNode field:
                        fields.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        Collect(fragment.SelectionSet);
                        break;
                }
            }
        }
    }

    private bool IsCertainlyExcluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            switch (directive.Name.Value, Known(condition))
            {
                case ("skip", true):
                case ("include", false):
                    return true;
            }
        }
        return false;
    }

    /// <summary>A condition's value when it is certain: a boolean literal, or a variable sent (or defaulted) as one.</summary>
    private bool? Known(ValueNode? condition) => condition switch
    {
        BooleanValueNode literal => literal.Value,
        VariableNode variable when Variables.TryGetValue(variable.Name.Value, out var sent) => sent as bool?,
        VariableNode variable => Operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue is BooleanValueNode fallback
            ? fallback.Value
            : null,
        _ => null,
    };
}
