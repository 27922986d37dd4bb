namespace FederatedGraph.Subgraphs.Brp.Domain;

/// <summary>A family relation from one person to another, stored once per direction.</summary>
public sealed class Relatie
{
    public string Burgerservicenummer { get; set; } = "";
    public RelatieSoort Soort { get; set; }
    public string GerelateerdeBurgerservicenummer { get; set; } = "";
}

public enum RelatieSoort
{
    Partner = 1,
    Ouder = 2,
    Kind = 3,
}
