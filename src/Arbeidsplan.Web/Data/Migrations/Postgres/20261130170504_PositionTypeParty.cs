using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PositionTypeParty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PositionTypes_Name",
                table: "PositionTypes");

            migrationBuilder.AddColumn<Guid>(
                name: "PartyId",
                table: "PositionTypes",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Types saved before parties owned them go to the first top organisation (one party per installation until now);
            // without any organisation nothing can hold them, and they go.
            migrationBuilder.Sql("""
                UPDATE "PositionTypes" SET "PartyId" = (SELECT "Id" FROM "Organisations" WHERE "ParentId" IS NULL ORDER BY "Id" LIMIT 1)
                WHERE EXISTS (SELECT 1 FROM "Organisations" WHERE "ParentId" IS NULL);
                DELETE FROM "PositionTypes" WHERE "PartyId" NOT IN (SELECT "Id" FROM "Organisations");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_PositionTypes_PartyId_Name",
                table: "PositionTypes",
                columns: new[] { "PartyId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_PositionTypes_Organisations_PartyId",
                table: "PositionTypes",
                column: "PartyId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PositionTypes_Organisations_PartyId",
                table: "PositionTypes");

            migrationBuilder.DropIndex(
                name: "IX_PositionTypes_PartyId_Name",
                table: "PositionTypes");

            migrationBuilder.DropColumn(
                name: "PartyId",
                table: "PositionTypes");

            migrationBuilder.CreateIndex(
                name: "IX_PositionTypes_Name",
                table: "PositionTypes",
                column: "Name",
                unique: true);
        }
    }
}
