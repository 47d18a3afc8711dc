using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Incremental delivery (graphql-js 17): only a list field can be streamed.</summary>
internal sealed class StreamDirectiveOnListFieldRule : ValidationRule
{
    public override string Name => "StreamDirectiveOnListField";

    public override void Register(ValidationContext context, RuleVisitor visitor) =>
        visitor.Enter<DirectiveNode>(NodeKind.Directive, directive =>
        {
            if (directive.Name.Value == DeferStreamDirectives.Stream
                && context.FieldDefinition is { } field
                && context.ParentType is { } parentType
                && field.Type.GetNullableType() is not ListType)
            {
                context.ReportError(new GraphQLError($"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{field.Name}\".", directive));
            }
        });
}
