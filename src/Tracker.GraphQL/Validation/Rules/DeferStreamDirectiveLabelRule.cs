using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery (the @defer/@stream RFC, graphql-js 17): a label must be a static string, unique
/// across every @defer and @stream of the document, so each incremental payload can be told apart.
/// </summary>
internal sealed class DeferStreamDirectiveLabelRule : ValidationRule
{
    public override string Name => "DeferStreamDirectiveLabel";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var knownLabels = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        visitor.Enter<DirectiveNode>(NodeKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            if (name is not (DeferStreamDirectives.Defer or DeferStreamDirectives.Stream))
            {
                return;
            }
            var label = DeferStreamDirectives.ArgumentValue(directive, "label");
            if (label is null or NullValueNode)
            {
                return;
            }
            if (label is not StringValueNode labelString)
            {
                context.ReportError(new GraphQLError($"Argument \"@{name}(label:)\" must be a static string.", directive));
                return;
            }
            if (knownLabels.TryGetValue(labelString.Value, out var first))
            {
                context.ReportError(new GraphQLError(
                    "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.",
                    [first, directive]));
            }
            else
            {
                knownLabels[labelString.Value] = directive;
            }
        });
    }
}
