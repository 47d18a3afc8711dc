using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <summary>
    /// The data half of RecordEntities, in a migration of its own because SQLite rebuilds a table (here Citations,
    /// for its new one-owner check) at the end of the migration that changes it: moving a citation from a letter to
    /// an event inside RecordEntities would still meet the old check.
    /// </summary>
    public partial class RecordData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Letters' date precision, CAMPAIGN letters to events, signatories (RecordEntitiesData says how).
            foreach (var statement in RecordEntitiesData.Statements(postgres: true))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo here: RecordEntities' Down drops what this filled (moved campaigns stay lost going back).
        }
    }
}
