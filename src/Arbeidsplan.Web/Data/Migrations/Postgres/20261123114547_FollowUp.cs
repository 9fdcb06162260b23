using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BranchFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BranchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reasons = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssignedBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BranchFlags_Bodies_AssignedBodyId",
                        column: x => x.AssignedBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BranchFlags_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BranchFlags_Persons_AssignedPersonId",
                        column: x => x.AssignedPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ContactEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BranchId = table.Column<Guid>(type: "uuid", nullable: false),
                    ByPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactEntries_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactEntries_Persons_ByPersonId",
                        column: x => x.ByPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BranchFlags_AssignedBodyId",
                table: "BranchFlags",
                column: "AssignedBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_BranchFlags_AssignedPersonId",
                table: "BranchFlags",
                column: "AssignedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BranchFlags_BranchId_ClosedOn",
                table: "BranchFlags",
                columns: new[] { "BranchId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_BranchId_On",
                table: "ContactEntries",
                columns: new[] { "BranchId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_ByPersonId",
                table: "ContactEntries",
                column: "ByPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BranchFlags");

            migrationBuilder.DropTable(
                name: "ContactEntries");
        }
    }
}
