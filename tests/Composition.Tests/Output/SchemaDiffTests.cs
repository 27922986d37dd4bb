using FederatedGraph.Composition.Diagnostics;
using FederatedGraph.Composition.Output;
using FederatedGraph.Composition.SourceSchemas;

namespace FederatedGraph.Composition.Tests.Output;

public sealed class SchemaDiffTests
{
    private const string Base = """
        type Query { persoon(bsn: String!, peildatum: String): Persoon personen(first: Int = 10): [Persoon!] }
        type Persoon implements Node { id: ID! naam: String geslacht: Geslacht! kinderen: [Persoon!]! oud: Int @deprecated(reason: "Weg") }
        interface Node { id: ID! }
        interface Gevonden { id: ID! }
        enum Geslacht { MAN VROUW }
        union Belanghebbende = Persoon | Bedrijf
        type Bedrijf { kvk: String! }
        type Vestiging { nummer: String! }
        input Filter { naam: String postcode: String! }
        scalar Datum
        """;

    private static IReadOnlyList<SchemaChange> Diff(string before, string after)
    {
        var log = new CompositionLog();
        var changes = SchemaDiff.Compare(SdlReader.Read("before", before, log)!, SdlReader.Read("after", after, log)!);
        Assert.Empty(log.Entries);
        return changes;
    }

    /// <summary>Applies one textual edit to the base schema and expects exactly one change.</summary>
    [Theory]
    [InlineData("type Bedrijf { kvk: String! }", "", SchemaChangeKind.TypeRemoved, ChangeCriticality.Breaking, "Bedrijf")]
    [InlineData("scalar Datum", "scalar Datum scalar Tijd", SchemaChangeKind.TypeAdded, ChangeCriticality.Safe, "Tijd")]
    [InlineData("type Bedrijf { kvk: String! }", "input Bedrijf { kvk: String! }", SchemaChangeKind.TypeKindChanged, ChangeCriticality.Breaking, "Bedrijf")]
    [InlineData("scalar Datum", "\"Een datum.\" scalar Datum", SchemaChangeKind.DescriptionChanged, ChangeCriticality.Safe, "Datum")]
    [InlineData("naam: String geslacht", "geslacht", SchemaChangeKind.FieldRemoved, ChangeCriticality.Breaking, "Persoon.naam")]
    [InlineData("kvk: String!", "kvk: String! naam: String", SchemaChangeKind.FieldAdded, ChangeCriticality.Safe, "Bedrijf.naam")]
    [InlineData("naam: String geslacht", "naam: String! geslacht", SchemaChangeKind.FieldTypeChanged, ChangeCriticality.Safe, "Persoon.naam")]
    [InlineData("geslacht: Geslacht!", "geslacht: Geslacht", SchemaChangeKind.FieldTypeChanged, ChangeCriticality.Breaking, "Persoon.geslacht")]
    [InlineData("kinderen: [Persoon!]!", "kinderen: Persoon!", SchemaChangeKind.FieldTypeChanged, ChangeCriticality.Breaking, "Persoon.kinderen")]
    [InlineData("kvk: String!", "kvk: String! @deprecated", SchemaChangeKind.DeprecationAdded, ChangeCriticality.Safe, "Bedrijf.kvk")]
    [InlineData("oud: Int @deprecated(reason: \"Weg\")", "oud: Int", SchemaChangeKind.DeprecationRemoved, ChangeCriticality.Dangerous, "Persoon.oud")]
    [InlineData("reason: \"Weg\"", "reason: \"Gebruik nieuw\"", SchemaChangeKind.DeprecationReasonChanged, ChangeCriticality.Safe, "Persoon.oud")]
    [InlineData("type Persoon implements Node {", "type Persoon {", SchemaChangeKind.InterfaceRemoved, ChangeCriticality.Breaking, "Persoon")]
    [InlineData("type Persoon implements Node {", "type Persoon implements Node & Gevonden {", SchemaChangeKind.InterfaceAdded, ChangeCriticality.Dangerous, "Persoon")]
    [InlineData("persoon(bsn: String!, peildatum: String)", "persoon(bsn: String!)", SchemaChangeKind.ArgumentRemoved, ChangeCriticality.Breaking, "Query.persoon(peildatum:)")]
    [InlineData("personen(first: Int = 10)", "personen(first: Int = 10, woonplaats: String!)", SchemaChangeKind.ArgumentAdded, ChangeCriticality.Breaking, "Query.personen(woonplaats:)")]
    [InlineData("personen(first: Int = 10)", "personen(first: Int = 10, woonplaats: String! = \"Utrecht\")", SchemaChangeKind.ArgumentAdded, ChangeCriticality.Dangerous, "Query.personen(woonplaats:)")]
    [InlineData("personen(first: Int = 10)", "personen(first: Int = 10, woonplaats: String)", SchemaChangeKind.ArgumentAdded, ChangeCriticality.Dangerous, "Query.personen(woonplaats:)")]
    [InlineData("persoon(bsn: String!", "persoon(bsn: String", SchemaChangeKind.ArgumentTypeChanged, ChangeCriticality.Safe, "Query.persoon(bsn:)")]
    [InlineData("peildatum: String)", "peildatum: String!)", SchemaChangeKind.ArgumentTypeChanged, ChangeCriticality.Breaking, "Query.persoon(peildatum:)")]
    [InlineData("peildatum: String)", "peildatum: Datum)", SchemaChangeKind.ArgumentTypeChanged, ChangeCriticality.Breaking, "Query.persoon(peildatum:)")]
    [InlineData("first: Int = 10", "first: Int = 20", SchemaChangeKind.DefaultValueChanged, ChangeCriticality.Dangerous, "Query.personen(first:)")]
    [InlineData("persoon(bsn: String!", "persoon(\"Het BSN.\" bsn: String!", SchemaChangeKind.DescriptionChanged, ChangeCriticality.Safe, "Query.persoon(bsn:)")]
    [InlineData("enum Geslacht { MAN VROUW }", "enum Geslacht { MAN }", SchemaChangeKind.EnumValueRemoved, ChangeCriticality.Breaking, "Geslacht.VROUW")]
    [InlineData("enum Geslacht { MAN VROUW }", "enum Geslacht { MAN VROUW ONBEKEND }", SchemaChangeKind.EnumValueAdded, ChangeCriticality.Dangerous, "Geslacht.ONBEKEND")]
    [InlineData("enum Geslacht { MAN VROUW }", "enum Geslacht { MAN @deprecated VROUW }", SchemaChangeKind.DeprecationAdded, ChangeCriticality.Safe, "Geslacht.MAN")]
    [InlineData("= Persoon | Bedrijf", "= Persoon", SchemaChangeKind.UnionMemberRemoved, ChangeCriticality.Breaking, "Belanghebbende")]
    [InlineData("= Persoon | Bedrijf", "= Persoon | Bedrijf | Vestiging", SchemaChangeKind.UnionMemberAdded, ChangeCriticality.Dangerous, "Belanghebbende")]
    [InlineData("naam: String postcode", "postcode", SchemaChangeKind.InputFieldRemoved, ChangeCriticality.Breaking, "Filter.naam")]
    [InlineData("postcode: String! }", "postcode: String! huisnummer: Int! }", SchemaChangeKind.InputFieldAdded, ChangeCriticality.Breaking, "Filter.huisnummer")]
    [InlineData("postcode: String! }", "postcode: String! huisnummer: Int }", SchemaChangeKind.InputFieldAdded, ChangeCriticality.Dangerous, "Filter.huisnummer")]
    [InlineData("postcode: String! }", "postcode: String }", SchemaChangeKind.InputFieldTypeChanged, ChangeCriticality.Safe, "Filter.postcode")]
    [InlineData("naam: String postcode", "naam: String! postcode", SchemaChangeKind.InputFieldTypeChanged, ChangeCriticality.Breaking, "Filter.naam")]
    [InlineData("naam: String postcode", "naam: String = \"x\" postcode", SchemaChangeKind.DefaultValueChanged, ChangeCriticality.Dangerous, "Filter.naam")]
    public void Classifies_each_change(string find, string replace, SchemaChangeKind kind, ChangeCriticality criticality, string coordinate)
    {
        Assert.Contains(find, Base);
        var after = find.Length == 0 ? Base : Base.Replace(find, replace);

        var change = Assert.Single(Diff(Base, after));

        Assert.Equal((kind, criticality, coordinate), (change.Kind, change.Criticality, change.Coordinate));
    }

    [Fact]
    public void A_changed_query_root_is_breaking()
    {
        var change = Diff("type Query { a: Int }", "schema { query: Vraag } type Query { a: Int } type Vraag { a: Int }")
            .Single(c => c.Kind == SchemaChangeKind.RootTypeChanged);

        Assert.Equal((ChangeCriticality.Breaking, "schema"), (change.Criticality, change.Coordinate));
    }

    [Fact]
    public void The_same_schema_has_no_changes() => Assert.Empty(Diff(Base, Base));

    [Fact]
    public void A_change_prints_as_one_line_with_its_criticality_and_coordinate()
    {
        var change = Assert.Single(Diff(Base, Base.Replace("naam: String geslacht", "geslacht")));

        Assert.Equal("BREAKING  Persoon.naam: the field was removed.", change.ToString());
    }
}
