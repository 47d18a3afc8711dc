using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Tests;

/// <summary>
/// The RecordEntities migration, from the previous schema's data: CAMPAIGN letters become events keeping every
/// field, citation and audit reference, letters' dates get their precision, and signatures their signatories.
/// </summary>
public sealed class CampaignMigrationTests
{
    /// <summary>The migration before RecordEntities, by name (its timestamp differs per provider).</summary>
    private const string PreviousMigration = "FailedKeyChecks";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Campaign_letters_become_events_keeping_every_field_citation_and_audit_reference(bool postgres)
    {
        using var database = new TempDatabase(postgres);
        await database.MigrateAndSeedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync(PreviousMigration);
            foreach (var sql in PreviousSchemaCampaigns)
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }
        }
        var before = await CountsAsync(database);

        await database.MigrateAndSeedAsync();

        await using var check = await database.Factory.CreateDbContextAsync();
        var after = await CountsAsync(database);
        Assert.Equal(before.Letters - 2, after.Letters);
        Assert.Equal(0, await check.Letters.CountAsync(l => l.Kind == LetterKind.Campaign));
        Assert.Equal(before.OldOwnerCitations - 3, after.OldOwnerCitations);
        Assert.Equal(before.Audit + 2, after.Audit);

        // The seeded campaign: every field has its place, and the seed's own event for it is not added again.
        var callIn = await check.Events.AsNoTracking().Include(e => e.Actors).Include(e => e.Targets).Include(e => e.Citations)
            .SingleAsync(e => e.LegacyLetterSlug == "call-in-day-2011-06-03");
        Assert.Equal(1, await check.Events.CountAsync(e => e.Slug == "call-in-day-2011-06-03"));
        Assert.Equal(("call-in-day-2011-06-03", EventKind.CallInDay, "Call-in day", "Call your representative."), (callIn.Slug, callIn.Kind, callIn.Title, callIn.Description));
        Assert.Equal((new DateOnly(2011, 6, 3), DatePrecision.Day, DateQualifier.Planned, new DateOnly(2011, 6, 1)), (callIn.StartsOn, callIn.DatePrecision, callIn.DateQualifier, callIn.AnnouncedOn));
        Assert.Equal("Kept by hand.\n\nAddressed to: Margo Schlanger\n\nCopied to: Nobody On File", callIn.Notes);
        Assert.Equal(3, callIn.Version);
        var mirac = await check.Organizations.Where(o => o.Slug == "mirac").Select(o => o.Id).SingleAsync();
        var schlanger = await check.People.Where(p => p.Slug == "margo-schlanger").Select(p => p.Id).SingleAsync();
        Assert.Equal(
            [(ActorRole.Organizer, 1, (int?)mirac, (int?)null), (ActorRole.AddressedTo, 1, null, schlanger)],
            callIn.Actors.OrderBy(a => a.Role).Select(a => (a.Role, a.Position, a.OrganizationId, a.PersonId)));
        Assert.Equal(["MN"], callIn.Targets.Select(t => t.Code));
        Assert.Equal(["first quote", "second quote"], callIn.Citations.Select(c => c.Quote).Order());
        Assert.All(callIn.Citations, c => Assert.Null(c.LetterId));

        // The audit trail follows it; what old entries wrote is not rewritten; one entry records the move.
        var audit = await check.AuditEntries.AsNoTracking().Where(a => a.ObjectType == "Event" && a.ObjectId == callIn.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["updateLetter", "migrateCampaignToEvent"], audit.Select(a => a.Mutation));
        Assert.Equal(("""{"title":"old"}""", """{"title":"Call-in day"}"""), (audit[0].Before, audit[0].After));
        Assert.Contains("call-in-day-2011-06-03", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("CallInDay", audit[1].After, StringComparison.Ordinal);
        Assert.Equal(0, await check.AuditEntries.CountAsync(a => a.ObjectType == "Letter" && a.ObjectId == before.CallInLetterId));

        // Its old global id finds it.
        Assert.Equal(callIn.Id, await check.MovedRecords.Where(m => m.OldType == "Letter" && m.OldId == before.CallInLetterId && m.NewType == "Event").Select(m => m.NewId).SingleAsync());

        // A maintainer's campaign: no body, a reported count and a signer, none of which an event has a field for.
        var own = await check.Events.AsNoTracking().Include(e => e.Actors).Include(e => e.Citations).SingleAsync(e => e.Slug == "maintainers-campaign");
        Assert.Equal((EventKind.Other, "Organised by hand.", (DateOnly?)null, (DateQualifier?)null), (own.Kind, own.Description, own.StartsOn, own.DateQualifier));
        Assert.Equal("Organised by hand.\n\nReported signatures: 40 (as announced)\n\nSigned by: MIRAC", own.Notes);
        Assert.Equal([(ActorRole.Participant, 1, (int?)mirac)], own.Actors.Select(a => (a.Role, a.Position, a.OrganizationId)));
        Assert.Equal(["third quote"], own.Citations.Select(c => c.Quote));

        // Every other letter's dates have their precision; every signature signs for its own signatory first.
        Assert.Equal(0, await check.Letters.CountAsync(l => (l.WrittenOn == null) != (l.WrittenOnPrecision == null) || (l.WrittenOn == null) != (l.WrittenOnQualifier == null)));
        Assert.Equal(0, await check.Letters.CountAsync(l => l.DeliveredOn != null && (l.DeliveredOnPrecision != DatePrecision.Day || l.DeliveredOnQualifier != DateQualifier.Exact)));
        Assert.Equal(before.Signatures - 1, await check.Signatures.CountAsync());
        Assert.Equal(0, await check.Signatures.CountAsync(s => !s.Signatories.Any(x => x.Position == 1 && x.OrganizationId == s.OrganizationId && x.PersonId == s.PersonId)));
    }

    private sealed record Counts(int Letters, int OldOwnerCitations, int Audit, int Signatures, int CallInLetterId);

    /// <summary>Read with plain SQL so that it works on either schema.</summary>
    private static async Task<Counts> CountsAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        async Task<int> Scalar(string sql) => await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
        return new Counts(
            await Scalar("""SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM "Letters" """),
            await Scalar("""
                SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM "Citations" WHERE "JurisdictionId" IS NOT NULL OR "StatusEventId" IS NOT NULL
                OR "LegislationId" IS NOT NULL OR "LegislationStageId" IS NOT NULL OR "OrganizationId" IS NOT NULL OR "PersonId" IS NOT NULL OR "LetterId" IS NOT NULL
                """),
            await Scalar("""SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM "AuditEntries" """),
            await Scalar("""SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM "Signatures" """),
            await Scalar("""SELECT CAST(COALESCE(MAX("Id"), 0) AS INTEGER) AS "Value" FROM "Letters" WHERE "Slug" = 'call-in-day-2011-06-03'"""));
    }

    /// <summary>
    /// Two CAMPAIGN letters as the previous schema held them: the seeded call-in day (edited twice, so version 3
    /// and an audit entry) and one a maintainer made, with what an event has no field for.
    /// </summary>
    private static readonly string[] PreviousSchemaCampaigns =
    [
        """
        INSERT INTO "Letters" ("Slug", "Title", "Kind", "WrittenOn", "DeliveredOn", "Body", "Notes", "Version", "CreatedAt", "UpdatedAt")
        VALUES ('call-in-day-2011-06-03', 'Call-in day', 'Campaign', '2011-06-01', '2011-06-03', 'Call your representative.', 'Kept by hand.', 3, '2026-01-01 00:00:00', '2026-01-02 00:00:00')
        """,
        """
        INSERT INTO "Letters" ("Slug", "Title", "Kind", "Notes", "ReportedSignatureCount", "SignatureCountNote", "Version", "CreatedAt", "UpdatedAt")
        VALUES ('maintainers-campaign', 'A campaign', 'Campaign', 'Organised by hand.', 40, 'as announced', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')
        """,
        """
        INSERT INTO "LetterAddressees" ("LetterId", "Role", "Position", "Name")
        SELECT "Id", 'To', 1, 'Margo Schlanger' FROM "Letters" WHERE "Slug" = 'call-in-day-2011-06-03'
        UNION ALL SELECT "Id", 'Cc', 1, 'Nobody On File' FROM "Letters" WHERE "Slug" = 'call-in-day-2011-06-03'
        """,
        """
        INSERT INTO "LetterOrganizers" ("LetterId", "OrganizersId")
        SELECT l."Id", o."Id" FROM "Letters" l, "Organizations" o WHERE l."Slug" = 'call-in-day-2011-06-03' AND o."Slug" = 'mirac'
        """,
        """
        INSERT INTO "LetterTargets" ("LetterId", "TargetsId")
        SELECT l."Id", j."Id" FROM "Letters" l, "Jurisdictions" j WHERE l."Slug" = 'call-in-day-2011-06-03' AND j."Code" = 'MN'
        """,
        """
        INSERT INTO "Citations" ("SourceId", "Quote", "LetterId")
        SELECT (SELECT MIN("Id") FROM "Sources"), q."Quote", l."Id"
        FROM "Letters" l JOIN (SELECT 'call-in-day-2011-06-03' AS "Slug", 'first quote' AS "Quote"
                               UNION ALL SELECT 'call-in-day-2011-06-03', 'second quote'
                               UNION ALL SELECT 'maintainers-campaign', 'third quote') q ON q."Slug" = l."Slug"
        """,
        """
        INSERT INTO "Signatures" ("LetterId", "OrganizationId", "PrintedName", "Position", "Version", "CreatedAt", "UpdatedAt")
        SELECT l."Id", o."Id", 'MIRAC', 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'
        FROM "Letters" l, "Organizations" o WHERE l."Slug" = 'maintainers-campaign' AND o."Slug" = 'mirac'
        """,
        """
        INSERT INTO "AuditEntries" ("At", "KeyName", "Mutation", "ObjectType", "ObjectId", "Input", "Before", "After")
        SELECT '2026-01-02 00:00:00', 'editor', 'updateLetter', 'Letter', "Id", '{{}}', '{{"title":"old"}}', '{{"title":"Call-in day"}}'
        FROM "Letters" WHERE "Slug" = 'call-in-day-2011-06-03'
        """,
    ];
}
