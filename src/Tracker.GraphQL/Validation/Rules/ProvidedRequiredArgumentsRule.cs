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
