using System.Text.Json;
using FederatedGraph.Gateway.Planning.Plans;

namespace FederatedGraph.Gateway.Execution.Results;

/// <summary>Finds the objects an entity fetch is for: every object at its target path, across list levels.</summary>
internal static class ResultTargets
{
    public static List<ResultObject> Collect(ResultObject root, IReadOnlyList<PathStep> steps)
    {
        var current = new List<ResultObject> { root };
        foreach (var step in steps)
        {
            var next = new List<ResultObject>();
            foreach (var obj in current) AddObjects(obj.Materialize(step.ResponseName), step.TypeCondition, next);
            current = next;
        }
        return current;
    }

    /// <summary>The response path of each of <paramref name="wanted"/>: response names and list indexes.</summary>
    public static Dictionary<ResultObject, object[]> Paths(ResultObject root, IReadOnlyList<PathStep> steps, IReadOnlySet<ResultObject> wanted)
    {
        var paths = new Dictionary<ResultObject, object[]>(ReferenceEqualityComparer.Instance);
        Walk(root, steps, 0, [], wanted, paths);
        return paths;
    }

    /// <summary>The object type of an object in an abstract position, from the type name its fetch selected.</summary>
    public static string? TypeName(ResultObject obj)
        => obj.TryGet(ReservedNames.TypeName, out var value) && value.Node is null && value.Element.ValueKind == JsonValueKind.String
            ? value.Element.GetString()
            : null;

    private static void AddObjects(ResultValue value, string? typeCondition, List<ResultObject> objects)
    {
        switch (value.Node)
        {
            case ResultObject obj when typeCondition is null || TypeName(obj) == typeCondition:
                objects.Add(obj);
                break;
            case ResultValue[] list:
                foreach (var item in list) AddObjects(item, typeCondition, objects);
                break;
        }
    }

    private static void Walk(ResultObject obj, IReadOnlyList<PathStep> steps, int depth, List<object> path,
        IReadOnlySet<ResultObject> wanted, Dictionary<ResultObject, object[]> paths)
    {
        if (depth == steps.Count)
        {
            if (wanted.Contains(obj)) paths[obj] = [.. path];
            return;
        }
        path.Add(steps[depth].ResponseName);
        if (obj.TryGet(steps[depth].ResponseName, out var value)) WalkValue(value, steps, depth, path, wanted, paths);
        path.RemoveAt(path.Count - 1);
    }

    private static void WalkValue(ResultValue value, IReadOnlyList<PathStep> steps, int depth, List<object> path,
        IReadOnlySet<ResultObject> wanted, Dictionary<ResultObject, object[]> paths)
    {
        switch (value.Node)
        {
            case ResultObject obj when steps[depth].TypeCondition is null || TypeName(obj) == steps[depth].TypeCondition:
                Walk(obj, steps, depth + 1, path, wanted, paths);
                break;
            case ResultValue[] list:
                for (var i = 0; i < list.Length; i++)
                {
                    path.Add(i);
                    WalkValue(list[i], steps, depth, path, wanted, paths);
                    path.RemoveAt(path.Count - 1);
                }
                break;
        }
    }
}
