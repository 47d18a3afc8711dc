using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2.1 Required Arguments: non-null arguments without defaults are provided.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
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
            foreach (var argument in definition.Arguments)
            {
                if (argument.IsRequired && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                {
                    context.ReportError(new GraphQLError($"Argument \"{argument}\" of type \"{argument.Type}\" is required, but it was not provided.", field));
                }
            }
        });
    }
}

/// <summary>The directive half of <see cref="ProvidedRequiredArgumentsRule"/>, also an SDL rule.</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : ValidationRule
{
    public override string Name => "ProvidedRequiredArgumentsOnDirectives";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var required = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema?.Directives ?? SpecifiedDirectives.All)
        {
            required[directive.Name] = directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()!)).ToList();
        }
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            required[definition.Name.Value] = definition.Arguments
                .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                .ToList();
        }
        visitor.Leave<DirectiveNode>(NodeKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            if (!required.TryGetValue(name, out var arguments))
            {
                return;
            }
            foreach (var (argumentName, type) in arguments)
            {
                if (!directive.Arguments.Any(a => a.Name.Value == argumentName))
                {
                    context.ReportError(new GraphQLError($"Argument \"@{name}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.", directive));
                }
            }
        });
    }
}
