using System.Collections.Generic;

namespace Tracker.Api.Generators;

/// <summary>An SDL input type and its fields in the order the SDL declares them.</summary>
public sealed record SdlInput(string Name, IReadOnlyList<SdlInputField> Fields);
