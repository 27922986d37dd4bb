namespace FederatedGraph.Subgraphs.SampleData.Names;

/// <summary>A surname as the BRP stores it: the voorvoegsel kept apart from the geslachtsnaam.</summary>
internal sealed record Surname(string? Voorvoegsel, string Geslachtsnaam)
{
    /// <summary>How the name reads without first names, e.g. in a trade name: "Van der Berg".</summary>
    public string Display => Voorvoegsel is null
        ? Geslachtsnaam
        : $"{char.ToUpperInvariant(Voorvoegsel[0])}{Voorvoegsel[1..]} {Geslachtsnaam}";
}

/// <summary>Common Dutch first names and surnames; the combination with a BSN and address is fictitious.</summary>
internal static class PersonNames
{
    public static readonly string[] Male =
    [
        "Jan", "Pieter", "Kees", "Hendrik", "Willem", "Gerrit", "Cornelis", "Johannes", "Dirk", "Bram",
        "Daan", "Sem", "Lucas", "Finn", "Levi", "Thijs", "Ruben", "Jesse", "Bas", "Joost",
        "Maarten", "Sander", "Niels", "Wouter", "Jeroen", "Teun", "Stijn", "Gijs", "Mees", "Luuk",
        "Floris", "Hugo", "Koen", "Rik", "Tom", "Arjen", "Frank", "Marco", "Ties", "Jelle",
    ];

    public static readonly string[] Female =
    [
        "Anna", "Maria", "Johanna", "Cornelia", "Elisabeth", "Geertje", "Hendrika", "Wilhelmina", "Sanne", "Emma",
        "Julia", "Sophie", "Tess", "Fleur", "Lotte", "Noor", "Eva", "Lieke", "Femke", "Anouk",
        "Marieke", "Ingrid", "Annelies", "Petra", "Esther", "Linda", "Saskia", "Mirjam", "Roos", "Isa",
        "Zoë", "Mila", "Evi", "Nina", "Lisa", "Iris", "Merel", "Jasmijn", "Hanna", "Sara",
    ];

    public static readonly Surname[] Surnames =
    [
        new("de", "Jong"), new("de", "Vries"), new("van den", "Berg"), new("van", "Dijk"), new(null, "Bakker"),
        new(null, "Janssen"), new(null, "Visser"), new(null, "Smit"), new(null, "Meijer"), new("de", "Boer"),
        new(null, "Mulder"), new("de", "Groot"), new(null, "Bos"), new(null, "Vos"), new(null, "Peters"),
        new(null, "Hendriks"), new("van", "Leeuwen"), new(null, "Dekker"), new(null, "Brouwer"), new("de", "Wit"),
        new(null, "Dijkstra"), new(null, "Smits"), new("de", "Graaf"), new("van der", "Meer"), new("van der", "Linden"),
        new(null, "Kok"), new(null, "Jacobs"), new("de", "Haan"), new(null, "Vermeulen"), new("van den", "Heuvel"),
        new("van der", "Veen"), new("van den", "Broek"), new("de", "Bruijn"), new("de", "Bruin"), new("van der", "Heijden"),
        new(null, "Schouten"), new("van", "Beek"), new(null, "Willems"), new("van", "Vliet"), new("van de", "Ven"),
        new(null, "Hoekstra"), new(null, "Maas"), new(null, "Verhoeven"), new(null, "Koster"), new("van", "Dam"),
        new("van der", "Wal"), new(null, "Prins"), new(null, "Blom"), new(null, "Huisman"), new("van", "Wijk"),
        new(null, "Wolterink"), new(null, "Zwartkruis"), new("ter", "Horst"), new("op de", "Weegh"), new(null, "Kuipers"),
    ];
}
