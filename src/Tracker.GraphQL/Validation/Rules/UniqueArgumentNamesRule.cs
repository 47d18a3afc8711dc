using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.2 Argument Uniqueness.</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override string Name => "UniqueArgumentNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            foreach (var group in NameGroups.Repeated(arguments, a => a.Name))
            {
                context.ReportError(new GraphQLError($"There can be only one argument named \"{group[0].Value}\".", group));
            }
        }

        visitor.Enter<FieldNode>(NodeKind.Field, field => Check(field.Arguments));
        visitor.Enter<DirectiveNode>(NodeKind.Directive, directive => Check(directive.Arguments));
    }
}
