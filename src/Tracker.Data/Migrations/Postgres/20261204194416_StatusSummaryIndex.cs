using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatusSummaryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_ParentId_Kind_CurrentStatus",
                table: "Jurisdictions",
                columns: new[] { "ParentId", "Kind", "CurrentStatus" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jurisdictions_ParentId_Kind_CurrentStatus",
                table: "Jurisdictions");
        }
    }
}
