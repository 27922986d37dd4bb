using FederatedGraph.FederationTesting;
using System.Text.Json;

namespace FederatedGraph.RegistryLinks.Tests;

/// <summary>
/// For each link between registries, the identifiers on both sides match: what one registry stores as a key
/// exists in the registry that owns the entity, and what a registry contributes to another's entity is
/// exactly what the sample data relates to that key. Both sides are asked over HTTP, never read from the sample.
/// </summary>
public sealed class RegistryLinkTests(FiveRegistries registries) : IClassFixture<FiveRegistries>
{
    private static string? Text(JsonElement element, string property)
        => element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    [Fact]
    public async Task Persoon_verblijfplaats_is_a_bag_nummeraanduiding_with_the_same_address_lines()
    {
        var personen = await RegistryLookups.LookUpAsync(registries.Brp,
            "query($key: String!) { persoon(burgerservicenummer: $key) { verblijfplaats { nummeraanduiding { identificatie straat huisnummer huisletter huisnummertoevoeging postcode woonplaats } } } }",
            registries.Sample.Brp.Personen.Select(p => p.Burgerservicenummer));
        var provided = personen.Values.Select(p => p.GetProperty("verblijfplaats").GetProperty("nummeraanduiding")).ToList();

        var bag = await RegistryLookups.LookUpAsync(registries.Bag,
            "query($key: String!) { nummeraanduiding(identificatie: $key) { identificatie straat huisnummer huisletter huisnummertoevoeging postcode woonplaats } }",
            provided.Select(n => n.GetProperty("identificatie").GetString()!));

        Assert.Equal(registries.Sample.Brp.Personen.Count, provided.Count);
        foreach (var fromBrp in provided)
        {
            var fromBag = bag[fromBrp.GetProperty("identificatie").GetString()!];
            Assert.NotEqual(JsonValueKind.Null, fromBag.ValueKind);
            // The BRP's copy (served through @provides) must equal what the BAG serves.
            Assert.Equal(fromBag.GetRawText(), fromBrp.GetRawText());
        }
    }

    [Fact]
    public async Task Nummeraanduiding_bewoners_from_brp_are_the_living_persons_registered_at_that_bag_address()
    {
        var addresses = registries.Sample.Bag.Nummeraanduidingen.Select(n => n.Identificatie).ToList();

        var bewoners = await RegistryLookups.LookUpAsync(registries.Brp,
            "query($key: String!) { nummeraanduiding(identificatie: $key) { bewoners { burgerservicenummer verblijfplaats { nummeraanduidingIdentificatie } } } }",
            addresses);

        var all = new List<string>();
        foreach (var (address, nummeraanduiding) in bewoners)
        {
            foreach (var bewoner in nummeraanduiding.GetProperty("bewoners").EnumerateArray())
            {
                Assert.Equal(address, bewoner.GetProperty("verblijfplaats").GetProperty("nummeraanduidingIdentificatie").GetString());
                all.Add(bewoner.GetProperty("burgerservicenummer").GetString()!);
            }
        }
        var living = registries.Sample.Brp.Personen.Where(p => p.Overlijden is null).Select(p => p.Burgerservicenummer);
        Assert.Equal(living.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Nummeraanduiding_vestigingen_from_hr_are_at_an_existing_bag_address()
    {
        var vestigingen = registries.Sample.Hr.Vestigingen.ToList();
        var bezoekadressen = vestigingen.Select(v => v.BezoekadresNummeraanduidingIdentificatie).ToList();

        var bag = await RegistryLookups.LookUpAsync(registries.Bag, "query($key: String!) { nummeraanduiding(identificatie: $key) { identificatie } }", bezoekadressen);
        var hr = await RegistryLookups.LookUpAsync(registries.Hr,
            "query($key: String!) { nummeraanduiding(identificatie: $key) { vestigingen { vestigingsnummer bezoekadres { identificatie } } } }", bezoekadressen);

        Assert.All(bag.Values, n => Assert.NotEqual(JsonValueKind.Null, n.ValueKind));
        foreach (var vestiging in vestigingen)
        {
            var atAddress = hr[vestiging.BezoekadresNummeraanduidingIdentificatie].GetProperty("vestigingen").EnumerateArray().ToList();
            Assert.Contains(atAddress, v => v.GetProperty("vestigingsnummer").GetString() == vestiging.Vestigingsnummer);
            Assert.All(atAddress, v => Assert.Equal(vestiging.BezoekadresNummeraanduidingIdentificatie, v.GetProperty("bezoekadres").GetProperty("identificatie").GetString()));
        }
    }

    [Fact]
    public async Task Persoon_ondernemingen_from_hr_belong_to_persons_that_exist_in_brp()
    {
        var eenmanszaken = await RegistryLookups.LookUpAsync(registries.Hr,
            "query($key: String!) { maatschappelijkeActiviteit(kvkNummer: $key) { kvkNummer eigenaar { __typename ... on Persoon { burgerservicenummer } } } }",
            registries.Sample.Hr.MaatschappelijkeActiviteiten.Select(m => m.KvkNummer));
        var owners = eenmanszaken.Values
            .Select(m => m.GetProperty("eigenaar"))
            .Where(e => e.GetProperty("__typename").GetString() == "Persoon")
            .Select(e => e.GetProperty("burgerservicenummer").GetString()!)
            .ToList();
        Assert.NotEmpty(owners);

        var brp = await RegistryLookups.LookUpAsync(registries.Brp, "query($key: String!) { persoon(burgerservicenummer: $key) { burgerservicenummer } }", owners);
        var ondernemingen = await RegistryLookups.LookUpAsync(registries.Hr,
            "query($key: String!) { persoon(burgerservicenummer: $key) { ondernemingen { kvkNummer eigenaar { ... on Persoon { burgerservicenummer } } } } }", owners);

        Assert.All(brp.Values, p => Assert.NotEqual(JsonValueKind.Null, p.ValueKind));
        foreach (var (bsn, persoon) in ondernemingen)
        {
            var owned = persoon.GetProperty("ondernemingen").EnumerateArray().ToList();
            Assert.NotEmpty(owned);
            Assert.All(owned, o => Assert.Equal(bsn, o.GetProperty("eigenaar").GetProperty("burgerservicenummer").GetString()));
        }
        Assert.Equal(owners.Count, ondernemingen.Values.Sum(p => p.GetProperty("ondernemingen").GetArrayLength()));
    }

    [Fact]
    public async Task Persoon_eigendommen_from_brk_belong_to_owners_that_exist_in_brp_or_hr()
    {
        var zaken = await RegistryLookups.LookUpAsync(registries.Brk,
            "query($key: String!) { kadastraalOnroerendeZaak(identificatie: $key) { identificatie zakelijkGerechtigden { persoon { burgerservicenummer } nietNatuurlijkPersoon { rsin } } adressen { identificatie } } }",
            registries.Sample.Brk.OnroerendeZaken.Select(z => z.Identificatie));
        var gerechtigden = zaken.Values.SelectMany(z => z.GetProperty("zakelijkGerechtigden").EnumerateArray()).ToList();
        var bsns = gerechtigden.Where(g => g.GetProperty("persoon").ValueKind != JsonValueKind.Null)
            .Select(g => g.GetProperty("persoon").GetProperty("burgerservicenummer").GetString()!).ToList();
        var rsins = gerechtigden.Where(g => g.GetProperty("nietNatuurlijkPersoon").ValueKind != JsonValueKind.Null)
            .Select(g => g.GetProperty("nietNatuurlijkPersoon").GetProperty("rsin").GetString()!).ToList();
        Assert.NotEmpty(bsns);
        Assert.NotEmpty(rsins);

        var personen = await RegistryLookups.LookUpAsync(registries.Brp, "query($key: String!) { persoon(burgerservicenummer: $key) { burgerservicenummer } }", bsns);
        var rechtspersonen = await RegistryLookups.LookUpAsync(registries.Hr, "query($key: String!) { nietNatuurlijkPersoon(rsin: $key) { rsin } }", rsins);
        var adressen = await RegistryLookups.LookUpAsync(registries.Bag, "query($key: String!) { nummeraanduiding(identificatie: $key) { identificatie } }",
            zaken.Values.SelectMany(z => z.GetProperty("adressen").EnumerateArray()).Select(a => a.GetProperty("identificatie").GetString()!));
        var eigendommen = await RegistryLookups.LookUpAsync(registries.Brk,
            "query($key: String!) { persoon(burgerservicenummer: $key) { eigendommen { zakelijkGerechtigden { persoon { burgerservicenummer } } } } }", bsns);

        Assert.All(personen.Values, p => Assert.NotEqual(JsonValueKind.Null, p.ValueKind));
        Assert.All(rechtspersonen.Values, r => Assert.NotEqual(JsonValueKind.Null, r.ValueKind));
        Assert.All(adressen.Values, a => Assert.NotEqual(JsonValueKind.Null, a.ValueKind));
        foreach (var (bsn, persoon) in eigendommen)
        {
            var owned = persoon.GetProperty("eigendommen").EnumerateArray().ToList();
            Assert.NotEmpty(owned);
            Assert.All(owned, zaak => Assert.Contains(zaak.GetProperty("zakelijkGerechtigden").EnumerateArray(),
                g => g.GetProperty("persoon").ValueKind != JsonValueKind.Null && g.GetProperty("persoon").GetProperty("burgerservicenummer").GetString() == bsn));
        }
    }

    [Fact]
    public async Task Verblijfsobject_wozObject_values_exactly_that_bag_verblijfsobject()
    {
        var verblijfsobjecten = registries.Sample.Bag.Verblijfsobjecten.Select(v => v.Identificatie).ToList();

        var woz = await RegistryLookups.LookUpAsync(registries.Woz,
            "query($key: String!) { verblijfsobject(identificatie: $key) { wozObject { verblijfsobject { identificatie } kadastraleOnroerendeZaken { identificatie } } } }",
            verblijfsobjecten);
        var bag = await RegistryLookups.LookUpAsync(registries.Bag, "query($key: String!) { verblijfsobject(identificatie: $key) { identificatie } }", verblijfsobjecten);
        var percelen = await RegistryLookups.LookUpAsync(registries.Brk, "query($key: String!) { kadastraalOnroerendeZaak(identificatie: $key) { identificatie } }",
            woz.Values.SelectMany(v => v.GetProperty("wozObject").GetProperty("kadastraleOnroerendeZaken").EnumerateArray()).Select(z => z.GetProperty("identificatie").GetString()!));

        foreach (var (id, verblijfsobject) in woz)
        {
            Assert.NotEqual(JsonValueKind.Null, bag[id].ValueKind);
            Assert.Equal(id, verblijfsobject.GetProperty("wozObject").GetProperty("verblijfsobject").GetProperty("identificatie").GetString());
        }
        Assert.NotEmpty(percelen);
        Assert.All(percelen.Values, z => Assert.NotEqual(JsonValueKind.Null, z.ValueKind));
    }

    [Fact]
    public async Task Woz_belanghebbenden_exist_in_brp_or_hr()
    {
        var objecten = await RegistryLookups.LookUpAsync(registries.Woz,
            "query($key: String!) { wozObject(wozObjectnummer: $key) { belanghebbenden { belanghebbende { __typename ... on Persoon { burgerservicenummer } ... on MaatschappelijkeActiviteit { kvkNummer } } } } }",
            registries.Sample.Woz.WozObjecten.Select(w => w.WozObjectnummer));
        var belanghebbenden = objecten.Values.SelectMany(o => o.GetProperty("belanghebbenden").EnumerateArray()).Select(b => b.GetProperty("belanghebbende")).ToList();
        var bsns = belanghebbenden.Where(b => b.GetProperty("__typename").GetString() == "Persoon").Select(b => b.GetProperty("burgerservicenummer").GetString()!).ToList();
        var kvkNummers = belanghebbenden.Where(b => b.GetProperty("__typename").GetString() == "MaatschappelijkeActiviteit").Select(b => b.GetProperty("kvkNummer").GetString()!).ToList();
        Assert.NotEmpty(bsns);
        Assert.NotEmpty(kvkNummers);

        var personen = await RegistryLookups.LookUpAsync(registries.Brp, "query($key: String!) { persoon(burgerservicenummer: $key) { burgerservicenummer } }", bsns);
        var activiteiten = await RegistryLookups.LookUpAsync(registries.Hr, "query($key: String!) { maatschappelijkeActiviteit(kvkNummer: $key) { kvkNummer } }", kvkNummers);

        Assert.All(personen.Values, p => Assert.NotEqual(JsonValueKind.Null, p.ValueKind));
        Assert.All(activiteiten.Values, a => Assert.NotEqual(JsonValueKind.Null, a.ValueKind));
    }

    [Fact]
    public async Task Woz_value_per_square_metre_uses_the_oppervlakte_the_bag_registers()
    {
        var verblijfsobjecten = registries.Sample.Bag.Verblijfsobjecten.Take(300).Select(v => v.Identificatie).ToList();
        var bag = await RegistryLookups.LookUpAsync(registries.Bag, "query($key: String!) { verblijfsobject(identificatie: $key) { oppervlakte } }", verblijfsobjecten);

        foreach (var id in verblijfsobjecten)
        {
            // As the gateway will: fetch the required field from the BAG and pass it to the WOZ.
            var oppervlakte = bag[id].GetProperty("oppervlakte").GetInt32();
            var response = await registries.Woz.PostAsync(
                "query($id: String!, $m2: Int!) { verblijfsobject(identificatie: $id) { wozObject { waarden { vastgesteldeWaarde waardepeildatum } } wozWaardePerVierkanteMeter(oppervlakte: $m2) } }",
                new { id, m2 = oppervlakte });

            var verblijfsobject = response.Data.GetProperty("verblijfsobject");
            var laatste = verblijfsobject.GetProperty("wozObject").GetProperty("waarden").EnumerateArray()
                .MaxBy(w => w.GetProperty("waardepeildatum").GetString())
                .GetProperty("vastgesteldeWaarde").GetInt32();
            Assert.Equal((int)Math.Round((decimal)laatste / oppervlakte, MidpointRounding.AwayFromZero), verblijfsobject.GetProperty("wozWaardePerVierkanteMeter").GetInt32());
        }
    }
}
