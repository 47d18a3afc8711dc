using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

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
