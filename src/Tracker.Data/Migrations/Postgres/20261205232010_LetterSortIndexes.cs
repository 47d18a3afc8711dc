using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <summary>
    /// Indexes that read letters in the order of every sort the schema offers for them, over all letters and over
    /// one kind: letters of a kind by title (in the model), and by the date written (on an expression, which the
    /// model cannot describe: <see cref="LetterWrittenOnIndexes"/> says which and why). Indexes only: no
    /// record changes.
    /// </summary>
    public partial class LetterSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Letters_Kind_Title_Id",
                table: "Letters",
                columns: new[] { "Kind", "Title", "Id" });

            foreach (var statement in LetterWrittenOnIndexes.Create())
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in LetterWrittenOnIndexes.Drop())
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropIndex(
                name: "IX_Letters_Kind_Title_Id",
                table: "Letters");
        }
    }
}
