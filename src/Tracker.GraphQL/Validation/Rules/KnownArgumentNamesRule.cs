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

/// <summary>The directive half of <see cref="KnownArgumentNamesRule"/>, also an SDL rule.</summary>
internal sealed class KnownArgumentNamesOnDirectivesRule : ValidationRule
{
    public override string Name => "KnownArgumentNamesOnDirectives";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var directives = DirectiveTables.For(context);
        visitor.Enter<DirectiveNode>(NodeKind.Directive, directive =>
        {
            var directiveName = directive.Name.Value;
            if (directives.TryGetValue(directiveName, out var facts))
            {
                foreach (var argument in directive.Arguments)
                {
                    var name = argument.Name.Value;
                    if (Array.IndexOf(facts.ArgumentNames, name) < 0)
                    {
                        var suggestion = context.HideSuggestions ? string.Empty : MessageFormatting.DidYouMean(SuggestionList.For(name, facts.ArgumentNames));
                        context.ReportError(new GraphQLError($"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + suggestion, argument));
                    }
                }
            }
            // The directive's arguments are done: the field half of KnownArgumentNames must not see them.
            return false;
        });
    }
}
