using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation;

/// <summary>A use of a variable, with the type expected where it is used (graphql-js VariableUsage).</summary>
public sealed record VariableUsage(VariableNode Node, IGraphQLType? Type, IGraphQLType? ParentType, bool HasDefaultValue);
