using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Constituencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nominations_CouncilList",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_ListResults_CountyList",
                table: "ListResults");

            migrationBuilder.AddColumn<Guid>(
                name: "ConstituencyId",
                table: "Nominations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConstituencyId",
                table: "ListResults",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Constituencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Constituencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Constituencies_Elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Constituencies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ConstituencyId",
                table: "Nominations",
                column: "ConstituencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CouncilList",
                table: "Nominations",
                columns: new[] { "ElectionId", "CountyId" },
                unique: true,
                filter: "\"MunicipalityId\" IS NULL AND \"ConstituencyId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ElectionId_ConstituencyId",
                table: "Nominations",
                columns: new[] { "ElectionId", "ConstituencyId" },
                unique: true,
                filter: "\"ConstituencyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_ConstituencyId",
                table: "ListResults",
                column: "ConstituencyId");

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_CountyList",
                table: "ListResults",
                columns: new[] { "ElectionId", "CountyId" },
                unique: true,
                filter: "\"MunicipalityId\" IS NULL AND \"ConstituencyId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_ElectionId_ConstituencyId",
                table: "ListResults",
                columns: new[] { "ElectionId", "ConstituencyId" },
                unique: true,
                filter: "\"ConstituencyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Constituencies_ElectionId_Number",
                table: "Constituencies",
                columns: new[] { "ElectionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Constituencies_OrganisationId",
                table: "Constituencies",
                column: "OrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_ListResults_Constituencies_ConstituencyId",
                table: "ListResults",
                column: "ConstituencyId",
                principalTable: "Constituencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Nominations_Constituencies_ConstituencyId",
                table: "Nominations",
                column: "ConstituencyId",
                principalTable: "Constituencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ListResults_Constituencies_ConstituencyId",
                table: "ListResults");

            migrationBuilder.DropForeignKey(
                name: "FK_Nominations_Constituencies_ConstituencyId",
                table: "Nominations");

            migrationBuilder.DropTable(
                name: "Constituencies");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_ConstituencyId",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_CouncilList",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_ElectionId_ConstituencyId",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_ListResults_ConstituencyId",
                table: "ListResults");

            migrationBuilder.DropIndex(
                name: "IX_ListResults_CountyList",
                table: "ListResults");

            migrationBuilder.DropIndex(
                name: "IX_ListResults_ElectionId_ConstituencyId",
                table: "ListResults");

            migrationBuilder.DropColumn(
                name: "ConstituencyId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "ConstituencyId",
                table: "ListResults");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CouncilList",
                table: "Nominations",
                columns: new[] { "ElectionId", "CountyId" },
                unique: true,
                filter: "\"MunicipalityId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_CountyList",
                table: "ListResults",
                columns: new[] { "ElectionId", "CountyId" },
                unique: true,
                filter: "\"MunicipalityId\" IS NULL");
        }
    }
}
