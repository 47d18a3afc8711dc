namespace Tracker.Data.Migrations;

/// <summary>
/// Used by both providers' UniqueSignaturePositions migrations, before the index becomes unique. Signatures added
/// concurrently before then may share a position (PostgreSQL ran such additions in parallel). Every one is kept:
/// later duplicates move after the letter's last position, in the order they were saved. The statement is
/// standard SQL that SQLite (3.33+) and PostgreSQL both run.
/// </summary>
internal static class SignaturePositionRepair
{
    public const string Sql = """
        WITH ranked AS (
            SELECT "Id", "LetterId", ROW_NUMBER() OVER (PARTITION BY "LetterId", "Position" ORDER BY "Id") AS "Copy"
            FROM "Signatures"
        ),
        moved AS (
            SELECT r."Id",
                   (SELECT MAX(s."Position") FROM "Signatures" s WHERE s."LetterId" = r."LetterId")
                   + ROW_NUMBER() OVER (PARTITION BY r."LetterId" ORDER BY r."Id") AS "NewPosition"
            FROM ranked r
            WHERE r."Copy" > 1
        )
        UPDATE "Signatures" SET "Position" = moved."NewPosition" FROM moved WHERE "Signatures"."Id" = moved."Id";
        """;
}
