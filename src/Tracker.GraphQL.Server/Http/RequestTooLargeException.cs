namespace Tracker.GraphQL.Server.Http;

internal sealed class RequestTooLargeException : Exception
{
}
