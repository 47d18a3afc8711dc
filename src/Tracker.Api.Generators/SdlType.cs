namespace Tracker.Api.Generators;

/// <summary>An SDL type reference: a named type, or a list of <see cref="Item"/>; either may be non-null.</summary>
public sealed record SdlType(string? Name, SdlType? Item, bool NonNull)
{
    /// <summary>The named type at the bottom of any lists (<c>String</c> for <c>[String!]</c>).</summary>
    public string NamedType => Name ?? Item!.NamedType;

    /// <summary>The type as the SDL writes it, for messages.</summary>
    public override string ToString() => (Name ?? $"[{Item}]") + (NonNull ? "!" : "");

    /// <summary>Whether the two name the same type, nullability aside (a create input requires what an update may omit).</summary>
    public bool SameShapeAs(SdlType other) =>
        Name == other.Name && (Item is null ? other.Item is null : other.Item is not null && Item.SameShapeAs(other.Item));
}
