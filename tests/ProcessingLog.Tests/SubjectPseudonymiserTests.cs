using FederatedGraph.ProcessingLog;

namespace FederatedGraph.ProcessingLog.Tests;

public sealed class SubjectPseudonymiserTests
{
    private static readonly SubjectPseudonymiser Pseudonymiser = SubjectPseudonymiser.FromBase64(DevelopmentPseudonymKey.For("brp"))!;

    [Fact]
    public void The_same_subject_gets_the_same_pseudonym_and_it_is_no_bsn()
    {
        var pseudonym = Pseudonymiser.Pseudonymise("BSN", "999993653");

        Assert.Equal(pseudonym, Pseudonymiser.Pseudonymise("BSN", "999993653"));
        Assert.Matches("^[0-9a-f]{64}$", pseudonym);
        Assert.DoesNotContain("999993653", pseudonym);
    }

    [Fact]
    public void Another_key_another_subject_or_another_identifier_type_gives_another_pseudonym()
    {
        var pseudonym = Pseudonymiser.Pseudonymise("BSN", "999993653");
        var otherKey = SubjectPseudonymiser.FromBase64(DevelopmentPseudonymKey.For("brk"))!;

        Assert.NotEqual(pseudonym, otherKey.Pseudonymise("BSN", "999993653"));
        Assert.NotEqual(pseudonym, Pseudonymiser.Pseudonymise("BSN", "999993665"));
        Assert.NotEqual(pseudonym, Pseudonymiser.Pseudonymise("personeelsnummer", "999993653"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")] // "short": 5 bytes
    public void A_missing_or_weak_key_is_refused(string? key)
    {
        var (pseudonymiser, problem) = SubjectPseudonymiser.FromSetting(key, "brp", isDevelopment: true);

        Assert.Null(pseudonymiser);
        Assert.Contains("ProcessingLog:PseudonymKey", problem);
    }

    [Fact]
    public void The_published_development_key_counts_only_in_development()
    {
        Assert.NotNull(SubjectPseudonymiser.FromSetting(DevelopmentPseudonymKey.For("brp"), "brp", isDevelopment: true).Pseudonymiser);
        var (refused, problem) = SubjectPseudonymiser.FromSetting(DevelopmentPseudonymKey.For("brp"), "brp", isDevelopment: false);
        Assert.Null(refused);
        Assert.Contains("development key", problem);
        Assert.NotNull(SubjectPseudonymiser.FromSetting(Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7 + 1)).ToArray()), "brp", isDevelopment: false).Pseudonymiser);
    }
}
