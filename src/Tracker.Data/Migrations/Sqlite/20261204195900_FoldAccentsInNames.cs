using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoldAccentsInNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganizationAliases_OrganizationId_NormalizedName",
                table: "OrganizationAliases");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationAliases_OrganizationId_NormalizedName",
                table: "OrganizationAliases",
                columns: new[] { "OrganizationId", "NormalizedName" });

            // The normaliser now folds accents (and transliterates other scripts): names with any character
            // outside printable ASCII are cleared here and normalised again at start (NormalizedNames.FillAsync).
            foreach (var table in new[] { "Organizations", "People", "OrganizationAliases" })
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "NormalizedName" = '' WHERE "Name" GLOB '*[^ -~]*'""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo safely: a unique index would break on aliases that now share a folded form (two
            // printed spellings of one name), and the folded forms read as well as the older ones did.
        }
    }
}
