namespace Tracker.GraphQL.Server.Tests.Convention;

/// <summary>Bound to the object type <c>ConventionGadget</c> by the naming rule (<c>XModel</c>).</summary>
public sealed record ConventionGadgetModel(string Name, ConventionShade Shade);
