namespace Tracker.Api.Letters;

/// <summary>Adding signatures in bulk and withdrawing them.</summary>
[GraphQLType("Mutation")]
public sealed class SignatureMutations(RecordMutations mutations, TypeAdapterConfig mapping)
{
    public Task<AddSignaturesPayload> AddSignatures(AddSignaturesInput input, CancellationToken cancellationToken) =>
        mutations.RunAsync(input, async (scope, ct) =>
        {
            var letter = await scope.ReferencedAsync(scope.Db.Letters, input.Letter, l => l.Slug, "letter", "letter", ct);
            if (letter is null)
            {
                return new AddSignaturesPayload(null, [], 0, []);
            }
            if (input.Signatures.Count > 1000)
            {
                scope.Invalid($"At most 1,000 rows can be added at once; there are {input.Signatures.Count:N0}.", "signatures");
                return new AddSignaturesPayload(null, [], 0, []);
            }
            var reports = await SignatureAdder.AddAsync(scope, letter, input.Signatures, ct);
            await scope.Db.SaveChangesAsync(ct);
            var results = reports.Select(r => new SignatureRowResult(
                r.Row, r.PrintedName, r.Outcome, r.Signature?.Adapt<SignatureModel>(mapping),
                r.Candidates.Select(c => c is Organization o ? (ISignatoryModel)o.Adapt<OrganizationModel>(mapping) : ((Person)c).Adapt<PersonModel>(mapping)).ToList(),
                r.Message)).ToList();
            var added = results.Where(r => r.Signature is not null).Select(r => r.Signature!).ToList();
            if (added.Count > 0)
            {
                scope.Audit(TypeNames.Letter, () => letter.Id, null, () => new { added = added.Select(s => new { s.Position, s.PrintedName, s.OrganizationKey, s.PersonKey }) });
            }
            added.ForEach(s => scope.Publish(SignatureAddedMessage.Topic.Name, new SignatureAddedMessage(letter.Slug, s)));
            return new AddSignaturesPayload(letter.Adapt<LetterModel>(mapping), results, added.Count, []);
        }, errors => new AddSignaturesPayload(null, [], 0, errors), cancellationToken);

    public Task<SignaturePayload> WithdrawSignature(WithdrawSignatureInput input, CancellationToken cancellationToken) =>
        mutations.UpdateAsync<Signature, SignatureModel, SignaturePayload>(input, async (scope, signature, ct) =>
        {
            if (signature.WithdrawnOn is not null)
            {
                scope.Invalid($"This signature was already withdrawn on {signature.WithdrawnOn:yyyy-MM-dd}.", "id");
            }
            scope.NotInFuture(input.WithdrawnOn, "withdrawnOn");
            var letter = await scope.Db.Letters.SingleAsync(l => l.Id == signature.LetterId, ct);
            var signedBy = signature.SignedOn ?? letter.WrittenOn;
            if (input.WithdrawnOn < signedBy)
            {
                scope.Invalid($"\"withdrawnOn\" ({input.WithdrawnOn:yyyy-MM-dd}) is before the signature ({signedBy:yyyy-MM-dd}).", "withdrawnOn");
            }
            signature.WithdrawnOn = input.WithdrawnOn;
        }, (signature, errors) => new SignaturePayload(signature, errors), cancellationToken);
}
