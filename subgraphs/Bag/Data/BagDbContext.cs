using FederatedGraph.Subgraphs.Bag.Domain;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Bag.Data;

/// <summary>The BAG's own database: one flat table per object type. Subclasses per provider keep separate migrations.</summary>
public abstract class BagDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Woonplaats> Woonplaatsen => Set<Woonplaats>();
    public DbSet<OpenbareRuimte> OpenbareRuimten => Set<OpenbareRuimte>();
    public DbSet<Nummeraanduiding> Nummeraanduidingen => Set<Nummeraanduiding>();
    public DbSet<Verblijfsobject> Verblijfsobjecten => Set<Verblijfsobject>();
    public DbSet<Pand> Panden => Set<Pand>();
    public DbSet<VerblijfsobjectPand> VerblijfsobjectPanden => Set<VerblijfsobjectPand>();

    /// <summary>BAG identificaties have 16 digits.</summary>
    private const int IdentificatieLengte = 16;

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Woonplaats>(woonplaats =>
        {
            woonplaats.ToTable("woonplaatsen");
            woonplaats.HasKey(w => w.Identificatie);
            woonplaats.Property(w => w.Identificatie).HasMaxLength(4);
            woonplaats.Property(w => w.Naam).HasMaxLength(80);
        });
        model.Entity<OpenbareRuimte>(openbareRuimte =>
        {
            openbareRuimte.ToTable("openbare_ruimten");
            openbareRuimte.HasKey(o => o.Identificatie);
            openbareRuimte.Property(o => o.Identificatie).HasMaxLength(IdentificatieLengte);
            openbareRuimte.Property(o => o.Naam).HasMaxLength(80);
            openbareRuimte.Property(o => o.Type).HasMaxLength(40);
            openbareRuimte.Property(o => o.WoonplaatsIdentificatie).HasMaxLength(4);
            openbareRuimte.HasIndex(o => o.WoonplaatsIdentificatie);
            openbareRuimte.HasIndex(o => o.Naam);
        });
        model.Entity<Nummeraanduiding>(nummeraanduiding =>
        {
            nummeraanduiding.ToTable("nummeraanduidingen");
            nummeraanduiding.HasKey(n => n.Identificatie);
            nummeraanduiding.Property(n => n.Identificatie).HasMaxLength(IdentificatieLengte);
            nummeraanduiding.Property(n => n.Postcode).HasMaxLength(6);
            nummeraanduiding.Property(n => n.Huisletter).HasMaxLength(1);
            nummeraanduiding.Property(n => n.Huisnummertoevoeging).HasMaxLength(4);
            nummeraanduiding.Property(n => n.Status).HasMaxLength(40);
            nummeraanduiding.Property(n => n.OpenbareRuimteIdentificatie).HasMaxLength(IdentificatieLengte);
            // Address search: postcode + huisnummer is the usual way in.
            nummeraanduiding.HasIndex(n => new { n.Postcode, n.Huisnummer });
            nummeraanduiding.HasIndex(n => n.OpenbareRuimteIdentificatie);
        });
        model.Entity<Verblijfsobject>(verblijfsobject =>
        {
            verblijfsobject.ToTable("verblijfsobjecten");
            verblijfsobject.HasKey(v => v.Identificatie);
            verblijfsobject.Property(v => v.Identificatie).HasMaxLength(IdentificatieLengte);
            verblijfsobject.Property(v => v.HoofdadresIdentificatie).HasMaxLength(IdentificatieLengte);
            verblijfsobject.Property(v => v.Status).HasMaxLength(40);
            // A nummeraanduiding is the hoofdadres of at most one verblijfsobject.
            verblijfsobject.HasIndex(v => v.HoofdadresIdentificatie).IsUnique();
        });
        model.Entity<Pand>(pand =>
        {
            pand.ToTable("panden");
            pand.HasKey(p => p.Identificatie);
            pand.Property(p => p.Identificatie).HasMaxLength(IdentificatieLengte);
            pand.Property(p => p.Status).HasMaxLength(40);
        });
        model.Entity<VerblijfsobjectPand>(koppeling =>
        {
            koppeling.ToTable("verblijfsobject_panden");
            koppeling.HasKey(k => new { k.VerblijfsobjectIdentificatie, k.PandIdentificatie });
            koppeling.Property(k => k.VerblijfsobjectIdentificatie).HasMaxLength(IdentificatieLengte);
            koppeling.Property(k => k.PandIdentificatie).HasMaxLength(IdentificatieLengte);
            // The key serves verblijfsobject → panden; this index serves pand → verblijfsobjecten.
            koppeling.HasIndex(k => k.PandIdentificatie);
        });
    }
}

public sealed class SqliteBagDbContext(DbContextOptions<SqliteBagDbContext> options) : BagDbContext(options);

public sealed class PostgresBagDbContext(DbContextOptions<PostgresBagDbContext> options) : BagDbContext(options);

public sealed class SqlServerBagDbContext(DbContextOptions<SqlServerBagDbContext> options) : BagDbContext(options);
