using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProposedDecision",
                table: "StandardAgendaItems",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumAtLeast",
                table: "Bodies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StandingInvitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PositionTypeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeldInId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Right = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingInvitees_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandingInvitees_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandingInvitees_PositionTypes_PositionTypeId",
                        column: x => x.PositionTypeId,
                        principalTable: "PositionTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StandingInvitees_BodyId",
                table: "StandingInvitees",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingInvitees_PersonId",
                table: "StandingInvitees",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingInvitees_PositionTypeId",
                table: "StandingInvitees",
                column: "PositionTypeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StandingInvitees");

            migrationBuilder.DropColumn(
                name: "ProposedDecision",
                table: "StandardAgendaItems");

            migrationBuilder.DropColumn(
                name: "QuorumAtLeast",
                table: "Bodies");
        }
    }
}
