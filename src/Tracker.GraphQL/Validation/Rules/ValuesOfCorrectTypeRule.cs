using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.6.1 Values of Correct Type (and the @oneOf rules), via the shared input literal validation.</summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
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
