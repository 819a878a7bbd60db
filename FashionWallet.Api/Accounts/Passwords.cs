using System.Security.Cryptography;
using System.Text;
using FashionWallet.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FashionWallet.Api.Accounts;

/// <summary>
/// PBKDF2 through ASP.NET Core Identity's PasswordHasher (its current format, re-hashed when that changes), over an
/// HMAC of the password with a server-side pepper, so a stolen database alone cannot be brute-forced.
/// </summary>
public sealed class Passwords
{
    private readonly PasswordHasher<User> _hasher = new();
    private readonly byte[] _pepper;
    private readonly string _hashOfNobody;

    public Passwords(IOptions<AccountOptions> options)
    {
        _pepper = Encoding.UTF8.GetBytes(options.Value.PasswordPepper);
        _hashOfNobody = _hasher.HashPassword(new User(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public string Hash(User user, string password) => _hasher.HashPassword(user, Pepper(password));

    public PasswordVerificationResult Verify(User user, string password) =>
        _hasher.VerifyHashedPassword(user, user.PasswordHash, Pepper(password));

    /// <summary>Spends the time a real check takes, so an unknown email answers as slowly as a wrong password.</summary>
    public void VerifyAgainstNobody(string password) => _hasher.VerifyHashedPassword(new User(), _hashOfNobody, Pepper(password));

    private string Pepper(string password) => Convert.ToBase64String(HMACSHA256.HashData(_pepper, Encoding.UTF8.GetBytes(password)));
}
