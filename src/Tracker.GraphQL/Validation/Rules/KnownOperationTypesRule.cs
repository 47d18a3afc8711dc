using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence (spec §5.2, added after the October 2021 edition; graphql-js 17): the schema must define the root type
/// of every operation in the document.
/// </summary>
internal sealed class KnownOperationTypesRule : ValidationRule
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
