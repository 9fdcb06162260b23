using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AdoptedAtMeetingId",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Constitutions",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MinuteTaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SecondSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VoteCounters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Constitutions", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_Constitutions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DelegateRules",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaseDelegates = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseCovers = table.Column<int>(type: "INTEGER", nullable: false),
                    MembersPerExtra = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedCounts = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxPerBranch = table.Column<int>(type: "INTEGER", nullable: true),
                    CountedOn = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegateRules", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_DelegateRules_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ElectionResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ElectedPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Vote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectionResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElectionResults_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElectionResults_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ElectionResults_Persons_ElectedPersonId",
                        column: x => x.ElectedPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElectionResults_Persons_ProposedPersonId",
                        column: x => x.ProposedPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElectionResults_PositionTypes_PositionTypeId",
                        column: x => x.PositionTypeId,
                        principalTable: "PositionTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ElectionResults_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_AdoptedAtMeetingId",
                table: "Plans",
                column: "AdoptedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionResults_BodyId",
                table: "ElectionResults",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionResults_ElectedPersonId",
                table: "ElectionResults",
                column: "ElectedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionResults_MeetingId_Order",
                table: "ElectionResults",
                columns: new[] { "MeetingId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ElectionResults_PositionId",
                table: "ElectionResults",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionResults_PositionTypeId",
                table: "ElectionResults",
                column: "PositionTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectionResults_ProposedPersonId",
                table: "ElectionResults",
                column: "ProposedPersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Plans_Meetings_AdoptedAtMeetingId",
                table: "Plans",
                column: "AdoptedAtMeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Plans_Meetings_AdoptedAtMeetingId",
                table: "Plans");

            migrationBuilder.DropTable(
                name: "Constitutions");

            migrationBuilder.DropTable(
                name: "DelegateRules");

            migrationBuilder.DropTable(
                name: "ElectionResults");

            migrationBuilder.DropIndex(
                name: "IX_Plans_AdoptedAtMeetingId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "AdoptedAtMeetingId",
                table: "Plans");
        }
    }
}
