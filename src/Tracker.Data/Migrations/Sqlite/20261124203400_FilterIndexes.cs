using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Signatures_LetterId_PrintedName",
                table: "Signatures",
                columns: new[] { "LetterId", "PrintedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_City_Name",
                table: "Organizations",
                columns: new[] { "City", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Jurisdictions_PostalCode",
                table: "Jurisdictions",
                column: "PostalCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Signatures_LetterId_PrintedName",
                table: "Signatures");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_City_Name",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Jurisdictions_PostalCode",
                table: "Jurisdictions");
        }
    }
}
