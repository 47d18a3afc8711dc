using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tracker.Data.Migrations.Sqlite;

/// <summary>
/// Hand-written: SQLite's FTS5 index over SearchDocuments (external content, so the text is stored once),
/// kept in step by triggers; titles and text are separate columns so ranking can weight titles. The model does
/// not know the virtual table, which is why this migration has no model snapshot change.
/// </summary>
[DbContext(typeof(SqliteTrackerDbContext))]
[Migration("20261124202400_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                "Title", "Text",
                content='SearchDocuments', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "SearchDocuments_Inserted" AFTER INSERT ON "SearchDocuments" BEGIN
                INSERT INTO "SearchIndex"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "SearchDocuments_Deleted" AFTER DELETE ON "SearchDocuments" BEGIN
                INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "SearchDocuments_Updated" AFTER UPDATE ON "SearchDocuments" BEGIN
                INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                INSERT INTO "SearchIndex"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
            END;
            """);
        // Documents written before this migration (none on a new database) are indexed too.
        migrationBuilder.Sql("""INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchDocuments_Updated";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchDocuments_Deleted";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchDocuments_Inserted";""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchIndex";""");
    }
}
