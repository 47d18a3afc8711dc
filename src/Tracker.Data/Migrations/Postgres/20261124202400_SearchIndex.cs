using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tracker.Data.Migrations.Postgres;

/// <summary>
/// Hand-written: PostgreSQL's full-text index over SearchDocuments, a stored generated tsvector (titles weight
/// A, text weight B; the 'simple' configuration, so names are not stemmed) with a GIN index. The model does not
/// map the column, which is why this migration has no model snapshot change.
/// </summary>
[DbContext(typeof(PostgresTrackerDbContext))]
[Migration("20261124202400_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE "SearchDocuments" ADD COLUMN "SearchVector" tsvector
                GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('simple', coalesce("Text", '')), 'B')) STORED;
            """);
        migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_SearchDocuments_SearchVector";""");
        migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" DROP COLUMN IF EXISTS "SearchVector";""");
    }
}
