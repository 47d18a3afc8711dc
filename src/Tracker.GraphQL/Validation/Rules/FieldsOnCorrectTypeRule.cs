using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.3.1 Field Selections: every selected field exists on its parent type.</summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override string Name => "FieldsOnCorrectType";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<FieldNode>(NodeKind.Field, field =>
        {
            if (context.ParentType is not { } type || context.FieldDefinition is not null)
            {
                return;
            }
            var fieldName = field.Name.Value;
            var suggestion = MessageFormatting.DidYouMean(
                context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema!, type, fieldName),
                "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = MessageFormatting.DidYouMean(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
            }
            context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type}\"." + suggestion, field));
        });

    /// <summary>Possible types and interfaces that do have the field, most used first (graphql-js's ordering).</summary>
    private static List<string> SuggestedTypeNames(GraphQLSchema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }
        var suggested = new List<NamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }
            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }
            usageCount[possible.Name] = 1;
            foreach (var @interface in possible.Interfaces)
            {
                if (@interface.GetField(fieldName) is null)
                {
                    continue;
                }
                if (!suggested.Contains(@interface))
                {
                    suggested.Add(@interface);
                }
                usageCount[@interface.Name] = usageCount.GetValueOrDefault(@interface.Name) + 1;
            }
        }
        JsArraySort.Sort(suggested, (a, b) =>
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0)
            {
                return diff;
            }
            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }
            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }
            return SuggestionList.NaturalCompare(a.Name, b.Name);
        });
        return suggested.Select(t => t.Name).ToList();
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is FieldsType fieldsType ? SuggestionList.For(fieldName, fieldsType.Fields.Keys) : [];
}
