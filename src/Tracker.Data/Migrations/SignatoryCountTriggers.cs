namespace Tracker.Data.Migrations;

/// <summary>
/// The SQL of both providers' SignatoryCounts migrations: <c>LetterSignatoryCounts</c> filled from the signatures
/// already stored, then kept by triggers, in the transaction of the write itself, for every write that can move a
/// count: a signature added, deleted or moved to another letter or signer (mutations, the shell import, seeding,
/// merges, migrations, hand-written SQL alike), and an organisation's or person's state changed (which moves all
/// their signatures). Triggers rather than code in each write path: a path that forgets cannot exist, and a
/// count is never a read-modify-write that concurrent writers could interleave.
/// </summary>
/// <remarks>
/// A signature counts for its signer's state (its organisation's, or its person's; no state is
/// <c>''</c>), withdrawn or not, as <c>Letter.signatoriesByState</c> always counted. Counts of zero are deleted,
/// so a letter's rows are exactly the states of its signatories.
/// </remarks>
internal static class SignatoryCountTriggers
{
    /// <summary>Standard SQL both databases run: the counts of the signatures stored before the table existed.</summary>
    public const string Fill = """
        INSERT INTO "LetterSignatoryCounts" ("LetterId", "State", "Count")
        SELECT s."LetterId", COALESCE(o."State", p."State", ''), COUNT(*)
        FROM "Signatures" s
        LEFT JOIN "Organizations" o ON o."Id" = s."OrganizationId"
        LEFT JOIN "People" p ON p."Id" = s."PersonId"
        GROUP BY s."LetterId", COALESCE(o."State", p."State", '')
        """;

    /// <summary>The signers whose state a signature counts under: the tables with a State and the signature's column naming them.</summary>
    private static readonly (string Table, string Column)[] Signers = [("Organizations", "OrganizationId"), ("People", "PersonId")];

    private static string SignerState(string row) =>
        $"""COALESCE((SELECT "State" FROM "Organizations" WHERE "Id" = {row}."OrganizationId"), (SELECT "State" FROM "People" WHERE "Id" = {row}."PersonId"), '')""";

    private static string Add(string letter, string state, string count) => $"""
        INSERT INTO "LetterSignatoryCounts" ("LetterId", "State", "Count") VALUES ({letter}, {state}, {count})
            ON CONFLICT ("LetterId", "State") DO UPDATE SET "Count" = "LetterSignatoryCounts"."Count" + excluded."Count";
        """;

    private static string Remove(string letter, string state) => $"""
        UPDATE "LetterSignatoryCounts" SET "Count" = "Count" - 1 WHERE "LetterId" = {letter} AND "State" = {state};
        DELETE FROM "LetterSignatoryCounts" WHERE "LetterId" = {letter} AND "State" = {state} AND "Count" = 0;
        """;

    /// <summary>A signer's state changed: each letter's count of their signatures moves from the old state to the new.</summary>
    private static string MoveSigner(string column) => $"""
        UPDATE "LetterSignatoryCounts" SET "Count" = "Count" - (
                SELECT COUNT(*) FROM "Signatures" s WHERE s."{column}" = new."Id" AND s."LetterId" = "LetterSignatoryCounts"."LetterId")
            WHERE "State" = COALESCE(old."State", '') AND "LetterId" IN (SELECT "LetterId" FROM "Signatures" WHERE "{column}" = new."Id");
        DELETE FROM "LetterSignatoryCounts"
            WHERE "State" = COALESCE(old."State", '') AND "Count" = 0 AND "LetterId" IN (SELECT "LetterId" FROM "Signatures" WHERE "{column}" = new."Id");
        INSERT INTO "LetterSignatoryCounts" ("LetterId", "State", "Count")
            SELECT "LetterId", COALESCE(new."State", ''), COUNT(*) FROM "Signatures" WHERE "{column}" = new."Id" GROUP BY "LetterId"
            ON CONFLICT ("LetterId", "State") DO UPDATE SET "Count" = "LetterSignatoryCounts"."Count" + excluded."Count";
        """;

    private const string SignatureMoved = """old."LetterId" IS NOT new."LetterId" OR old."OrganizationId" IS NOT new."OrganizationId" OR old."PersonId" IS NOT new."PersonId" """;

    /// <summary>SQLite: triggers run their statements directly.</summary>
    public static IEnumerable<string> SqliteCreate()
    {
        yield return $"""
            CREATE TRIGGER "Signatures_CountInserted" AFTER INSERT ON "Signatures" BEGIN
            {Add("new.\"LetterId\"", SignerState("new"), "1")}
            END;
            """;
        yield return $"""
            CREATE TRIGGER "Signatures_CountDeleted" AFTER DELETE ON "Signatures" BEGIN
            {Remove("old.\"LetterId\"", SignerState("old"))}
            END;
            """;
        yield return $"""
            CREATE TRIGGER "Signatures_CountMoved" AFTER UPDATE OF "LetterId", "OrganizationId", "PersonId" ON "Signatures"
            WHEN {SignatureMoved} BEGIN
            {Remove("old.\"LetterId\"", SignerState("old"))}
            {Add("new.\"LetterId\"", SignerState("new"), "1")}
            END;
            """;
        foreach (var (table, column) in Signers)
        {
            yield return $"""
                CREATE TRIGGER "{table}_CountStateChanged" AFTER UPDATE OF "State" ON "{table}"
                WHEN old."State" IS NOT new."State" BEGIN
                {MoveSigner(column)}
                END;
                """;
        }
    }

    public static IEnumerable<string> SqliteDrop() =>
        new[] { "Signatures_CountInserted", "Signatures_CountDeleted", "Signatures_CountMoved" }
            .Concat(Signers.Select(s => $"{s.Table}_CountStateChanged"))
            .Select(trigger => $"""DROP TRIGGER IF EXISTS "{trigger}";""");

    /// <summary>PostgreSQL: each trigger calls a function of its own; <c>IS NOT</c> is spelt <c>IS DISTINCT FROM</c>.</summary>
    public static IEnumerable<string> PostgresCreate()
    {
        yield return $"""
            CREATE FUNCTION "Signatures_CountSignatories"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
            {Remove("old.\"LetterId\"", SignerState("old"))}
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
            {Add("new.\"LetterId\"", SignerState("new"), "1")}
                END IF;
                RETURN NULL;
            END $$;
            """;
        yield return """
            CREATE TRIGGER "Signatures_CountAddedOrDeleted" AFTER INSERT OR DELETE ON "Signatures"
                FOR EACH ROW EXECUTE FUNCTION "Signatures_CountSignatories"();
            """;
        yield return $"""
            CREATE TRIGGER "Signatures_CountMoved" AFTER UPDATE OF "LetterId", "OrganizationId", "PersonId" ON "Signatures"
                FOR EACH ROW WHEN ({SignatureMoved.Replace(" IS NOT ", " IS DISTINCT FROM ", StringComparison.Ordinal)})
                EXECUTE FUNCTION "Signatures_CountSignatories"();
            """;
        foreach (var (table, column) in Signers)
        {
            yield return $"""
                CREATE FUNCTION "{table}_CountStateChanged"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                {MoveSigner(column)}
                    RETURN NULL;
                END $$;
                """;
            yield return $"""
                CREATE TRIGGER "{table}_CountStateChanged" AFTER UPDATE OF "State" ON "{table}"
                    FOR EACH ROW WHEN (old."State" IS DISTINCT FROM new."State")
                    EXECUTE FUNCTION "{table}_CountStateChanged"();
                """;
        }
    }

    public static IEnumerable<string> PostgresDrop() =>
        new[] { ("Signatures_CountAddedOrDeleted", "Signatures"), ("Signatures_CountMoved", "Signatures") }
            .Concat(Signers.Select(s => ($"{s.Table}_CountStateChanged", s.Table)))
            .Select(t => $"""DROP TRIGGER IF EXISTS "{t.Item1}" ON "{t.Item2}";""")
            .Concat(new[] { "Signatures_CountSignatories" }.Concat(Signers.Select(s => $"{s.Table}_CountStateChanged"))
                .Select(function => $"""DROP FUNCTION IF EXISTS "{function}"();"""));
}
