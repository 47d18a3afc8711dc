using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FailedKeyChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FailedKeyChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FailedKeyChecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FailedKeyChecks_At",
                table: "FailedKeyChecks",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_FailedKeyChecks_Client_At",
                table: "FailedKeyChecks",
                columns: new[] { "Client", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FailedKeyChecks");
        }
    }
}
