using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GapRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RegionId",
                table: "CountyMunicipalities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CountyMunicipalities_RegionId",
                table: "CountyMunicipalities",
                column: "RegionId");

            migrationBuilder.AddForeignKey(
                name: "FK_CountyMunicipalities_Regions_RegionId",
                table: "CountyMunicipalities",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CountyMunicipalities_Regions_RegionId",
                table: "CountyMunicipalities");

            migrationBuilder.DropIndex(
                name: "IX_CountyMunicipalities_RegionId",
                table: "CountyMunicipalities");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "CountyMunicipalities");
        }
    }
}
