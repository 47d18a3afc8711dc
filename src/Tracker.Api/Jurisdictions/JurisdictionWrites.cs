namespace Tracker.Api.Jurisdictions;

/// <summary>Creating and updating jurisdictions.</summary>
public static class JurisdictionWrites
{
    public static MutableKind<Jurisdiction, JurisdictionModel, JurisdictionPayload> Kind { get; } = new((model, errors) => new JurisdictionPayload(model, errors));

    public static async Task<Jurisdiction?> NewAsync(MutationScope scope, CreateJurisdictionInput input, CancellationToken ct)
    {
        var code = scope.Required<Jurisdiction>(input.Code, j => j.Code, "code");
        var name = scope.Required<Jurisdiction>(input.Name, j => j.Name, "name");
        var fips = CheckFips(scope, input.Fips);
        var postalCode = scope.StateCode(input.PostalCode, "postalCode");
        if (code is not null && await scope.Db.Jurisdictions.AnyAsync(j => j.Code == code, ct))
        {
            scope.Invalid($"A jurisdiction already has the code \"{code}\".", "code");
        }
        var parent = await scope.ReferencedAsync(scope.Db.Jurisdictions, input.Parent, j => j.Code, "jurisdiction", "parent", ct);
        // The hierarchy the status summary counts by: counties and cities directly under a state-level
        // jurisdiction, which (like the country) has no parent.
        var local = input.Kind is JurisdictionKind.County or JurisdictionKind.City;
        if (local && input.Parent is null)
        {
            scope.Invalid("A county or city needs the code of its state in \"parent\".", "parent");
        }
        else if (local && parent is { Kind: not (JurisdictionKind.State or JurisdictionKind.District or JurisdictionKind.Territory) })
        {
            scope.Invalid($"A county or city sits directly under a state, DC or a territory; \"{parent.Code}\" is a {parent.Kind.ToString().ToLowerInvariant()}.", "parent");
        }
        else if (!local && input.Parent is not null)
        {
            scope.Invalid("Only counties and cities have a parent; a state, DC, a territory or the country has none.", "parent");
        }
        if (local && postalCode is not null)
        {
            scope.Invalid("Postal codes belong to states, DC and territories; a county or city has none.", "postalCode");
        }
        if (input.Kind == JurisdictionKind.Country && await scope.Db.Jurisdictions.AnyAsync(j => j.Kind == JurisdictionKind.Country, ct))
        {
            scope.Invalid("The tracker follows one country, which it already has.", "kind");
        }
        return new Jurisdiction { Code = code!, Kind = input.Kind, Name = name!, PostalCode = postalCode, Fips = fips, Parent = parent, CurrentStatus = ParticipationStatus.Unknown };
    }

    public static Task ApplyAsync(MutationScope scope, Jurisdiction jurisdiction, UpdateJurisdictionInput input, CancellationToken ct)
    {
        input.Name.Then(name => jurisdiction.Name = scope.Required<Jurisdiction>(name, j => j.Name, "name") ?? jurisdiction.Name);
        input.PostalCode.Then(code => jurisdiction.PostalCode = scope.StateCode(code, "postalCode"));
        input.Fips.Then(fips => jurisdiction.Fips = CheckFips(scope, fips));
        return Task.CompletedTask;
    }

    private static string? CheckFips(MutationScope scope, string? fips)
    {
        if (fips is not null && !(fips.Length is 2 or 5 or 7 && fips.All(char.IsAsciiDigit)))
        {
            scope.Invalid($"\"fips\" must be 2, 5 or 7 digits; \"{fips}\" is not.", "fips");
        }
        return fips;
    }
}
