using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation.</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override string Name => "LoneAnonymousOperation";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var operationCount = 0;
        visitor.Enter<DocumentNode>(NodeKind.Document, document => operationCount = document.Definitions.Count(d => d is OperationDefinitionNode));
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            if (operation.Name is null && operationCount > 1)
            {
                context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", operation));
            }
        });
    }
}
