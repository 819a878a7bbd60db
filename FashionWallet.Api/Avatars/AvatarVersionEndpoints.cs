using System.Text.Json;
using System.Security.Claims;
using FashionWallet.Api.Security;
using FashionWallet.Avatars;
using FashionWallet.Avatars.Measurements;
using FashionWallet.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FashionWallet.Api.Avatars;

/// <summary>An avatar's history: every change of measurements is a version that can be viewed, compared and restored.</summary>
internal static class AvatarVersionEndpoints
{
    public const double CentimetresPerInch = 2.54;

    public static async Task<Results<Ok<AvatarVersionResponse[]>, NotFound>> List(Guid id, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.Avatars.VisibleTo(user).AnyAsync(a => a.Id == id, cancellationToken))
            return TypedResults.NotFound();
        var versions = await db.AvatarVersions.Where(v => v.AvatarId == id).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(versions.Select(AvatarVersionResponse.From).ToArray());
    }

    public static async Task<Results<Ok<AvatarVersionResponse>, NotFound>> Get(Guid id, int version, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, user, id, version, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(AvatarVersionResponse.From(found));
    }

    public static async Task<Results<Ok<AvatarComparison>, NotFound, ValidationProblem>> Compare(
        Guid id, int? from, int? to, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
            return new FieldErrors().Add("from", from is null ? "Say which version to compare from." : null).Add("to", to is null ? "Say which version to compare to." : null).ToResult();
        var (a, b) = (await FindAsync(db, user, id, from.Value, cancellationToken), await FindAsync(db, user, id, to.Value, cancellationToken));
        if (a is null || b is null)
            return TypedResults.NotFound();
        var (before, after) = (AvatarMeasurements.FromJson(a.Measurements), AvatarMeasurements.FromJson(b.Measurements));
        var differences = Enum.GetValues<Measurement>()
            .Select(m => new MeasurementDifference(m.Code(), m.Label(), before[m].Value, after[m].Value, Math.Round(after[m].Value - before[m].Value, 1)))
            .ToArray();
        return TypedResults.Ok(new AvatarComparison(a.Version, b.Version, a.BodyType, b.BodyType, differences));
    }

    /// <summary>
    /// Some measurements changed by hand: checked one by one and together (a body must be possible), then a new version.
    /// Unusual but possible values are kept, with warnings.
    /// </summary>
    public static async Task<Results<Created<AvatarVersionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Edit(
        Guid id, EditMeasurementsRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (avatar is null)
            return TypedResults.NotFound();
        var errors = new FieldErrors();
        var values = ParseValues(request, errors);
        if (errors.Any)
            return errors.ToResult();
        if (Stale(avatar, request.BaseVersion) is { } stale)
            return stale;

        var current = await db.AvatarVersions.FirstAsync(v => v.AvatarId == id && v.Version == avatar.CurrentVersion, cancellationToken);
        var measurements = AvatarMeasurements.FromJson(current.Measurements);
        var changed = values.Where(v => Math.Abs(measurements[v.Key].Value - Math.Round(v.Value, 1)) >= 0.05).ToDictionary();
        if (changed.Count == 0)
            return FieldErrors.One("measurements", "These are the values the avatar already has: change at least one.");
        var edited = measurements.Edited(changed);
        var body = edited.Body(AvatarModels.SexOf(avatar.Sex));
        var issues = body.Validate();
        foreach (var issue in issues.Where(i => i.Severity == IssueSeverity.Error))
            errors.Add($"measurements.{issue.Measurement.Code()}", issue.Message);
        if (errors.Any)
            return errors.ToResult("These measurements do not describe a possible body.");

        var draft = new AvatarVersion
        {
            Source = AvatarVersionSources.Manual, Measurements = edited.ToJson(), BodyType = BodyTypes.Classify(body).Code(), SkinTone = current.SkinTone,
            Warnings = JsonSerializer.Serialize(issues.Select(i => i.Message).ToArray(), JsonSerializerOptions.Web), CreatedBy = user.UserId(),
        };
        return await AddAsync(db, avatar, request.BaseVersion, draft, cancellationToken);
    }

    /// <summary>An earlier version's measurements brought back, as a new version (history is never rewritten).</summary>
    public static async Task<Results<Created<AvatarVersionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Restore(
        Guid id, int version, RestoreVersionRequest request, FashionWalletDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var avatar = await db.Avatars.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var earlier = avatar is null ? null : await db.AvatarVersions.FirstOrDefaultAsync(v => v.AvatarId == id && v.Version == version, cancellationToken);
        if (avatar is null || earlier is null)
            return TypedResults.NotFound();
        if (Stale(avatar, request.BaseVersion) is { } stale)
            return stale;
        if (version == avatar.CurrentVersion)
            return FieldErrors.One("version", $"Version {version} is already the current one.");
        var draft = new AvatarVersion
        {
            Source = AvatarVersionSources.Restored, Measurements = earlier.Measurements, BodyType = earlier.BodyType, SkinTone = earlier.SkinTone,
            RunId = earlier.RunId, RestoredFrom = version, Warnings = earlier.Warnings, CreatedBy = user.UserId(),
        };
        return await AddAsync(db, avatar, request.BaseVersion, draft, cancellationToken);
    }

    private static async Task<Results<Created<AvatarVersionResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AddAsync(
        FashionWalletDbContext db, Avatar avatar, int baseVersion, AvatarVersion draft, CancellationToken cancellationToken)
    {
        AvatarVersion? added = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            added = await AvatarVersioning.AddAsync(db, avatar.Id, baseVersion, draft, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        if (added is null)
        {
            var now = await db.Avatars.Where(a => a.Id == avatar.Id).Select(a => a.CurrentVersion).FirstAsync(cancellationToken);
            return Conflict(now);
        }
        return TypedResults.Created($"/api/avatars/{avatar.Id}/versions/{added.Version}", AvatarVersionResponse.From(added));
    }

    private static ProblemHttpResult? Stale(Avatar avatar, int baseVersion) =>
        avatar.CurrentVersion == 0
            ? TypedResults.Problem("This avatar has no measurements yet: wait until its photos are read.", statusCode: StatusCodes.Status409Conflict, title: "Not ready")
            : baseVersion != avatar.CurrentVersion ? Conflict(avatar.CurrentVersion) : null;

    private static ProblemHttpResult Conflict(int current) => TypedResults.Problem(
        $"This avatar changed since you opened it: it is now at version {current}. Reload it and make your change again.",
        statusCode: StatusCodes.Status409Conflict, title: "Avatar changed", extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    private static Dictionary<Measurement, double> ParseValues(EditMeasurementsRequest request, FieldErrors errors)
    {
        if (request.Units is not (null or "metric" or "imperial"))
            errors.Add("units", "Units are metric (centimetres) or imperial (inches).");
        var imperial = request.Units == "imperial";
        if (request.BaseVersion < 1)
            errors.Add("baseVersion", "Say which version you edited (the avatar's current version).");
        if (request.Measurements is not { Count: > 0 })
        {
            errors.Add("measurements", "Give at least one measurement, such as { \"waist\": 78 }.");
            return [];
        }
        var values = new Dictionary<Measurement, double>();
        foreach (var (name, value) in request.Measurements)
        {
            if (!MeasurementNames.TryParse(name, out var measurement))
            {
                errors.Add($"measurements.{name}", $"There is no measurement called '{name}'. Known: {string.Join(", ", Enum.GetValues<Measurement>().Select(m => m.Code()))}.");
                continue;
            }
            var centimetres = imperial ? value * CentimetresPerInch : value;
            var range = MeasurementValidation.RangeOf(measurement);
            if (!double.IsFinite(centimetres) || !range.Contains(centimetres))
            {
                errors.Add($"measurements.{measurement.Code()}", imperial
                    ? $"{measurement.Label()} is between {range.Minimum / CentimetresPerInch:0.#} and {range.Maximum / CentimetresPerInch:0.#} inches."
                    : $"{measurement.Label()} is between {range.Minimum:0} and {range.Maximum:0} cm.");
                continue;
            }
            values[measurement] = centimetres;
        }
        return values;
    }

    private static async Task<AvatarVersion?> FindAsync(FashionWalletDbContext db, ClaimsPrincipal user, Guid id, int version, CancellationToken cancellationToken) =>
        await db.Avatars.VisibleTo(user).AnyAsync(a => a.Id == id, cancellationToken)
            ? await db.AvatarVersions.FirstOrDefaultAsync(v => v.AvatarId == id && v.Version == version, cancellationToken)
            : null;
}
