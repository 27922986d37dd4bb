using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FederatedGraph.Subgraphs.Brk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "onroerende_zaak_adressen",
                columns: table => new
                {
                    OnroerendeZaakIdentificatie = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    NummeraanduidingIdentificatie = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onroerende_zaak_adressen", x => new { x.OnroerendeZaakIdentificatie, x.NummeraanduidingIdentificatie });
                });

            migrationBuilder.CreateTable(
                name: "onroerende_zaken",
                columns: table => new
                {
                    Identificatie = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    KadastraleGemeente = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Sectie = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Perceelnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Appartementsindex = table.Column<int>(type: "INTEGER", nullable: true),
                    Grootte = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onroerende_zaken", x => x.Identificatie);
                });

            migrationBuilder.CreateTable(
                name: "zakelijk_gerechtigden",
                columns: table => new
                {
                    OnroerendeZaakIdentificatie = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    AandeelTeller = table.Column<int>(type: "INTEGER", nullable: false),
                    AandeelNoemer = table.Column<int>(type: "INTEGER", nullable: false),
                    SoortRecht = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Burgerservicenummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Rsin = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zakelijk_gerechtigden", x => new { x.OnroerendeZaakIdentificatie, x.Volgnummer });
                });

            migrationBuilder.CreateIndex(
                name: "IX_onroerende_zaak_adressen_NummeraanduidingIdentificatie",
                table: "onroerende_zaak_adressen",
                column: "NummeraanduidingIdentificatie");

            migrationBuilder.CreateIndex(
                name: "IX_onroerende_zaken_KadastraleGemeente_Sectie_Perceelnummer",
                table: "onroerende_zaken",
                columns: new[] { "KadastraleGemeente", "Sectie", "Perceelnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_zakelijk_gerechtigden_Burgerservicenummer",
                table: "zakelijk_gerechtigden",
                column: "Burgerservicenummer");

            migrationBuilder.CreateIndex(
                name: "IX_zakelijk_gerechtigden_Rsin",
                table: "zakelijk_gerechtigden",
                column: "Rsin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "onroerende_zaak_adressen");

            migrationBuilder.DropTable(
                name: "onroerende_zaken");

            migrationBuilder.DropTable(
                name: "zakelijk_gerechtigden");
        }
    }
}
