using FederatedGraph.Authorization;
using Microsoft.AspNetCore.Http;

namespace FederatedGraph.Security;

/// <summary>
/// Development and testing only (<c>Gateway:AnonymousCallers</c>): admits every request without token or purpose, as
/// one anonymous caller under one development activity that allows every field. The gateway host honours the setting
/// only in the Development environment and only for a configuration that grants no processing activities, such as an
/// Apollo supergraph, which declares no personal data; everywhere else <see cref="CallerGate"/> decides.
/// </summary>
public sealed class AnonymousDevelopmentCallerGate : ICallerGate
{
    private static readonly ClientIdentity Client = new("anonymous", "anonymous");

    private static readonly ProcessingActivity Activity = new()
    {
        Id = "urn:federatedgraph:anonymous-development",
        Version = "1",
        Name = "Anonymous development caller",
        DevelopmentOnly = true,
        Grants = [new ActivityGrant { Clients = [Client], Fields = [GrantResolver.Everything] }],
    };

    private static readonly AdmittedCaller Caller = new(new Caller(Client, Client.Application, null), new Permission(Activity, Client));

    public Task<AdmittedCaller> AdmitAsync(HttpContext http) => Task.FromResult(Caller);
}
