using FederatedGraph.Subgraphs.Brk.Domain;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Brk.Data;

/// <summary>
/// The BRK's own database: onroerende zaken, their zakelijk gerechtigden and their addresses. Other registries'
/// objects appear only as keys. Subclasses per provider keep separate migrations.
/// </summary>
public abstract class BrkDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<KadastraalOnroerendeZaak> OnroerendeZaken => Set<KadastraalOnroerendeZaak>();
    public DbSet<ZakelijkGerechtigde> ZakelijkGerechtigden => Set<ZakelijkGerechtigde>();
    public DbSet<OnroerendeZaakAdres> OnroerendeZaakAdressen => Set<OnroerendeZaakAdres>();

    /// <summary>BSN and RSIN both have 9 digits.</summary>
    private const int BsnLengte = 9;

    /// <summary>BAG identificaties have 16 digits.</summary>
    private const int BagIdentificatieLengte = 16;

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<KadastraalOnroerendeZaak>(zaak =>
        {
            zaak.ToTable("onroerende_zaken");
            zaak.HasKey(z => z.Identificatie);
            zaak.Property(z => z.Identificatie).HasMaxLength(OnroerendeZaakIdentificatie.Lengte);
            zaak.Property(z => z.KadastraleGemeente).HasMaxLength(80);
            zaak.Property(z => z.Sectie).HasMaxLength(2);
            // The usual way in besides the identificatie: gemeente, sectie and perceelnummer.
            zaak.HasIndex(z => new { z.KadastraleGemeente, z.Sectie, z.Perceelnummer });
        });
        model.Entity<ZakelijkGerechtigde>(gerechtigde =>
        {
            gerechtigde.ToTable("zakelijk_gerechtigden");
            gerechtigde.HasKey(g => new { g.OnroerendeZaakIdentificatie, g.Volgnummer });
            gerechtigde.Property(g => g.OnroerendeZaakIdentificatie).HasMaxLength(OnroerendeZaakIdentificatie.Lengte);
            gerechtigde.Property(g => g.SoortRecht).HasMaxLength(40);
            gerechtigde.Property(g => g.Burgerservicenummer).HasMaxLength(BsnLengte);
            gerechtigde.Property(g => g.Rsin).HasMaxLength(BsnLengte);
            // The key serves zaak → gerechtigden; these serve the eigendommen of a person or legal entity.
            gerechtigde.HasIndex(g => g.Burgerservicenummer);
            gerechtigde.HasIndex(g => g.Rsin);
        });
        model.Entity<OnroerendeZaakAdres>(adres =>
        {
            adres.ToTable("onroerende_zaak_adressen");
            adres.HasKey(a => new { a.OnroerendeZaakIdentificatie, a.NummeraanduidingIdentificatie });
            adres.Property(a => a.OnroerendeZaakIdentificatie).HasMaxLength(OnroerendeZaakIdentificatie.Lengte);
            adres.Property(a => a.NummeraanduidingIdentificatie).HasMaxLength(BagIdentificatieLengte);
            // The key serves zaak → adressen; this index serves adres → zaken.
            adres.HasIndex(a => a.NummeraanduidingIdentificatie);
        });
    }
}

public sealed class SqliteBrkDbContext(DbContextOptions<SqliteBrkDbContext> options) : BrkDbContext(options);

public sealed class PostgresBrkDbContext(DbContextOptions<PostgresBrkDbContext> options) : BrkDbContext(options);

public sealed class SqlServerBrkDbContext(DbContextOptions<SqlServerBrkDbContext> options) : BrkDbContext(options);
