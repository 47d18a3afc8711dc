using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>The directive half of <see cref="ProvidedRequiredArgumentsRule"/>, also an SDL rule.</summary>
internal sealed class ProvidedRequiredArgumentsOnDirectivesRule : ValidationRule
{
    public override string Name => "ProvidedRequiredArgumentsOnDirectives";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var directives = DirectiveTables.For(context);
        visitor.Leave<DirectiveNode>(NodeKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            if (!directives.TryGetValue(name, out var facts))
            {
                return;
            }
            foreach (var (argumentName, type) in facts.RequiredArguments)
            {
                if (!ArgumentNodes.Contains(directive.Arguments, argumentName))
                {
                    context.ReportError(new GraphQLError($"Argument \"@{name}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.", directive));
                }
            }
        });
    }
}
