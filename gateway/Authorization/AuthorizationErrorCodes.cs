namespace FederatedGraph.Authorization;

/// <summary>The <c>extensions.code</c> values of requests refused for who asks, for which purpose, or what they ask.</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>No bearer token, or one that is expired, for another audience, or not signed by the trusted authority (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The token does not say which organisation and application call (HTTP 403).</summary>
    public const string ClientUnknown = "CLIENT_UNKNOWN";

    /// <summary>No processing activity named (HTTP 403).</summary>
    public const string PurposeRequired = "PURPOSE_REQUIRED";

    /// <summary>More than one different processing activity named in the accepted headers (HTTP 403).</summary>
    public const string PurposeAmbiguous = "PURPOSE_AMBIGUOUS";

    /// <summary>The activity is not in this service's register (HTTP 403).</summary>
    public const string PurposeUnknown = "PURPOSE_UNKNOWN";

    /// <summary>The activity is not valid today (HTTP 403).</summary>
    public const string PurposeExpired = "PURPOSE_EXPIRED";

    /// <summary>The activity is not granted to this client (HTTP 403).</summary>
    public const string PurposeNotAllowed = "PURPOSE_NOT_ALLOWED";

    /// <summary>The operation selects a field outside the activity's authorisation (HTTP 403, the whole request).</summary>
    public const string UnauthorizedField = "UNAUTHORIZED_FIELD";

    /// <summary>The operation passes an argument outside the activity's authorisation (HTTP 403, the whole request).</summary>
    public const string UnauthorizedParameter = "UNAUTHORIZED_PARAMETER";

    /// <summary>The client may only send registered (trusted) documents, and this one is not (HTTP 403).</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";

    /// <summary>The document id the client sent is not registered (HTTP 404 under the persisted-documents convention: 400 here).</summary>
    public const string TrustedDocumentNotFound = "PERSISTED_QUERY_NOT_FOUND";
}
