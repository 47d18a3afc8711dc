using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
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
public sealed class KnownArgumentNamesOnDirectivesRule : ValidationRule
{
    public override string Name => "KnownArgumentNamesOnDirectives";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var directiveArguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema?.Directives ?? Types.SpecifiedDirectives.All)
        {
            directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        }
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            directiveArguments[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).ToList();
        }
        visitor.Enter<DirectiveNode>(NodeKind.Directive, directive =>
        {
            var directiveName = directive.Name.Value;
            if (directiveArguments.TryGetValue(directiveName, out var known))
            {
                foreach (var argument in directive.Arguments)
                {
                    var name = argument.Name.Value;
                    if (!known.Contains(name))
                    {
                        var suggestion = context.HideSuggestions ? string.Empty : MessageFormatting.DidYouMean(SuggestionList.For(name, known));
                        context.ReportError(new GraphQLError($"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + suggestion, argument));
                    }
                }
            }
            return false;
        });
    }
}
