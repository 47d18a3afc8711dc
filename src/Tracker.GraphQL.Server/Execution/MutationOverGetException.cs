namespace Tracker.GraphQL.Server.Execution;

/// <summary>A mutation arrived over GET: the HTTP layer answers 405.</summary>
public sealed class MutationOverGetException : Exception
{
}
