using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tracker.Data.Migrations.Postgres;

/// <summary>
/// Hand-written, no model change: search documents are now written folded to ASCII (so both engines find
/// "Comité" by "Comite"). Documents with other characters are cleared here and written again at start
/// (NormalizedNames.FillAsync finds them by their empty title).
/// </summary>
[DbContext(typeof(PostgresTrackerDbContext))]
[Migration("20261204203000_FoldSearchDocuments")]
public sealed class FoldSearchDocuments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""UPDATE "SearchDocuments" SET "Title" = '' WHERE "Title" ~ '[^ -~]' OR "Text" ~ '[^ -~\n]'""");

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Folded documents are still found by the older code's queries for ASCII words; nothing to undo.
    }
}
