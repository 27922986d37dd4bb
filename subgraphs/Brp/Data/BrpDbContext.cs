using FederatedGraph.Subgraphs.Brp.Domain;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Brp.Data;

/// <summary>The BRP's own database. Subclasses per provider keep separate migrations.</summary>
public abstract class BrpDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Persoon> Personen => Set<Persoon>();
    public DbSet<Relatie> Relaties => Set<Relatie>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Persoon>(persoon =>
        {
            persoon.ToTable("personen");
            persoon.HasKey(p => p.Burgerservicenummer);
            persoon.Property(p => p.Burgerservicenummer).HasMaxLength(9);
            persoon.Property(p => p.Voornamen).HasMaxLength(200);
            persoon.Property(p => p.Voorvoegsel).HasMaxLength(10);
            persoon.Property(p => p.Geslachtsnaam).HasMaxLength(200);
            persoon.Property(p => p.Geboorteplaats).HasMaxLength(80);
            persoon.Property(p => p.Geslacht).HasMaxLength(10);
            persoon.Property(p => p.Straat).HasMaxLength(80);
            persoon.Property(p => p.Huisletter).HasMaxLength(1);
            persoon.Property(p => p.Huisnummertoevoeging).HasMaxLength(4);
            persoon.Property(p => p.Postcode).HasMaxLength(6);
            persoon.Property(p => p.Woonplaats).HasMaxLength(80);
            persoon.Property(p => p.NummeraanduidingIdentificatie).HasMaxLength(16);
            persoon.Property(p => p.AdresseerbaarObjectIdentificatie).HasMaxLength(16);
            persoon.HasIndex(p => p.Geslachtsnaam);
            persoon.HasIndex(p => p.NummeraanduidingIdentificatie);
            persoon.HasIndex(p => p.Postcode);
        });
        model.Entity<Relatie>(relatie =>
        {
            relatie.ToTable("relaties");
            relatie.HasKey(r => new { r.Burgerservicenummer, r.Soort, r.GerelateerdeBurgerservicenummer });
            relatie.Property(r => r.Burgerservicenummer).HasMaxLength(9);
            relatie.Property(r => r.GerelateerdeBurgerservicenummer).HasMaxLength(9);
        });
    }
}

public sealed class SqliteBrpDbContext(DbContextOptions<SqliteBrpDbContext> options) : BrpDbContext(options);

public sealed class PostgresBrpDbContext(DbContextOptions<PostgresBrpDbContext> options) : BrpDbContext(options);

public sealed class SqlServerBrpDbContext(DbContextOptions<SqlServerBrpDbContext> options) : BrpDbContext(options);
