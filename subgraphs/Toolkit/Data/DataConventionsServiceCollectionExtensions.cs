using GraphQL.Types.Relay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FederatedGraph.Subgraphs.Toolkit.Data;

/// <summary>Registration of the data convention graph types for schemas that resolve graph types from dependency injection.</summary>
public static class DataConventionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the filter, sort and paging graph types (open generics included) as transients. Not needed
    /// when the toolkit assembly is scanned with GraphQL.NET's <c>AddGraphTypes(assembly)</c>, which registers
    /// the same types, nor with GraphQL.NET's default (parameterless-constructor) service provider.
    /// </summary>
    public static IServiceCollection AddDataConventions(this IServiceCollection services)
    {
        services.TryAddTransient(typeof(FilterInputType<>));
        services.TryAddTransient(typeof(SortInputType<>));
        services.TryAddTransient(typeof(ComparableOperationFilterInput<>));
        services.TryAddTransient(typeof(EnumOperationFilterInput<>));
        services.TryAddTransient<StringOperationFilterInput>();
        services.TryAddTransient<BooleanOperationFilterInput>();
        services.TryAddTransient<SortEnumType>();
        services.TryAddTransient<SharedPageInfoType>();
        return services;
    }
}
