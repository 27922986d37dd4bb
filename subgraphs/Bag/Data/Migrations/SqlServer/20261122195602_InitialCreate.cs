using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FederatedGraph.Subgraphs.Bag.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nummeraanduidingen",
                columns: table => new
                {
                    Identificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Postcode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Huisnummer = table.Column<int>(type: "int", nullable: false),
                    Huisletter = table.Column<string>(type: "nvarchar(1)", maxLength: 1, nullable: true),
                    Huisnummertoevoeging = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OpenbareRuimteIdentificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nummeraanduidingen", x => x.Identificatie);
                });

            migrationBuilder.CreateTable(
                name: "openbare_ruimten",
                columns: table => new
                {
                    Identificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WoonplaatsIdentificatie = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_openbare_ruimten", x => x.Identificatie);
                });

            migrationBuilder.CreateTable(
                name: "panden",
                columns: table => new
                {
                    Identificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    OorspronkelijkBouwjaar = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_panden", x => x.Identificatie);
                });

            migrationBuilder.CreateTable(
                name: "verblijfsobject_panden",
                columns: table => new
                {
                    VerblijfsobjectIdentificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PandIdentificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verblijfsobject_panden", x => new { x.VerblijfsobjectIdentificatie, x.PandIdentificatie });
                });

            migrationBuilder.CreateTable(
                name: "verblijfsobjecten",
                columns: table => new
                {
                    Identificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    HoofdadresIdentificatie = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Gebruiksdoelen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Oppervlakte = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verblijfsobjecten", x => x.Identificatie);
                });

            migrationBuilder.CreateTable(
                name: "woonplaatsen",
                columns: table => new
                {
                    Identificatie = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_woonplaatsen", x => x.Identificatie);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nummeraanduidingen_OpenbareRuimteIdentificatie",
                table: "nummeraanduidingen",
                column: "OpenbareRuimteIdentificatie");

            migrationBuilder.CreateIndex(
                name: "IX_nummeraanduidingen_Postcode_Huisnummer",
                table: "nummeraanduidingen",
                columns: new[] { "Postcode", "Huisnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_openbare_ruimten_Naam",
                table: "openbare_ruimten",
                column: "Naam");

            migrationBuilder.CreateIndex(
                name: "IX_openbare_ruimten_WoonplaatsIdentificatie",
                table: "openbare_ruimten",
                column: "WoonplaatsIdentificatie");

            migrationBuilder.CreateIndex(
                name: "IX_verblijfsobject_panden_PandIdentificatie",
                table: "verblijfsobject_panden",
                column: "PandIdentificatie");

            migrationBuilder.CreateIndex(
                name: "IX_verblijfsobjecten_HoofdadresIdentificatie",
                table: "verblijfsobjecten",
                column: "HoofdadresIdentificatie",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nummeraanduidingen");

            migrationBuilder.DropTable(
                name: "openbare_ruimten");

            migrationBuilder.DropTable(
                name: "panden");

            migrationBuilder.DropTable(
                name: "verblijfsobject_panden");

            migrationBuilder.DropTable(
                name: "verblijfsobjecten");

            migrationBuilder.DropTable(
                name: "woonplaatsen");
        }
    }
}
