namespace Tracker.Api.Generators;

/// <summary>One field of an SDL input type, with its description (written as the property's documentation).</summary>
public sealed record SdlInputField(string Name, SdlType Type, string? Description);
