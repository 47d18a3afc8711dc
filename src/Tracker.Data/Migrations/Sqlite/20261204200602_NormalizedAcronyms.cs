using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NormalizedAcronyms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NormalizedAcronym",
                table: "Organizations",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NormalizedAcronym",
                table: "Organizations",
                column: "NormalizedAcronym");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_NormalizedAcronym",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "NormalizedAcronym",
                table: "Organizations");
        }
    }
}
