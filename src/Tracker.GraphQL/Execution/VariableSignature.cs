using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>A variable's declared name, type and default literal.</summary>
public sealed record VariableSignature(string Name, IGraphQLType Type, ValueNode? DefaultLiteral);
