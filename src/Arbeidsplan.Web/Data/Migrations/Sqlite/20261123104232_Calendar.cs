using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Calendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KindId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventKinds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    YearType = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplates_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineRules_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeadlineRules_EventKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "EventKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeadlineRules_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    RepeatFrequency = table.Column<int>(type: "INTEGER", nullable: true),
                    RepeatInterval = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatWeekday = table.Column<int>(type: "INTEGER", nullable: true),
                    RepeatOrdinal = table.Column<int>(type: "INTEGER", nullable: true),
                    RepeatCount = table.Column<int>(type: "INTEGER", nullable: true),
                    RepeatUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CopiedFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalUid = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Events_EventKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "EventKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Events_Organisations_HostId",
                        column: x => x.HostId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Events_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatutoryWindows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppliesTo = table.Column<int>(type: "INTEGER", nullable: false),
                    FromMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    FromDay = table.Column<int>(type: "INTEGER", nullable: false),
                    ToMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ToDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatutoryWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatutoryWindows_EventKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "EventKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatutoryWindows_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemplateItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: true),
                    KindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateItems_EventKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "EventKinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TemplateItems_EventTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventExceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MovedStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MovedEndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MovedStartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    MovedEndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventExceptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventExceptions_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventMeasures",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMeasures", x => new { x.EventId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_EventMeasures_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventMeasures_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "EventKinds",
                columns: new[] { "Id", "IsBuiltIn", "Key", "Name", "Order" },
                values: new object[,]
                {
                    { new Guid("0193a000-0000-7000-8000-000000000001"), true, "styremote", "Styremøte", 10 },
                    { new Guid("0193a000-0000-7000-8000-000000000002"), true, "arsmote", "Årsmøte", 20 },
                    { new Guid("0193a000-0000-7000-8000-000000000003"), true, "fylkesting", "Fylkesting", 30 },
                    { new Guid("0193a000-0000-7000-8000-000000000004"), true, "landsmote", "Landsmøte / landsstyre", 40 },
                    { new Guid("0193a000-0000-7000-8000-000000000005"), true, "kurs", "Kurs og konferanse", 50 },
                    { new Guid("0193a000-0000-7000-8000-000000000006"), true, "regionmote", "Regionmøte", 60 },
                    { new Guid("0193a000-0000-7000-8000-000000000007"), true, "studiesamling", "Studiesamling", 70 },
                    { new Guid("0193a000-0000-7000-8000-000000000008"), true, "aksjonsdag", "Aksjonsdag", 80 },
                    { new Guid("0193a000-0000-7000-8000-000000000009"), true, "valg", "Valg", 90 },
                    { new Guid("0193a000-0000-7000-8000-00000000000a"), true, "frist", "Frist", 100 },
                    { new Guid("0193a000-0000-7000-8000-00000000000b"), true, "annet", "Annet", 110 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_OrganisationId",
                table: "CalendarFeeds",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_OwnerUserId",
                table: "CalendarFeeds",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_PersonId",
                table: "CalendarFeeds",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRules_BodyId",
                table: "DeadlineRules",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRules_KindId",
                table: "DeadlineRules",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRules_OrganisationId",
                table: "DeadlineRules",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventExceptions_EventId_OriginalDate",
                table: "EventExceptions",
                columns: new[] { "EventId", "OriginalDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventKinds_Key",
                table: "EventKinds",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventMeasures_MeasureId",
                table: "EventMeasures",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_BodyId",
                table: "Events",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_HostId",
                table: "Events",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_KindId",
                table: "Events",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_OrganisationId_StartDate",
                table: "Events",
                columns: new[] { "OrganisationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartDate_EndDate",
                table: "Events",
                columns: new[] { "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplates_OrganisationId",
                table: "EventTemplates",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryWindows_KindId",
                table: "StatutoryWindows",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryWindows_OrganisationId",
                table: "StatutoryWindows",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateItems_KindId",
                table: "TemplateItems",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateItems_TemplateId",
                table: "TemplateItems",
                column: "TemplateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "DeadlineRules");

            migrationBuilder.DropTable(
                name: "EventExceptions");

            migrationBuilder.DropTable(
                name: "EventMeasures");

            migrationBuilder.DropTable(
                name: "StatutoryWindows");

            migrationBuilder.DropTable(
                name: "TemplateItems");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "EventTemplates");

            migrationBuilder.DropTable(
                name: "EventKinds");
        }
    }
}
