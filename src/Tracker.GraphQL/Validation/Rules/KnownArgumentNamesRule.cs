using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    public override string Name => "KnownArgumentNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        new KnownArgumentNamesOnDirectivesRule().Register(context, visitor);
        visitor.Enter<ArgumentNode>(NodeKind.Argument, argument =>
        {
            if (context.Argument is null && context.FieldDefinition is { } field)
            {
                var name = argument.Name.Value;
                var suggestions = context.HideSuggestions ? [] : SuggestionList.For(name, field.Arguments.Select(a => a.Name));
                context.ReportError(new GraphQLError($"Unknown argument \"{name}\" on field \"{field}\"." + MessageFormatting.DidYouMean(suggestions), argument));
            }
        });
    }
}
