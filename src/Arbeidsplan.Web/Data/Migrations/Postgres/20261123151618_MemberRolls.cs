using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
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
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: false),
                    BranchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Members = table.Column<byte[]>(type: "bytea", nullable: false)
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
                SELECT "SnapshotId", "BranchId", convert_to(json_agg(json_build_object('n', "MemberNumber", 'j', "JoinedOn", 'p', "PaidForYear", 'b', "BirthYear", 'g', "Gender"))::text, 'UTF8')
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
                    SnapshotId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    BranchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidForYear = table.Column<int>(type: "integer", nullable: true)
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
                SELECT r."SnapshotId", m->>'n', r."BranchId", (m->>'j')::date, (m->>'p')::int, (m->>'b')::int, coalesce((m->>'g')::int, 0)
                FROM "BranchRolls" r, jsonb_array_elements(convert_from(r."Members", 'UTF8')::jsonb) m
                WHERE get_byte(r."Members", 0) = ascii('[');
                """);

            migrationBuilder.DropTable(
                name: "BranchRolls");
        }
    }
}
