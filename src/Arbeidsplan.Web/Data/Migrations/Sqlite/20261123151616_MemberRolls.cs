using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberRolls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BranchRolls",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Members = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchRolls", x => new { x.SnapshotId, x.BranchId });
                    table.ForeignKey(
                        name: "FK_BranchRolls_MemberSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "MemberSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BranchRolls_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BranchRolls_BranchId",
                table: "BranchRolls",
                column: "BranchId");

            // The members move into one JSON roll per branch and snapshot (MemberRollFormat reads it); the next import keeps only the rolls the follow-up reads.
            migrationBuilder.Sql("""
                INSERT INTO "BranchRolls" ("SnapshotId", "BranchId", "Members")
                SELECT "SnapshotId", "BranchId", CAST(json_group_array(json_object('n', "MemberNumber", 'j', "JoinedOn", 'p', "PaidForYear", 'b', "BirthYear", 'g', "Gender")) AS BLOB)
                FROM "MemberRecords" GROUP BY "SnapshotId", "BranchId";
                """);

            migrationBuilder.DropTable(
                name: "MemberRecords");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberRecords",
                columns: table => new
                {
                    SnapshotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidForYear = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "IX_MemberRecords_BranchId",
                table: "MemberRecords",
                column: "BranchId");

            // Only rolls still in the migration's JSON go back; rolls written by later imports are binary, and those snapshots keep their counts only.
            migrationBuilder.Sql("""
                INSERT INTO "MemberRecords" ("SnapshotId", "MemberNumber", "BranchId", "JoinedOn", "PaidForYear", "BirthYear", "Gender")
                SELECT r."SnapshotId", json_extract(m.value, '$.n'), r."BranchId", json_extract(m.value, '$.j'), json_extract(m.value, '$.p'),
                    json_extract(m.value, '$.b'), coalesce(json_extract(m.value, '$.g'), 0)
                FROM "BranchRolls" r, json_each(CAST(r."Members" AS TEXT)) m
                WHERE substr(r."Members", 1, 1) = CAST('[' AS BLOB);
                """);

            migrationBuilder.DropTable(
                name: "BranchRolls");
        }
    }
}
