using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <summary>
    /// Each signatory's state in an index on its key (see <see cref="PostgresTrackerDbContext"/>), so that a letter's
    /// signatures filtered by state probe the index instead of hashing every person. PostgreSQL only: SQLite reads a
    /// row by its integer key directly, and its model is unchanged. Indexes only: no record changes.
    /// </summary>
    public partial class SignatoryStateLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_People_Id_State",
                table: "People",
                column: "Id")
                .Annotation("Npgsql:IndexInclude", new[] { "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Id_State",
                table: "Organizations",
                column: "Id")
                .Annotation("Npgsql:IndexInclude", new[] { "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_Id_State",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Id_State",
                table: "Organizations");
        }
    }
}
