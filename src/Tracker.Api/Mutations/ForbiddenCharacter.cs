using System.Globalization;

namespace Tracker.Api.Mutations;

/// <summary>A character a text may not hold (<see cref="ForbiddenCharacters"/>), named by its code point, never echoed: it would act in the message too.</summary>
public sealed record ForbiddenCharacter(char Character, string Kind)
{
    /// <summary>"the bidirectional control U+202E".</summary>
    public override string ToString() => $"the {Kind} U+{((int)Character).ToString("X4", CultureInfo.InvariantCulture)}";
}
