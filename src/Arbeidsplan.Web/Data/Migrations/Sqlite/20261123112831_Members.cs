using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Members : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberColumnMappings",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JoinedOn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaidForYear = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BirthYear = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberColumnMappings", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_MemberColumnMappings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberSnapshots_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BranchCounts",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Paying = table.Column<int>(type: "INTEGER", nullable: false),
                    Unpaid = table.Column<int>(type: "INTEGER", nullable: false),
                    New = table.Column<int>(type: "INTEGER", nullable: false),
                    Lapsed = table.Column<int>(type: "INTEGER", nullable: false),
                    Women = table.Column<int>(type: "INTEGER", nullable: false),
                    Men = table.Column<int>(type: "INTEGER", nullable: false),
                    Under30 = table.Column<int>(type: "INTEGER", nullable: false),
                    Under40 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchCounts", x => new { x.SnapshotId, x.BranchId });
                    table.ForeignKey(
                        name: "FK_BranchCounts_MemberSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "MemberSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BranchCounts_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberRecords",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidForYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberRecords", x => new { x.SnapshotId, x.MemberNumber });
                    table.ForeignKey(
                        name: "FK_MemberRecords_MemberSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "MemberSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MemberRecords_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BranchCounts_BranchId",
                table: "BranchCounts",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberRecords_BranchId",
                table: "MemberRecords",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberSnapshots_OrganisationId_TakenOn",
                table: "MemberSnapshots",
                columns: new[] { "OrganisationId", "TakenOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BranchCounts");

            migrationBuilder.DropTable(
                name: "MemberColumnMappings");

            migrationBuilder.DropTable(
                name: "MemberRecords");

            migrationBuilder.DropTable(
                name: "MemberSnapshots");
        }
    }
}
