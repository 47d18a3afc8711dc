namespace Tracker.GraphQL.Validation;

/// <summary>
/// A validation rule (spec §5), named as graphql-js names it. For each validation it registers handlers on a
/// <see cref="RuleVisitor"/>, closing over the context as graphql-js rules close over theirs.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The graphql-js name without the "Rule" suffix, e.g. "ScalarLeafs".</summary>
    public abstract string Name { get; }

    /// <summary>Registers this rule's handlers for one validation.</summary>
    public abstract void Register(ValidationContext context, RuleVisitor visitor);

    public override string ToString() => Name;
}
