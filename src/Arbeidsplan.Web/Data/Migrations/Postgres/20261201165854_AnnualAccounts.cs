using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnualAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Income = table.Column<long>(type: "bigint", nullable: false),
                    Expenses = table.Column<long>(type: "bigint", nullable: false),
                    Equity = table.Column<long>(type: "bigint", nullable: true),
                    BankDeposits = table.Column<long>(type: "bigint", nullable: true),
                    Lines = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ImportedFrom = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualAccounts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditorReports",
                columns: table => new
                {
                    AccountsId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Pages = table.Column<int>(type: "integer", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditorReports", x => x.AccountsId);
                    table.ForeignKey(
                        name: "FK_AuditorReports_AnnualAccounts_AccountsId",
                        column: x => x.AccountsId,
                        principalTable: "AnnualAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualAccounts_OrganisationId_Year",
                table: "AnnualAccounts",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditorReports");

            migrationBuilder.DropTable(
                name: "AnnualAccounts");
        }
    }
}
