namespace FederatedGraph.Subgraphs.Brk.Domain;

/// <summary>
/// One row of "onroerende zaak has address": the BAG nummeraanduiding by its key only; the BAG owns the address.
/// An indexed table of its own serves both directions (zaak → adressen and adres → zaken).
/// </summary>
public sealed class OnroerendeZaakAdres
{
    public string OnroerendeZaakIdentificatie { get; set; } = "";
    public string NummeraanduidingIdentificatie { get; set; } = "";
}
