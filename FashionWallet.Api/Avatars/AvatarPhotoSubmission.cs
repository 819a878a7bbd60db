using FashionWallet.Api.Security;
using FashionWallet.Imaging;

namespace FashionWallet.Api.Avatars;

/// <summary>A front and a side photo with what the person states about their body, checked by content.</summary>
internal sealed record AvatarPhotoSubmission(AvatarBody Body, string? Name, AcceptedPhoto Front, AcceptedPhoto Side, string RequestHash)
{
    public static readonly PhotoLimits Limits = new();

    /// <summary>Both photos, the form fields and a margin for the multipart framing.</summary>
    public static readonly long MaxRequestBytes = 2 * Limits.MaxBytes + 1024 * 1024;

    /// <summary>
    /// The submission from a multipart form (front, side, heightCm; optional weightKg, age, sex, name), or the
    /// problems with it, each under its field. For an existing avatar, stated values left out keep the avatar's.
    /// </summary>
    public static async Task<(AvatarPhotoSubmission? Submission, FieldErrors Errors)> ReadAsync(
        HttpRequest request, string? idempotencyKey, FashionWallet.Avatars.Avatar? existing, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().Add("idempotencyKey", Idempotency.Problem(idempotencyKey));
        if (!request.HasFormContentType)
            return (null, errors.Add("body", "Send the photos as multipart/form-data with the fields front, side and heightCm."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return (null, errors.Add("body", $"The form could not be read: {ex.Message}"));
        }

        string? Field(string name, string? kept) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : kept;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var body = AvatarBody.Parse(
            Field("heightCm", existing?.HeightCm.ToString(invariant)), Field("weightKg", existing?.WeightKg?.ToString(invariant)),
            Field("age", existing?.Age?.ToString(invariant)), Field("sex", existing?.Sex), errors);
        var name = Field("name", null)?.Trim();
        if (name?.Length > 80)
            errors.Add("name", "A name has at most 80 characters.");
        var frontBytes = await ReadAsync(form.Files.GetFile("front"), "front", errors, cancellationToken);
        var sideBytes = await ReadAsync(form.Files.GetFile("side"), "side", errors, cancellationToken);
        if (errors.Any)
            return (null, errors);
        var frontPhoto = Accept(frontBytes, "front", errors);
        var sidePhoto = Accept(sideBytes, "side", errors);
        if (errors.Any)
            return (null, errors);
        var hash = Idempotency.Hash(frontBytes, sideBytes, System.Text.Encoding.UTF8.GetBytes($"{existing?.Id}|{body}|{name}"));
        return (new AvatarPhotoSubmission(body, name, frontPhoto!, sidePhoto!, hash), errors);
    }

    private static async Task<byte[]> ReadAsync(IFormFile? file, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            errors.Add(field, $"Add a {field} photo.");
            return [];
        }
        if (file.Length > Limits.MaxBytes)
        {
            errors.Add(field, $"This photo is {file.Length / 1024 / 1024.0:0.#} MB; the limit is {Limits.MaxBytes / 1024 / 1024} MB.");
            return [];
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static AcceptedPhoto? Accept(byte[] bytes, string field, FieldErrors errors)
    {
        try
        {
            return PhotoIntake.Accept(bytes, Limits);
        }
        catch (ImageRejectedException ex)
        {
            errors.Add(field, ex.Message);
            return null;
        }
    }
}
