using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FederatedGraph.Subgraphs.Hr.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "maatschappelijke_activiteiten",
                columns: table => new
                {
                    KvkNummer = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Rechtsvorm = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    EigenaarBurgerservicenummer = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    EigenaarRsin = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_maatschappelijke_activiteiten", x => x.KvkNummer);
                });

            migrationBuilder.CreateTable(
                name: "niet_natuurlijke_personen",
                columns: table => new
                {
                    Rsin = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    StatutaireNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_niet_natuurlijke_personen", x => x.Rsin);
                });

            migrationBuilder.CreateTable(
                name: "sbi_activiteiten",
                columns: table => new
                {
                    Vestigingsnummer = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    SbiCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    SbiOmschrijving = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IndHoofdactiviteit = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sbi_activiteiten", x => new { x.Vestigingsnummer, x.SbiCode });
                });

            migrationBuilder.CreateTable(
                name: "vestigingen",
                columns: table => new
                {
                    Vestigingsnummer = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    KvkNummer = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Handelsnamen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BezoekadresIdentificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vestigingen", x => x.Vestigingsnummer);
                });

            migrationBuilder.CreateIndex(
                name: "IX_maatschappelijke_activiteiten_EigenaarBurgerservicenummer",
                table: "maatschappelijke_activiteiten",
                column: "EigenaarBurgerservicenummer");

            migrationBuilder.CreateIndex(
                name: "IX_maatschappelijke_activiteiten_EigenaarRsin",
                table: "maatschappelijke_activiteiten",
                column: "EigenaarRsin");

            migrationBuilder.CreateIndex(
                name: "IX_maatschappelijke_activiteiten_Naam",
                table: "maatschappelijke_activiteiten",
                column: "Naam");

            migrationBuilder.CreateIndex(
                name: "IX_vestigingen_BezoekadresIdentificatie",
                table: "vestigingen",
                column: "BezoekadresIdentificatie");

            migrationBuilder.CreateIndex(
                name: "IX_vestigingen_KvkNummer",
                table: "vestigingen",
                column: "KvkNummer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "maatschappelijke_activiteiten");

            migrationBuilder.DropTable(
                name: "niet_natuurlijke_personen");

            migrationBuilder.DropTable(
                name: "sbi_activiteiten");

            migrationBuilder.DropTable(
                name: "vestigingen");
        }
    }
}
