namespace FederatedGraph.Composition.Tests.Rules.PostMergeRules;

public sealed class EmptyMergedObjectTypeCases : IRuleCases
{
    public string Code => "EMPTY_MERGED_OBJECT_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a field hidden in one schema, another field left",
            "type Query { adres: Adres } type Adres @shareable { straat: String huisnummer: Int @inaccessible }",
            "type Query { woonadres: Adres } type Adres @shareable { huisnummer: Int }"),
        new("an inaccessible type may be empty",
            "type Query { plaats: String } type Adres @inaccessible { straat: String @inaccessible }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("each field is hidden by one of the schemas", "a", 2, 6,
            """
            type Query { adres: Adres }
            type Adres @shareable {
              straat: String @inaccessible
              huisnummer: Int
            }
            """,
            "type Query { woonadres: Adres } type Adres @shareable { straat: String huisnummer: Int @inaccessible }"),
    ];
}

public sealed class EmptyMergedInterfaceTypeCases : IRuleCases
{
    public string Code => "EMPTY_MERGED_INTERFACE_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("one visible field is enough",
            "type Query { registratie: Registratie } interface Registratie { bron: String peildatum: String @inaccessible }",
            "interface Registratie { bron: String }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("each interface field is hidden by one of the schemas", "a", 2, 11,
            """
            type Query { registratie: Registratie }
            interface Registratie {
              bron: String @inaccessible
              peildatum: String
            }
            """,
            "interface Registratie { bron: String peildatum: String @inaccessible }"),
    ];
}

public sealed class EmptyMergedInputObjectTypeCases : IRuleCases
{
    public string Code => "EMPTY_MERGED_INPUT_OBJECT_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("the schemas share one field",
            "type Query { zoekPersonen(filter: PersoonFilter): [String!]! } input PersoonFilter { achternaam: String geboortejaar: Int }",
            "type Query { zoekBewoners(filter: PersoonFilter): [String!]! } input PersoonFilter { achternaam: String }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("the schemas share no field", "a", 2, 7,
            """
            type Query { zoekPersonen(filter: PersoonFilter): [String!]! }
            input PersoonFilter {
              achternaam: String
            }
            """,
            "type Query { zoekBewoners(filter: PersoonFilter): [String!]! } input PersoonFilter { geboortejaar: Int }"),
        new("each shared field is hidden by one of the schemas", "a", 2, 7,
            """
            type Query { zoekPersonen(filter: PersoonFilter): [String!]! }
            input PersoonFilter {
              achternaam: String @inaccessible
              geboortejaar: Int
            }
            """,
            "type Query { zoekBewoners(filter: PersoonFilter): [String!]! } input PersoonFilter { achternaam: String geboortejaar: Int @inaccessible }"),
    ];
}

public sealed class EmptyMergedEnumTypeCases : IRuleCases
{
    public string Code => "EMPTY_MERGED_ENUM_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("a value only one schema knows is hidden, the others stay",
            "type Query { verblijfstatus: Verblijfstatus } enum Verblijfstatus { INGEZETENE NIET_INGEZETENE EMIGRANT @inaccessible }",
            "enum Verblijfstatus { INGEZETENE NIET_INGEZETENE }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("each value is hidden by one of the schemas", "a", 2, 6,
            """
            type Query { verblijfstatus: Verblijfstatus }
            enum Verblijfstatus {
              INGEZETENE @inaccessible
              NIET_INGEZETENE
            }
            """,
            "enum Verblijfstatus { INGEZETENE NIET_INGEZETENE @inaccessible }"),
    ];
}

public sealed class EmptyMergedUnionTypeCases : IRuleCases
{
    public string Code => "EMPTY_MERGED_UNION_TYPE";

    public IEnumerable<ValidCase> Valid =>
    [
        new("one member stays visible",
            """
            type Query { eigenaar: Eigenaar }
            union Eigenaar = Persoon | Onderneming
            type Persoon @shareable @inaccessible { bsn: String }
            type Onderneming @shareable { kvkNummer: String }
            """,
            "union Eigenaar = Persoon | Onderneming type Persoon @shareable { bsn: String } type Onderneming @shareable { kvkNummer: String }"),
    ];

    public IEnumerable<InvalidCase> Invalid =>
    [
        new("each member type is hidden by one of the schemas", "a", 2, 7,
            """
            type Query { eigenaar: Eigenaar }
            union Eigenaar = Persoon | Onderneming
            type Persoon @shareable @inaccessible { bsn: String }
            type Onderneming @shareable { kvkNummer: String }
            """,
            "union Eigenaar = Persoon | Onderneming type Persoon @shareable { bsn: String } type Onderneming @shareable @inaccessible { kvkNummer: String }"),
    ];
}
