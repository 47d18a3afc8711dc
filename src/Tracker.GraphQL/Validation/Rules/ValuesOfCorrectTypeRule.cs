using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.1 Values of Correct Type, with §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields
/// and the @oneOf rules, via the input literal validation the executor shares.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override string Name => "ValuesOfCorrectType";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        Action<GraphQLError, IReadOnlyList<object>> report = (error, _) => context.ReportError(error);

        void Check(ValueNode node, IGraphQLType? type)
        {
            if (type is not null)
            {
                InputValueValidation.ValidateInputLiteral(node, type, report, null, context.HideSuggestions);
            }
        }

        bool Validate(ValueNode node, IGraphQLType? type)
        {
            Check(node, type);
            return false;
        }

        visitor.Enter<NullValueNode>(NodeKind.NullValue, node => Validate(node, context.InputType));
        visitor.Enter<ListValueNode>(NodeKind.ListValue, node => Validate(node, context.ParentInputType));
        visitor.Enter<ObjectValueNode>(NodeKind.ObjectValue, node => Validate(node, context.InputType));
        visitor.Enter<EnumValueNode>(NodeKind.EnumValue, node => Validate(node, context.InputType));
        visitor.Enter<IntValueNode>(NodeKind.IntValue, node => Validate(node, context.InputType));
        visitor.Enter<FloatValueNode>(NodeKind.FloatValue, node => Validate(node, context.InputType));
        visitor.Enter<StringValueNode>(NodeKind.StringValue, node => Validate(node, context.InputType));
        visitor.Enter<BooleanValueNode>(NodeKind.BooleanValue, node => Validate(node, context.InputType));
    }
}
