using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2.1 Required Arguments: non-null arguments without defaults are provided.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override string Name => "ProvidedRequiredArguments";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        new ProvidedRequiredArgumentsOnDirectivesRule().Register(context, visitor);
        visitor.Leave<FieldNode>(NodeKind.Field, field =>
        {
            if (context.FieldDefinition is not { } definition || definition.Arguments.Count == 0)
            {
                return;
            }
            // Indexed: the arguments are an interface-typed list, whose enumerator would be boxed for every field.
            var arguments = definition.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (argument.IsRequired && !ArgumentNodes.Contains(field.Arguments, argument.Name))
                {
                    context.ReportError(new GraphQLError($"Argument \"{argument}\" of type \"{argument.Type}\" is required, but it was not provided.", field));
                }
            }
        });
    }
}

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
