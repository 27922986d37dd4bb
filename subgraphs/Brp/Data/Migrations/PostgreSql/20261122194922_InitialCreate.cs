using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FederatedGraph.Subgraphs.Brp.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "personen",
                columns: table => new
                {
                    Burgerservicenummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Voornamen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Voorvoegsel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Geslachtsnaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Geboorteplaats = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Geslacht = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Overlijdensdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Straat = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Huisnummer = table.Column<int>(type: "integer", nullable: false),
                    Huisletter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Huisnummertoevoeging = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Woonplaats = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NummeraanduidingIdentificatie = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AdresseerbaarObjectIdentificatie = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personen", x => x.Burgerservicenummer);
                });

            migrationBuilder.CreateTable(
                name: "relaties",
                columns: table => new
                {
                    Burgerservicenummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Soort = table.Column<int>(type: "integer", nullable: false),
                    GerelateerdeBurgerservicenummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_relaties", x => new { x.Burgerservicenummer, x.Soort, x.GerelateerdeBurgerservicenummer });
                });

            migrationBuilder.CreateIndex(
                name: "IX_personen_Geslachtsnaam",
                table: "personen",
                column: "Geslachtsnaam");

            migrationBuilder.CreateIndex(
                name: "IX_personen_NummeraanduidingIdentificatie",
                table: "personen",
                column: "NummeraanduidingIdentificatie");

            migrationBuilder.CreateIndex(
                name: "IX_personen_Postcode",
                table: "personen",
                column: "Postcode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "personen");

            migrationBuilder.DropTable(
                name: "relaties");
        }
    }
}
