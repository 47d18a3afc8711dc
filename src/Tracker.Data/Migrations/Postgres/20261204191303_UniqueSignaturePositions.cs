using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UniqueSignaturePositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Signatures_LetterId_Position",
                table: "Signatures");

            // Signatures added concurrently before this index existed may share a position (PostgreSQL ran such
            // additions in parallel). Keep every one: later duplicates move after the letter's last position, in
            // the order they were saved.
            migrationBuilder.Sql("""
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
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_LetterId_Position",
                table: "Signatures",
                columns: new[] { "LetterId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Signatures_LetterId_Position",
                table: "Signatures");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_LetterId_Position",
                table: "Signatures",
                columns: new[] { "LetterId", "Position" });
        }
    }
}
