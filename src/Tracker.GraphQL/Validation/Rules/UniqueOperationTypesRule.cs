using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: each root operation type is defined once (spec §3.3.1).</summary>
internal sealed class UniqueOperationTypesRule : ValidationRule
{
    public override string Name => "UniqueOperationTypes";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var defined = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        bool Check(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        {
            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                if (context.Schema?.GetRootType(operation) is not null)
                {
                    context.ReportError(new GraphQLError($"Type for {operation.Keyword()} already defined in the schema. It cannot be redefined.", operationType));
                }
                else if (defined.TryGetValue(operation, out var first))
                {
                    context.ReportError(new GraphQLError($"There can be only one {operation.Keyword()} type in schema.", [first, operationType]));
                }
                else
                {
                    defined[operation] = operationType;
                }
            }
            return false;
        }

        visitor.Enter<SchemaDefinitionNode>(NodeKind.SchemaDefinition, node => Check(node.OperationTypes));
        visitor.Enter<SchemaExtensionNode>(NodeKind.SchemaExtension, node => Check(node.OperationTypes));
    }
}
