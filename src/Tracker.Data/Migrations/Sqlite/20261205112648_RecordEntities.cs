using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tracker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordEntities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneOwner",
                table: "Citations");

            migrationBuilder.AddColumn<int>(
                name: "BodyId",
                table: "People",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostNominals",
                table: "People",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredOnPrecision",
                table: "Letters",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredOnQualifier",
                table: "Letters",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WrittenOnPrecision",
                table: "Letters",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WrittenOnQualifier",
                table: "Letters",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BodyId",
                table: "LetterAddressees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationId",
                table: "LetterAddressees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "LetterAddressees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorName",
                table: "LegislationStages",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EarliestOn",
                table: "LegislationStages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatestOn",
                table: "LegislationStages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoteAbstain",
                table: "LegislationStages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoteNo",
                table: "LegislationStages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoteText",
                table: "LegislationStages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoteYes",
                table: "LegislationStages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BodyId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeportationCaseId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EventId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatementId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatisticId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Bodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bodies_Bodies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bodies_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeportationCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Community = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReportedOnQualifier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeportationCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeportationCases_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DateQualifier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EarliestOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatestOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    LegacyLetterSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MovedRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OldType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OldId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NewId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MovedRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignatureSignatories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SignatureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureSignatories", x => x.Id);
                    table.CheckConstraint("CK_SignatureSignatories_OneSignatory", "(CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"PersonId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_SignatureSignatories_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureSignatories_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignatureSignatories_Signatures_SignatureId",
                        column: x => x.SignatureId,
                        principalTable: "Signatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BodyAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyAliases_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePetitions",
                columns: table => new
                {
                    DeportationCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PetitionsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePetitions", x => new { x.DeportationCaseId, x.PetitionsId });
                    table.ForeignKey(
                        name: "FK_CasePetitions_DeportationCases_DeportationCaseId",
                        column: x => x.DeportationCaseId,
                        principalTable: "DeportationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasePetitions_Letters_PetitionsId",
                        column: x => x.PetitionsId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventLegislation",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    LegislationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventLegislation", x => new { x.EventId, x.LegislationId });
                    table.ForeignKey(
                        name: "FK_EventLegislation_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventLegislation_Legislation_LegislationId",
                        column: x => x.LegislationId,
                        principalTable: "Legislation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventLetters",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    LettersId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventLetters", x => new { x.EventId, x.LettersId });
                    table.ForeignKey(
                        name: "FK_EventLetters_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventLetters_Letters_LettersId",
                        column: x => x.LettersId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTargets",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTargets", x => new { x.EventId, x.TargetsId });
                    table.ForeignKey(
                        name: "FK_EventTargets_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventTargets_Jurisdictions_TargetsId",
                        column: x => x.TargetsId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DateQualifier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EarliestOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatestOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: true),
                    LegislationId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.CheckConstraint("CK_Statements_ActionOfAction", "(\"Kind\" = 'Action') = (\"Action\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_Statements_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_Legislation_LegislationId",
                        column: x => x.LegislationId,
                        principalTable: "Legislation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_Letters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatementJurisdictions",
                columns: table => new
                {
                    JurisdictionsId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementJurisdictions", x => new { x.JurisdictionsId, x.StatementId });
                    table.ForeignKey(
                        name: "FK_StatementJurisdictions_Jurisdictions_JurisdictionsId",
                        column: x => x.JurisdictionsId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StatementJurisdictions_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Low = table.Column<double>(type: "REAL", nullable: true),
                    High = table.Column<double>(type: "REAL", nullable: true),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValueText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Counts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodFromPrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodToPrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AttributedToName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: true),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: true),
                    Passage = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statistics", x => x.Id);
                    table.CheckConstraint("CK_Statistics_ValueOrBound", "\"Value\" IS NULL OR (\"Low\" IS NULL AND \"High\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Statistics_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statistics_Letters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statistics_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActorLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LegislationId = table.Column<int>(type: "INTEGER", nullable: true),
                    LegislationStageId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: true),
                    StatisticId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActorLinks", x => x.Id);
                    table.CheckConstraint("CK_ActorLinks_OneActor", "(CASE WHEN \"PersonId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"BodyId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.CheckConstraint("CK_ActorLinks_OneOwner", "(CASE WHEN \"LegislationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LegislationStageId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"EventId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"StatementId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"StatisticId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_ActorLinks_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActorLinks_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorLinks_LegislationStages_LegislationStageId",
                        column: x => x.LegislationStageId,
                        principalTable: "LegislationStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorLinks_Legislation_LegislationId",
                        column: x => x.LegislationId,
                        principalTable: "Legislation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorLinks_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActorLinks_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActorLinks_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActorLinks_Statistics_StatisticId",
                        column: x => x.StatisticId,
                        principalTable: "Statistics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_BodyId",
                table: "People",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterAddressees_BodyId",
                table: "LetterAddressees",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterAddressees_OrganizationId",
                table: "LetterAddressees",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterAddressees_PersonId",
                table: "LetterAddressees",
                column: "PersonId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_LetterAddressees_OneRecord",
                table: "LetterAddressees",
                sql: "(CASE WHEN \"PersonId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"BodyId\" IS NULL THEN 0 ELSE 1 END) <= 1");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_BodyId",
                table: "Citations",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DeportationCaseId",
                table: "Citations",
                column: "DeportationCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_EventId",
                table: "Citations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StatementId",
                table: "Citations",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StatisticId",
                table: "Citations",
                column: "StatisticId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneOwner",
                table: "Citations",
                sql: "(CASE WHEN \"JurisdictionId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"StatusEventId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LegislationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LegislationStageId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"PersonId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LetterId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"BodyId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"EventId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"DeportationCaseId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"StatementId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"StatisticId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_BodyId_Role",
                table: "ActorLinks",
                columns: new[] { "BodyId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_EventId_Role_Position",
                table: "ActorLinks",
                columns: new[] { "EventId", "Role", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_LegislationId_Role_Position",
                table: "ActorLinks",
                columns: new[] { "LegislationId", "Role", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_LegislationStageId_Role_Position",
                table: "ActorLinks",
                columns: new[] { "LegislationStageId", "Role", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_OrganizationId_Role",
                table: "ActorLinks",
                columns: new[] { "OrganizationId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_PersonId_Role",
                table: "ActorLinks",
                columns: new[] { "PersonId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_StatementId_Role_Position",
                table: "ActorLinks",
                columns: new[] { "StatementId", "Role", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ActorLinks_StatisticId_Role_Position",
                table: "ActorLinks",
                columns: new[] { "StatisticId", "Role", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_JurisdictionId_NormalizedName",
                table: "Bodies",
                columns: new[] { "JurisdictionId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_Kind_NormalizedName",
                table: "Bodies",
                columns: new[] { "Kind", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_Name",
                table: "Bodies",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_NormalizedName_Id",
                table: "Bodies",
                columns: new[] { "NormalizedName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_ParentId",
                table: "Bodies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_Slug",
                table: "Bodies",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BodyAliases_BodyId_NormalizedName",
                table: "BodyAliases",
                columns: new[] { "BodyId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_BodyAliases_NormalizedName",
                table: "BodyAliases",
                column: "NormalizedName");

            migrationBuilder.CreateIndex(
                name: "IX_CasePetitions_PetitionsId",
                table: "CasePetitions",
                column: "PetitionsId");

            migrationBuilder.CreateIndex(
                name: "IX_DeportationCases_Community",
                table: "DeportationCases",
                column: "Community");

            migrationBuilder.CreateIndex(
                name: "IX_DeportationCases_JurisdictionId",
                table: "DeportationCases",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_DeportationCases_Name",
                table: "DeportationCases",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_DeportationCases_NormalizedName_Id",
                table: "DeportationCases",
                columns: new[] { "NormalizedName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DeportationCases_ReportedOn_Id",
                table: "DeportationCases",
                columns: new[] { "ReportedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DeportationCases_Slug",
                table: "DeportationCases",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventLegislation_LegislationId",
                table: "EventLegislation",
                column: "LegislationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventLetters_LettersId",
                table: "EventLetters",
                column: "LettersId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTargets_TargetsId",
                table: "EventTargets",
                column: "TargetsId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_JurisdictionId_StartsOn",
                table: "Events",
                columns: new[] { "JurisdictionId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Kind_StartsOn",
                table: "Events",
                columns: new[] { "Kind", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_LegacyLetterSlug",
                table: "Events",
                column: "LegacyLetterSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Slug",
                table: "Events",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartsOn_Id",
                table: "Events",
                columns: new[] { "StartsOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Title_Id",
                table: "Events",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MovedRecords_OldType_OldId",
                table: "MovedRecords",
                columns: new[] { "OldType", "OldId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignatureSignatories_OrganizationId",
                table: "SignatureSignatories",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureSignatories_PersonId",
                table: "SignatureSignatories",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureSignatories_SignatureId_Position",
                table: "SignatureSignatories",
                columns: new[] { "SignatureId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatementJurisdictions_StatementId",
                table: "StatementJurisdictions",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Action_Date",
                table: "Statements",
                columns: new[] { "Action", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Date_Id",
                table: "Statements",
                columns: new[] { "Date", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_EventId_Date",
                table: "Statements",
                columns: new[] { "EventId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Kind_Date",
                table: "Statements",
                columns: new[] { "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_LegislationId_Date",
                table: "Statements",
                columns: new[] { "LegislationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_LetterId_Date",
                table: "Statements",
                columns: new[] { "LetterId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Slug",
                table: "Statements",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_JurisdictionId_PeriodFrom",
                table: "Statistics",
                columns: new[] { "JurisdictionId", "PeriodFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_LetterId",
                table: "Statistics",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_PeriodFrom_Id",
                table: "Statistics",
                columns: new[] { "PeriodFrom", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_Slug",
                table: "Statistics",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_StatementId",
                table: "Statistics",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_Unit_Value",
                table: "Statistics",
                columns: new[] { "Unit", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistics_Value_Id",
                table: "Statistics",
                columns: new[] { "Value", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Bodies_BodyId",
                table: "Citations",
                column: "BodyId",
                principalTable: "Bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_DeportationCases_DeportationCaseId",
                table: "Citations",
                column: "DeportationCaseId",
                principalTable: "DeportationCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Events_EventId",
                table: "Citations",
                column: "EventId",
                principalTable: "Events",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Statements_StatementId",
                table: "Citations",
                column: "StatementId",
                principalTable: "Statements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Statistics_StatisticId",
                table: "Citations",
                column: "StatisticId",
                principalTable: "Statistics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_LetterAddressees_Bodies_BodyId",
                table: "LetterAddressees",
                column: "BodyId",
                principalTable: "Bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LetterAddressees_Organizations_OrganizationId",
                table: "LetterAddressees",
                column: "OrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LetterAddressees_People_PersonId",
                table: "LetterAddressees",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_People_Bodies_BodyId",
                table: "People",
                column: "BodyId",
                principalTable: "Bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back drops the new tables and columns with what they hold (moved campaigns do not become letters
            // again); the citations of the new kinds must go first, or the old one-owner check fails.
            // SQLite checks a dropped table's children as it drops it, and Citations refers to five of the new tables:
            // once one is gone, dropping the next fails. Foreign keys are off until the rebuild below turns them on
            // again (a pragma works only outside a transaction, as EF's own rebuild step does it).
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""DELETE FROM "Citations" WHERE "BodyId" IS NOT NULL OR "EventId" IS NOT NULL OR "DeportationCaseId" IS NOT NULL OR "StatementId" IS NOT NULL OR "StatisticId" IS NOT NULL""");
            migrationBuilder.Sql("""DELETE FROM "SearchDocuments" WHERE "Kind" IN ('Body', 'Event', 'DeportationCase', 'Statement', 'Statistic')""");

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Bodies_BodyId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_DeportationCases_DeportationCaseId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Events_EventId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Statements_StatementId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Statistics_StatisticId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_LetterAddressees_Bodies_BodyId",
                table: "LetterAddressees");

            migrationBuilder.DropForeignKey(
                name: "FK_LetterAddressees_Organizations_OrganizationId",
                table: "LetterAddressees");

            migrationBuilder.DropForeignKey(
                name: "FK_LetterAddressees_People_PersonId",
                table: "LetterAddressees");

            migrationBuilder.DropForeignKey(
                name: "FK_People_Bodies_BodyId",
                table: "People");















            migrationBuilder.DropIndex(
                name: "IX_People_BodyId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_LetterAddressees_BodyId",
                table: "LetterAddressees");

            migrationBuilder.DropIndex(
                name: "IX_LetterAddressees_OrganizationId",
                table: "LetterAddressees");

            migrationBuilder.DropIndex(
                name: "IX_LetterAddressees_PersonId",
                table: "LetterAddressees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_LetterAddressees_OneRecord",
                table: "LetterAddressees");

            migrationBuilder.DropIndex(
                name: "IX_Citations_BodyId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_DeportationCaseId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_EventId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_StatementId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_StatisticId",
                table: "Citations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneOwner",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "PostNominals",
                table: "People");

            migrationBuilder.DropColumn(
                name: "DeliveredOnPrecision",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "DeliveredOnQualifier",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "WrittenOnPrecision",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "WrittenOnQualifier",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "LetterAddressees");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "LetterAddressees");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "LetterAddressees");

            migrationBuilder.DropColumn(
                name: "ActorName",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "EarliestOn",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "LatestOn",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "VoteAbstain",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "VoteNo",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "VoteText",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "VoteYes",
                table: "LegislationStages");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "DeportationCaseId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "EventId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "StatisticId",
                table: "Citations");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneOwner",
                table: "Citations",
                sql: "(CASE WHEN \"JurisdictionId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"StatusEventId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LegislationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LegislationStageId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"PersonId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LetterId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.DropTable(
                name: "ActorLinks");

            migrationBuilder.DropTable(
                name: "BodyAliases");

            migrationBuilder.DropTable(
                name: "CasePetitions");

            migrationBuilder.DropTable(
                name: "EventLegislation");

            migrationBuilder.DropTable(
                name: "EventLetters");

            migrationBuilder.DropTable(
                name: "EventTargets");

            migrationBuilder.DropTable(
                name: "MovedRecords");

            migrationBuilder.DropTable(
                name: "SignatureSignatories");

            migrationBuilder.DropTable(
                name: "StatementJurisdictions");

            migrationBuilder.DropTable(
                name: "Statistics");

            migrationBuilder.DropTable(
                name: "Bodies");

            migrationBuilder.DropTable(
                name: "DeportationCases");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "Events");
        }
    }
}
