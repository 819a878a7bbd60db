using System.Net.Http.Json;
using System.Text.Json;

namespace FashionWallet.Benchmarks;

/// <summary>People for the benchmarks that run the whole app: signed up, verified through the dev mailbox, signed in.</summary>
internal static class BenchmarkAccounts
{
    private const string Password = "Cutting-Table#42";

    /// <summary>Registers, confirms through the link in the dev mailbox, signs in; returns the access token.</summary>
    public static async Task<string> SignUpAsync(HttpClient http, string email)
    {
        (await http.PostAsJsonAsync("/api/accounts/register", new { email, password = Password, displayName = "Bench", acceptTerms = true })).EnsureSuccessStatusCode();
        var messages = await http.GetFromJsonAsync<JsonElement[]>($"/api/dev/mailbox?to={Uri.EscapeDataString(email)}");
        var text = messages!.First(m => m.GetProperty("purpose").GetString() == "verify_email").GetProperty("text").GetString()!;
        var verification = System.Text.RegularExpressions.Regex.Match(text, @"token=([A-Za-z0-9_-]{43})").Groups[1].Value;
        (await http.PostAsJsonAsync("/api/accounts/verify-email", new { token = verification })).EnsureSuccessStatusCode();
        var signIn = await http.PostAsJsonAsync("/api/accounts/sign-in", new { email, password = Password });
        signIn.EnsureSuccessStatusCode();
        return (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
