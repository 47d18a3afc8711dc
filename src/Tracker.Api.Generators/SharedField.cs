namespace Tracker.Api.Generators;

/// <summary>A field two inputs share: its SDL name, the C# type of its value (before <c>Optional</c>) and its description.</summary>
public sealed record SharedField(string Name, string ValueType, string? Description);
