using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Validation;

/// <summary>
/// Rules that follow fragment spreads recurse once per fragment in a chain, and a document may chain
/// thousands of fragments. Before the stack runs out this throws, and validation ends with graphql-js's
/// "Validation aborted." error instead of crashing the process (graphql-js itself overflows its stack there).
/// </summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException();
        }
    }
}
