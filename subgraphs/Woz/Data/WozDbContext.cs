using FederatedGraph.Subgraphs.Woz.Domain;
using Microsoft.EntityFrameworkCore;

namespace FederatedGraph.Subgraphs.Woz.Data;

/// <summary>
/// The WOZ's own database: objects, their values, the kadastrale onroerende zaken they lie on and their
/// belanghebbenden. Other registries appear only as keys. Subclasses per provider keep separate migrations.
/// </summary>
public abstract class WozDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<WozObject> WozObjecten => Set<WozObject>();
    public DbSet<WozWaarde> WozWaarden => Set<WozWaarde>();
    public DbSet<WozObjectOnroerendeZaak> OnroerendeZaken => Set<WozObjectOnroerendeZaak>();
    public DbSet<WozBelanghebbende> Belanghebbenden => Set<WozBelanghebbende>();

    private const int WozobjectnummerLengte = 12;
    private const int BagIdentificatieLengte = 16;
    private const int OnroerendeZaakIdentificatieLengte = 15;

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<WozObject>(wozObject =>
        {
            wozObject.ToTable("woz_objecten");
            wozObject.HasKey(o => o.Wozobjectnummer);
            wozObject.Property(o => o.Wozobjectnummer).HasMaxLength(WozobjectnummerLengte);
            wozObject.Property(o => o.VerblijfsobjectIdentificatie).HasMaxLength(BagIdentificatieLengte);
            // The gateway reaches WOZ objects from BAG verblijfsobjecten; each is valued by at most one object.
            wozObject.HasIndex(o => o.VerblijfsobjectIdentificatie).IsUnique();
        });
        model.Entity<WozWaarde>(waarde =>
        {
            waarde.ToTable("woz_waarden");
            // The key also serves "all values of these objects" and "the newest value of an object".
            waarde.HasKey(w => new { w.Wozobjectnummer, w.Waardepeildatum });
            waarde.Property(w => w.Wozobjectnummer).HasMaxLength(WozobjectnummerLengte);
        });
        model.Entity<WozObjectOnroerendeZaak>(koppeling =>
        {
            koppeling.ToTable("woz_object_onroerende_zaken");
            koppeling.HasKey(k => new { k.Wozobjectnummer, k.OnroerendeZaakIdentificatie });
            koppeling.Property(k => k.Wozobjectnummer).HasMaxLength(WozobjectnummerLengte);
            koppeling.Property(k => k.OnroerendeZaakIdentificatie).HasMaxLength(OnroerendeZaakIdentificatieLengte);
        });
        model.Entity<WozBelanghebbende>(belanghebbende =>
        {
            belanghebbende.ToTable("woz_belanghebbenden");
            belanghebbende.HasKey(b => new { b.Wozobjectnummer, b.Volgnummer });
            belanghebbende.Property(b => b.Wozobjectnummer).HasMaxLength(WozobjectnummerLengte);
            belanghebbende.Property(b => b.Soort).HasMaxLength(10);
            belanghebbende.Property(b => b.Burgerservicenummer).HasMaxLength(9);
            belanghebbende.Property(b => b.KvkNummer).HasMaxLength(8);
        });
    }
}

public sealed class SqliteWozDbContext(DbContextOptions<SqliteWozDbContext> options) : WozDbContext(options);

public sealed class PostgresWozDbContext(DbContextOptions<PostgresWozDbContext> options) : WozDbContext(options);

public sealed class SqlServerWozDbContext(DbContextOptions<SqlServerWozDbContext> options) : WozDbContext(options);
