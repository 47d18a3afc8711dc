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

            migrationBuilder.Sql(SignaturePositionRepair.Sql);

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
