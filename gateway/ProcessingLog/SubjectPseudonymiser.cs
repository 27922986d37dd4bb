using System.Security.Cryptography;
using System.Text;

namespace FederatedGraph.ProcessingLog;

/// <summary>
/// Turns a data subject's identifier into the keyed hash the log stores (HMAC-SHA256, lower-case hex), so the log is
/// no new copy of BSNs. Whoever holds the process's key computes the same pseudonym from a BSN and finds that
/// subject's records; without the key a pseudonym cannot be traced back, not even by trying every BSN.
/// </summary>
public sealed class SubjectPseudonymiser
{
    /// <summary>Shortest key accepted: 32 bytes, the hash's own size.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public SubjectPseudonymiser(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
            throw new ArgumentException($"The pseudonymisation key must have at least {MinimumKeyBytes} bytes.", nameof(key));
        _key = key;
    }

    /// <summary>The key from configuration: base64, at least 32 bytes; null when the text is no such key.</summary>
    public static SubjectPseudonymiser? FromBase64(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), bytes, out var length) && length >= MinimumKeyBytes
            ? new SubjectPseudonymiser(bytes[..length])
            : null;
    }

    /// <summary>The key of setting <c>ProcessingLog:PseudonymKey</c>, or why there is none. Outside Development the
    /// published development key of <see cref="DevelopmentPseudonymKey"/> counts as none.</summary>
    public static (SubjectPseudonymiser? Pseudonymiser, string? Problem) FromSetting(string? key, string process, bool isDevelopment)
    {
        if (!isDevelopment && key?.Trim() == DevelopmentPseudonymKey.For(process))
            return (null, "ProcessingLog:PseudonymKey is the published development key, which only the Development environment accepts.");
        return FromBase64(key) is { } pseudonymiser ? (pseudonymiser, null)
            : (null, $"ProcessingLog:PseudonymKey must be a base64 key of at least {MinimumKeyBytes} bytes: the processing log stores data subjects only as keyed hashes.");
    }

    /// <summary>The type is part of the hashed text, so the same digits under another identifier type give another pseudonym.</summary>
    public string Pseudonymise(string idType, string id)
        => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(idType + ":" + id)));
}
