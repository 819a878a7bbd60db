using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FashionWallet.Database;

/// <summary>One SQL migration: its id is the file name (e.g. <c>0001_jobs.sql</c>); order is by id.</summary>
public sealed record Migration(string Id, string Sql)
{
    /// <summary>A migration whose SQL begins with this marker runs outside a transaction
    /// (needed for statements such as <c>CREATE INDEX CONCURRENTLY</c>).</summary>
    public const string NoTransactionMarker = "-- migration: no-transaction";

    // Computed from Sql each time: a stored value would survive a `with { Sql = ... }` copy unchanged.
    public string Checksum => ComputeChecksum(Sql);

    public bool RunsInTransaction => !Sql.TrimStart().StartsWith(NoTransactionMarker, StringComparison.OrdinalIgnoreCase);

    /// <summary>The migrations embedded in this library, in the order they apply.</summary>
    public static IReadOnlyList<Migration> Embedded { get; } = Load(typeof(Migration).Assembly);

    private static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        const string prefix = "migrations/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new Migration(name[prefix.Length..], reader.ReadToEnd());
            })
            .ToArray();
    }

    // Line endings are normalised so a checkout with CRLF does not look like a tampered migration.
    private static string ComputeChecksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
}
