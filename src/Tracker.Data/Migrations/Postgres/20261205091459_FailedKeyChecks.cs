using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
