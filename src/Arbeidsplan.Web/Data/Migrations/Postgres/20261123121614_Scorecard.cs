using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
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
                    BranchId = table.Column<Guid>(type: "uuid", nullable: false),
                    WebsiteCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SocialMediaCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    BranchId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
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
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembersYellowPercent = table.Column<int>(type: "integer", nullable: false),
                    StudyYellowPercent = table.Column<int>(type: "integer", nullable: false),
                    ContactGreenDays = table.Column<int>(type: "integer", nullable: false),
                    ContactYellowDays = table.Column<int>(type: "integer", nullable: false),
                    CheckGreenDays = table.Column<int>(type: "integer", nullable: false),
                    CheckYellowDays = table.Column<int>(type: "integer", nullable: false),
                    RegionMeetingsGreen = table.Column<int>(type: "integer", nullable: false),
                    AnnualMeetingByMonth = table.Column<int>(type: "integer", nullable: false),
                    RequiredPositionTypeIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    MemberListPositionTypeIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    KeepMemberNames = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
