using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1 (root operation types): the schema must support the operation's type.</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public override string Name => "KnownOperationTypes";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<OperationDefinitionNode>(NodeKind.OperationDefinition, operation =>
        {
            if (context.Schema!.GetRootType(operation.Operation) is null)
            {
                context.ReportError(new GraphQLError($"The {operation.Operation.Keyword()} operation is not supported by the schema.", operation));
            }
        });
}
