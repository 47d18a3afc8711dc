using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Postgres
{
    /// <summary>
    /// Every table NOTIFYs the data version's channel on any write, whoever makes it: the caches keyed on the data
    /// version (the response cache, the status record, the loads' memo) heard only the writes made through EF Core,
    /// whose interceptor sends the NOTIFY, so a fix made by hand in psql, a script or a restore was never seen, and the
    /// loads' memo kept answering even requests that bypass the response cache. A statement-level trigger per table
    /// (inserts, updates, deletes, truncates) calls <c>pg_notify</c>, which PostgreSQL delivers when the transaction
    /// commits, never if it rolls back, and once per transaction however many statements send it. PostgreSQL only:
    /// SQLite's <c>data_version</c> already sees every commit. A table added by a later migration needs the same
    /// trigger (<c>DataVersionTriggerTests</c> fails until it has it). No record changes.
    /// </summary>
    public partial class DataVersionTriggers : Migration
    {
        private const string Function = """
            CREATE OR REPLACE FUNCTION tracker_data_version_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('tracker_data_version', '');
                RETURN NULL;
            END
            $$;
            """;

        /// <summary>The trigger on every table of the schema but EF Core's migration history.</summary>
        private const string Triggers = """
            DO $$
            DECLARE t record;
            BEGIN
                FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '__EFMigrationsHistory' LOOP
                    EXECUTE format('CREATE TRIGGER tracker_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_version_notify()', t.tablename);
                END LOOP;
            END
            $$;
            """;

        private const string DropTriggers = """
            DO $$
            DECLARE t record;
            BEGIN
                FOR t IN SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname = 'tracker_data_version' LOOP
                    EXECUTE format('DROP TRIGGER tracker_data_version ON %I', t.relname);
                END LOOP;
            END
            $$;
            DROP FUNCTION IF EXISTS tracker_data_version_notify();
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Function);
            migrationBuilder.Sql(Triggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropTriggers);
        }
    }
}
