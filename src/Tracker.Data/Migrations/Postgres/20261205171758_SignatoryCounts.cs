using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <summary>
    /// Signatures per letter and signer's state, filled from the signatures already stored and kept from then on
    /// by triggers (<see cref="SignatoryCountTriggers"/> says which and why), so that <c>Letter.signatoriesByState</c>
    /// and <c>Letter.signatureCount</c> read a few rows instead of grouping every signature.
    /// </summary>
    public partial class SignatoryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterSignatoryCounts",
                columns: table => new
                {
                    LetterId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterSignatoryCounts", x => new { x.LetterId, x.State });
                    table.ForeignKey(
                        name: "FK_LetterSignatoryCounts_Letters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(SignatoryCountTriggers.Fill);
            foreach (var statement in SignatoryCountTriggers.PostgresCreate())
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in SignatoryCountTriggers.PostgresDrop())
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "LetterSignatoryCounts");
        }
    }
}
