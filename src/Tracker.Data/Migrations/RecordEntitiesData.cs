namespace Tracker.Data.Migrations;

/// <summary>
/// What both providers' RecordData migrations do, once RecordEntities has made the tables. The statements are
/// the same on SQLite (3.44+: <c>string_agg ... ORDER BY</c>, <c>concat_ws</c>) and PostgreSQL except for building
/// JSON and reading the clock, which <see cref="Statements"/> takes per provider.
/// </summary>
internal static class RecordEntitiesData
{
    /// <summary>The statements in order; <paramref name="postgres"/> picks the JSON and clock functions.</summary>
    public static IReadOnlyList<string> Statements(bool postgres)
    {
        var json = postgres ? "json_build_object" : "json_object";
        var jsonText = postgres ? "::text" : "";
        var now = postgres ? "now()" : "strftime('%Y-%m-%d %H:%M:%f', 'now')";
        return
        [
            // Letters' dates: every date stored so far was a day, as printed (the seed has no other for a letter).
            """UPDATE "Letters" SET "WrittenOnPrecision" = 'Day', "WrittenOnQualifier" = 'Exact' WHERE "WrittenOn" IS NOT NULL""",
            """UPDATE "Letters" SET "DeliveredOnPrecision" = 'Day', "DeliveredOnQualifier" = 'Exact' WHERE "DeliveredOn" IS NOT NULL AND "Kind" <> 'Campaign'""",

            // Every CAMPAIGN letter, seeded or a maintainer's, becomes an event of the same slug (events are new, and
            // letters' slugs are unique, so none is taken). Fields without a place on an event (addressees that name
            // no person, the reported signature count, the printed signers) are kept word for word in its notes.
            $"""
            INSERT INTO "Events" ("Slug", "Kind", "Title", "Description", "StartsOn", "DatePrecision", "DateQualifier",
                                  "AnnouncedOn", "Notes", "LegacyLetterSlug", "Version", "CreatedAt", "UpdatedAt")
            SELECT l."Slug",
                   {KindOfSeededCampaign},
                   l."Title",
                   COALESCE(l."Body", l."Notes", l."Title"),
                   l."DeliveredOn",
                   CASE WHEN l."DeliveredOn" IS NULL THEN NULL ELSE 'Day' END,
                   CASE WHEN l."DeliveredOn" IS NULL THEN NULL
                        WHEN l."Slug" IN ('call-in-day-2011-06-03', 'protest-2012-03-31', 'valentines-day-protest-2014-02-14') THEN 'Planned'
                        ELSE 'Exact' END,
                   l."WrittenOn",
                   NULLIF(concat_ws('{NotesSeparator}',
                       l."Notes",
                       'Addressed to: ' || (SELECT string_agg(a."Name", '; ' ORDER BY a."Position") FROM "LetterAddressees" a WHERE a."LetterId" = l."Id" AND a."Role" = 'To'),
                       'Copied to: ' || (SELECT string_agg(a."Name", '; ' ORDER BY a."Position") FROM "LetterAddressees" a WHERE a."LetterId" = l."Id" AND a."Role" = 'Cc'),
                       CASE WHEN l."ReportedSignatureCount" IS NULL AND l."SignatureCountNote" IS NULL THEN NULL
                            ELSE 'Reported signatures: ' || COALESCE(CAST(l."ReportedSignatureCount" AS TEXT), 'no number') || COALESCE(' (' || l."SignatureCountNote" || ')', '') END,
                       'Signed by: ' || (SELECT string_agg(s."PrintedName", '; ' ORDER BY s."Position") FROM "Signatures" s WHERE s."LetterId" = l."Id")), ''),
                   l."Slug",
                   l."Version",
                   l."CreatedAt",
                   l."UpdatedAt"
            FROM "Letters" l
            WHERE l."Kind" = 'Campaign'
            """,

            // Organisers keep their part; the letter kept no order for them, so they follow their ids.
            $"""
            INSERT INTO "ActorLinks" ("Role", "Position", "EventId", "OrganizationId")
            SELECT 'Organizer', ROW_NUMBER() OVER (PARTITION BY e."Id" ORDER BY o."OrganizersId"), e."Id", o."OrganizersId"
            FROM "LetterOrganizers" o {MovedLetter("o.\"LetterId\"")}
            """,

            // Addressees that name a person become links too (their printed names stay in the notes above).
            $"""
            INSERT INTO "ActorLinks" ("Role", "Position", "EventId", "PersonId")
            SELECT 'AddressedTo', ROW_NUMBER() OVER (PARTITION BY e."Id" ORDER BY a."Role" DESC, a."Position"), e."Id",
                   (SELECT MIN(p."Id") FROM "People" p WHERE p."Name" = a."Name")
            FROM "LetterAddressees" a {MovedLetter("a.\"LetterId\"")}
            WHERE EXISTS (SELECT 1 FROM "People" p WHERE p."Name" = a."Name")
            """,

            // Signers (a maintainer may have added some; the seed has none) take part in the event.
            $"""
            INSERT INTO "ActorLinks" ("Role", "Position", "EventId", "OrganizationId", "PersonId")
            SELECT 'Participant', ROW_NUMBER() OVER (PARTITION BY e."Id" ORDER BY s."Position", s."Id"), e."Id", s."OrganizationId", s."PersonId"
            FROM "Signatures" s {MovedLetter("s.\"LetterId\"")}
            """,

            $"""
            INSERT INTO "EventTargets" ("EventId", "TargetsId")
            SELECT e."Id", t."TargetsId" FROM "LetterTargets" t {MovedLetter("t.\"LetterId\"")}
            """,

            // Citations move with their quotes.
            """
            UPDATE "Citations"
            SET "EventId" = (SELECT e."Id" FROM "Events" e JOIN "Letters" l ON l."Slug" = e."LegacyLetterSlug" WHERE l."Id" = "Citations"."LetterId"),
                "LetterId" = NULL
            WHERE "LetterId" IN (SELECT "Id" FROM "Letters" WHERE "Kind" = 'Campaign')
            """,

            // The audit trail follows the record; what old entries wrote stays as written. One entry records the move.
            """
            UPDATE "AuditEntries"
            SET "ObjectType" = 'Event',
                "ObjectId" = (SELECT e."Id" FROM "Events" e JOIN "Letters" l ON l."Slug" = e."LegacyLetterSlug" WHERE l."Id" = "AuditEntries"."ObjectId")
            WHERE "ObjectType" = 'Letter' AND "ObjectId" IN (SELECT "Id" FROM "Letters" WHERE "Kind" = 'Campaign')
            """,
            $"""
            INSERT INTO "AuditEntries" ("At", "KeyName", "Mutation", "ObjectType", "ObjectId", "Input", "Before", "After")
            SELECT {now}, 'migration', 'migrateCampaignToEvent', 'Event', e."Id",
                   {json}('letter', l."Slug"){jsonText},
                   {json}('id', l."Id", 'slug', l."Slug", 'title', l."Title", 'kind', 'CAMPAIGN', 'writtenOn', l."WrittenOn",
                          'deliveredOn', l."DeliveredOn", 'body', l."Body", 'reportedSignatureCount', l."ReportedSignatureCount",
                          'signatureCountNote', l."SignatureCountNote", 'notes', l."Notes", 'version', l."Version"){jsonText},
                   {json}('id', e."Id", 'slug', e."Slug", 'kind', e."Kind", 'title', e."Title", 'description', e."Description",
                          'startsOn', e."StartsOn", 'datePrecision', e."DatePrecision", 'dateQualifier', e."DateQualifier",
                          'announcedOn', e."AnnouncedOn", 'notes', e."Notes", 'version', e."Version"){jsonText}
            FROM "Events" e JOIN "Letters" l ON l."Slug" = e."LegacyLetterSlug" AND l."Kind" = 'Campaign'
            """,

            // A global id a client kept for the letter answers the event.
            """
            INSERT INTO "MovedRecords" ("OldType", "OldId", "NewType", "NewId")
            SELECT 'Letter', l."Id", 'Event', e."Id" FROM "Events" e JOIN "Letters" l ON l."Slug" = e."LegacyLetterSlug" AND l."Kind" = 'Campaign'
            """,

            // The letters go: their search documents and signatures first (addressees, organisers and targets cascade).
            """DELETE FROM "SearchDocuments" WHERE "Kind" = 'Letter' AND "EntityId" IN (SELECT "Id" FROM "Letters" WHERE "Kind" = 'Campaign')""",
            """DELETE FROM "Signatures" WHERE "LetterId" IN (SELECT "Id" FROM "Letters" WHERE "Kind" = 'Campaign')""",
            """DELETE FROM "Letters" WHERE "Kind" = 'Campaign'""",

            // Search documents now hold notes, addressees and cc lists: cleared ones are written again at start
            // (NormalizedNames.FillAsync), and the moved campaigns get theirs the same way.
            """UPDATE "SearchDocuments" SET "Title" = '' WHERE "Kind" IN ('Organization', 'Person', 'Letter')""",
            """
            INSERT INTO "SearchDocuments" ("Kind", "EntityId", "Title", "Text")
            SELECT 'Event', e."Id", '', '' FROM "Events" e
            WHERE e."LegacyLetterSlug" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "SearchDocuments" d WHERE d."Kind" = 'Event' AND d."EntityId" = e."Id")
            """,

            // Every remaining signature's line signs for its own organisation or person, first and so far alone.
            """
            INSERT INTO "SignatureSignatories" ("SignatureId", "Position", "OrganizationId", "PersonId")
            SELECT "Id", 1, "OrganizationId", "PersonId" FROM "Signatures"
            """,
        ];
    }

    /// <summary>Between the parts of a moved letter's notes.</summary>
    private const string NotesSeparator = "\n\n";

    /// <summary>The kind the curated data gives each seeded campaign; any other (a maintainer's) is OTHER.</summary>
    private const string KindOfSeededCampaign = """
        CASE l."Slug" WHEN 'call-in-day-2011-06-03' THEN 'CallInDay'
                      WHEN 'protest-2012-03-31' THEN 'Bannering'
                      WHEN 'valentines-day-protest-2014-02-14' THEN 'Protest'
                      WHEN 'uncover-the-truth-campaign' THEN 'Campaign'
                      ELSE 'Other' END
        """;

    /// <summary>Joins a letter id column to the event its CAMPAIGN letter became.</summary>
    private static string MovedLetter(string letterIdColumn) =>
        $"""JOIN "Letters" l ON l."Id" = {letterIdColumn} AND l."Kind" = 'Campaign' JOIN "Events" e ON e."LegacyLetterSlug" = l."Slug" """;
}
