namespace Tracker.Api.Letters;

/// <summary>The fields of <c>Signature</c> that follow references.</summary>
[GraphQLType(TypeNames.Signature)]
public sealed class SignatureResolvers(LetterLoaders letters, SignatoryLoaders signatories)
{
    public async Task<LetterModel> Letter([Parent] SignatureModel signature) => (await letters.ByKeyAsync(signature.LetterKey))!;

    /// <summary>Exactly one of organisation and person is set (a check constraint guarantees it).</summary>
    public async Task<ISignatoryModel> Signatory([Parent] SignatureModel signature) =>
        signature.OrganizationKey is { } organization
            ? (await signatories.OrganizationAsync(organization))!
            : (await signatories.PersonAsync(signature.PersonKey!.Value))!;
}
