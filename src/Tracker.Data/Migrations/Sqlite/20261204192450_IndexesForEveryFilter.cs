using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexesForEveryFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StatusEvents_Actor",
                table: "StatusEvents",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_People_Affiliation",
                table: "People",
                column: "Affiliation");

            migrationBuilder.CreateIndex(
                name: "IX_People_Title",
                table: "People",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationAliases_Name",
                table: "OrganizationAliases",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_DeliveredOn",
                table: "Letters",
                column: "DeliveredOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusEvents_Actor",
                table: "StatusEvents");

            migrationBuilder.DropIndex(
                name: "IX_People_Affiliation",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_Title",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_OrganizationAliases_Name",
                table: "OrganizationAliases");

            migrationBuilder.DropIndex(
                name: "IX_Letters_DeliveredOn",
                table: "Letters");
        }
    }
}
