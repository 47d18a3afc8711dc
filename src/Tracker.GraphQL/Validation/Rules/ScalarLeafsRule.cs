using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.3 Leaf Field Selections: leaves have no selection set, composites have one.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public override string Name => "ScalarLeafs";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<FieldNode>(NodeKind.Field, field =>
        {
            if (context.Type is not { } type)
            {
                return;
            }
            var fieldName = field.Name.Value;
            if (type.GetNamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(new GraphQLError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet));
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(new GraphQLError($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field));
            }
            else if (field.SelectionSet.Selections.Count == 0 && !context.AllowEmptySelectionSets)
            {
                context.ReportError(new GraphQLError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field));
            }
        });
}
