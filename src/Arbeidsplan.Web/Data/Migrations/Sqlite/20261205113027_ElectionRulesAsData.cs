using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Arbeidsplan.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElectionRulesAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ListRuleBands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyList = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpToSeats = table.Column<int>(type: "INTEGER", nullable: true),
                    MinNames = table.Column<int>(type: "INTEGER", nullable: false),
                    MinFromSeats = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtraNames = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxCumulated = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListRuleBands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepDefaults",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    YearsBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepDefaults", x => x.Kind);
                });

            migrationBuilder.InsertData(
                table: "ListRuleBands",
                columns: new[] { "Id", "CountyList", "ExtraNames", "Kind", "MaxCumulated", "MinFromSeats", "MinNames", "UpToSeats", "Version" },
                values: new object[,]
                {
                    { 1, false, 6, 0, 4, false, 7, 23, 0L },
                    { 2, false, 6, 0, 6, false, 7, 53, 0L },
                    { 3, false, 6, 0, 10, false, 7, null, 0L },
                    { 4, true, 6, 0, 0, false, 7, null, 0L },
                    { 5, true, 6, 1, 0, true, 1, null, 0L },
                    { 6, true, 6, 2, 0, true, 1, null, 0L }
                });

            migrationBuilder.InsertData(
                table: "StepDefaults",
                columns: new[] { "Kind", "Day", "Month", "Version", "YearsBefore" },
                values: new object[,]
                {
                    { 0, 1, 9, 0L, 1 },
                    { 1, 15, 10, 0L, 1 },
                    { 2, 1, 11, 0L, 1 },
                    { 3, 31, 12, 0L, 1 },
                    { 4, 15, 2, 0L, 0 },
                    { 5, 1, 3, 0L, 0 },
                    { 6, 31, 3, 0L, 0 },
                    { 7, 31, 5, 0L, 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListRuleBands_Kind_CountyList_UpToSeats",
                table: "ListRuleBands",
                columns: new[] { "Kind", "CountyList", "UpToSeats" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListRuleBands");

            migrationBuilder.DropTable(
                name: "StepDefaults");
        }
    }
}
