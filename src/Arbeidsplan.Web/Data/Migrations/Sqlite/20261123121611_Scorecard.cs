using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Scorecard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BranchChecks",
                columns: table => new
                {
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WebsiteCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SocialMediaCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchChecks", x => x.BranchId);
                    table.ForeignKey(
                        name: "FK_BranchChecks_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendances",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendances", x => new { x.EventId, x.BranchId });
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScorecardSettings",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembersYellowPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    StudyYellowPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactGreenDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactYellowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckGreenDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckYellowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionMeetingsGreen = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualMeetingByMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredPositionTypeIds = table.Column<string>(type: "TEXT", nullable: false),
                    MemberListPositionTypeIds = table.Column<string>(type: "TEXT", nullable: false),
                    KeepMemberNames = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScorecardSettings", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_ScorecardSettings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_BranchId_On",
                table: "MeetingAttendances",
                columns: new[] { "BranchId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BranchChecks");

            migrationBuilder.DropTable(
                name: "MeetingAttendances");

            migrationBuilder.DropTable(
                name: "ScorecardSettings");
        }
    }
}
