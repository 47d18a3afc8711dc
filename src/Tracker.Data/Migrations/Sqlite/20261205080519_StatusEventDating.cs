using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatusEventDating : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CountsFrom",
                table: "StatusEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EarliestOn",
                table: "StatusEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatestOn",
                table: "StatusEvents",
                type: "TEXT",
                nullable: true);

            // The seeded ICE event was recorded as an EXACT activation on 1 January 2013; its source only reports an
            // announcement that the program would become mandatory for 2013. Corrected where no maintainer has
            // edited it since it was seeded (its counting day is filled at start, as for every older event).
            migrationBuilder.Sql("""UPDATE "StatusEvents" SET "DateQualifier" = 'Planned' WHERE "Slug" = 'us-mandatory-2013' AND "Version" = 1 AND "DateQualifier" = 'Exact'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier schema has no PLANNED; ESTIMATED is the nearest reading it can hold (the dates stay).
            migrationBuilder.Sql("""UPDATE "StatusEvents" SET "DateQualifier" = 'Estimated' WHERE "DateQualifier" = 'Planned'""");
            migrationBuilder.Sql("""UPDATE "LegislationStages" SET "DateQualifier" = 'Estimated' WHERE "DateQualifier" = 'Planned'""");

            // SQLite drops plain columns itself (3.35+); EF would rebuild the table, which needs the previous
            // migration's model, and the hand-written migration before this one has none.
            migrationBuilder.Sql("""ALTER TABLE "StatusEvents" DROP COLUMN "CountsFrom";""");
            migrationBuilder.Sql("""ALTER TABLE "StatusEvents" DROP COLUMN "EarliestOn";""");
            migrationBuilder.Sql("""ALTER TABLE "StatusEvents" DROP COLUMN "LatestOn";""");
        }
    }
}
