namespace Tracker.Data.Entities;

/// <summary>
/// How many signatures a letter has whose signer (the signature's organisation or person) is from one state: what
/// <c>Letter.signatoriesByState</c> and <c>Letter.signatureCount</c> answer, kept by the database's own triggers in
/// the transaction of every write to signatures, organisations' and people's states (see
/// <c>Migrations/SignatoryCountTriggers</c>), so no write path can leave it behind and no read counts a million rows.
/// </summary>
public sealed class LetterSignatoryCount
{
    /// <summary>What <see cref="State"/> holds for signers without a state: a key column cannot be null.</summary>
    public const string NoState = "";

    public int LetterId { get; set; }

    /// <summary>The signer's state's postal code, or <see cref="NoState"/>.</summary>
    public required string State { get; set; }

    /// <summary>Always positive: a row whose count reaches zero is deleted.</summary>
    public int Count { get; set; }
}
