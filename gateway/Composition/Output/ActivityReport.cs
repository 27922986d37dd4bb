using System.Text;
using FederatedGraph.Authorization;

namespace FederatedGraph.Composition.Output;

/// <summary>The composed authorisations as plain text, one block per processing activity and source schema: who may see
/// what, in a form a privacy officer can review in a diff.</summary>
public static class ActivityReport
{
    public static string Print(IReadOnlyList<ProcessingActivity> activities)
    {
        var text = new StringBuilder();
        foreach (var activity in activities)
        {
            text.Append(activity.Name).Append(" (").Append(activity.Id).Append(", version ").Append(activity.Version).Append(')').Append('\n');
            text.Append("  valid ").Append(activity.ValidFrom?.ToString("yyyy-MM-dd") ?? "always").Append(" to ")
                .Append(activity.ValidUntil?.ToString("yyyy-MM-dd") ?? "further notice");
            if (activity.Confidential) text.Append("; confidential");
            if (activity.DevelopmentOnly) text.Append("; development only");
            if (activity.ProcessingLogAccess == ProcessingLogAccess.OwnRecords) text.Append("; reads the data subject's own processing log");
            if (activity.ProcessingLogAccess == ProcessingLogAccess.AllRecords) text.Append("; reads the processing log of every data subject");
            text.Append('\n');
            foreach (var grant in activity.Grants)
            {
                text.Append("  ").Append(grant.Schema).Append(" grants ").Append(string.Join(", ", grant.Clients)).Append('\n');
                foreach (var field in grant.Fields) text.Append("    ").Append(field).Append('\n');
                foreach (var parameter in grant.Parameters) text.Append("    ").Append(parameter).Append('\n');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
