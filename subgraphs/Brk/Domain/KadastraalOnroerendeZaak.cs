namespace FederatedGraph.Subgraphs.Brk.Domain;

/// <summary>
/// A kadastraal onroerende zaak: a perceel, or an appartementsrecht on one. The kadastrale aanduiding
/// is stored in the same row, so it can be filtered and sorted on like any column.
/// </summary>
public sealed class KadastraalOnroerendeZaak
{
    public string Identificatie { get; set; } = "";

    /// <summary>The name of the kadastrale gemeente, e.g. the woonplaats the perceel lies in.</summary>
    public string KadastraleGemeente { get; set; } = "";

    public string Sectie { get; set; } = "";
    public int Perceelnummer { get; set; }

    /// <summary>Set for an appartementsrecht only.</summary>
    public int? Appartementsindex { get; set; }

    /// <summary>Square metres; an appartementsrecht has no area of its own, so null there.</summary>
    public int? Grootte { get; set; }
}
