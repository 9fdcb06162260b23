using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ListResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListResults_Elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "Elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ListResults_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ListResults_Organisations_CountyId",
                        column: x => x.CountyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResultColumnMappings",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Votes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Share = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Seats = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartyCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultColumnMappings", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_ResultColumnMappings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_CountyId",
                table: "ListResults",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_CountyList",
                table: "ListResults",
                columns: new[] { "ElectionId", "CountyId" },
                unique: true,
                filter: "\"MunicipalityId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_ElectionId_CountyId_MunicipalityId",
                table: "ListResults",
                columns: new[] { "ElectionId", "CountyId", "MunicipalityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListResults_MunicipalityId",
                table: "ListResults",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListResults");

            migrationBuilder.DropTable(
                name: "ResultColumnMappings");
        }
    }
}
