namespace Tracker.GraphQL.Server.Binding;

/// <summary>The parameter receives a service from the request's scope.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}
