using System.Security.Cryptography;

namespace FashionWallet.AppHost.Hosting;

/// <summary>
/// Secrets the services need in development (token signing key, password pepper), generated once into the data
/// directory (mode 0600) and never into the repository. Outside development the services must be configured with
/// their own, and refuse to start without them.
/// </summary>
public sealed class DevelopmentSecrets(string dataDirectory)
{
    public string GetOrCreate(string name, int bytes = 48)
    {
        var directory = Path.Combine(dataDirectory, "secrets");
        var path = Path.Combine(directory, name);
        if (File.Exists(path))
            return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));
        File.WriteAllText(path, secret);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return secret;
    }
}
