using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: at most one schema definition (spec §3.3).</summary>
internal sealed class LoneSchemaDefinitionRule : ValidationRule
{
    public override string Name => "LoneSchemaDefinition";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var old = context.Schema;
        var alreadyDefined = old is not null && (old.AstNode is not null || old.QueryType is not null || old.MutationType is not null || old.SubscriptionType is not null);
        var count = 0;
        visitor.Enter<SchemaDefinitionNode>(NodeKind.SchemaDefinition, node =>
        {
            if (alreadyDefined)
            {
                context.ReportError(new GraphQLError("Cannot define a new schema within a schema extension.", node));
                return;
            }
            if (count > 0)
            {
                context.ReportError(new GraphQLError("Must provide only one schema definition.", node));
            }
            count++;
        });
    }
}
