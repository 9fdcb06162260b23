using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Arbeidsplan.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditActorIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ActorPersonId",
                table: "AuditEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorUserId",
                table: "AuditEntries",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorPersonId",
                table: "AuditEntries",
                column: "ActorPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActorPersonId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ActorPersonId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ActorUserId",
                table: "AuditEntries");
        }
    }
}
