using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.1.1 Executable Definitions: a request holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override string Name => "ExecutableDefinitions";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<DocumentNode>(NodeKind.Document, document =>
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }
                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    DirectiveExtensionNode directiveExtension => $"\"{directiveExtension.Name.Value}\"",
                    _ => "unknown",
                };
                context.ReportError(new GraphQLError($"The {name} definition is not executable.", definition));
            }
            return false;
        });
}
