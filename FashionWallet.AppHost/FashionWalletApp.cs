using FashionWallet.AppHost.Hosting;
using FashionWallet.AppHost.Postgres;

namespace FashionWallet.AppHost;

/// <summary>The Fashion Wallet app: PostgreSQL and its database, then the API, the workers and the web front end.</summary>
public sealed record FashionWalletApp(
    PostgresServerResource Postgres, PostgresDatabaseResource Database, ProjectResource Api, ProjectResource Workers, ProjectResource Web)
{
    public const string DatabaseName = "fashionwallet";

    public static FashionWalletApp Define(DistributedApplicationBuilder builder)
    {
        var options = builder.Options;
        var postgres = builder.AddPostgres("postgres");
        var database = builder.AddDatabase(postgres, DatabaseName);

        var api = builder.AddProject("api", Projects.FashionWallet_Api.Metadata)
            .WithHttpEndpoint(options.ApiPort, nameof(AppHostOptions.ApiPort))
            .WithReference(database)
            .WithRequiredPackages("libturbojpeg0")
            .WithEnvironment("Storage__Root", () => Path.Combine(builder.DataDirectory, "blobs"));
        api.WaitFor(database);

        // The API applies the migrations; workers start once it is healthy, so they find the schema in place.
        var workers = builder.AddProject("workers", Projects.FashionWallet_Workers.Metadata)
            .WithHttpEndpoint(options.WorkersPort, nameof(AppHostOptions.WorkersPort))
            .WithReference(database)
            .WithRequiredPackages("libturbojpeg0", "chromium", "fonts-liberation")
            .WithEnvironment("Storage__Root", () => Path.Combine(builder.DataDirectory, "blobs"));
        workers.WaitFor(api);

        var web = builder.AddProject("web", Projects.FashionWallet_Web.Metadata)
            .WithHttpEndpoint(options.WebPort, nameof(AppHostOptions.WebPort))
            .WithReference(api)
            .WithEnvironment("DataProtection__KeysDirectory", () => Path.Combine(builder.DataDirectory, "web-keys"));
        web.WaitFor(api);

        // Emails link to the web app's pages; its port is reserved before anything starts, so no waiting is needed.
        api.WithReference(web);
        workers.WithReference(web);
        if (options.Environment == "Development")
        {
            var secrets = new DevelopmentSecrets(builder.DataDirectory);
            api.WithEnvironment("Accounts__Jwt__SigningKey", () => secrets.GetOrCreate("accounts-signing-key"))
                .WithEnvironment("Accounts__PasswordPepper", () => secrets.GetOrCreate("accounts-password-pepper"));
        }

        return new FashionWalletApp(postgres, database, api, workers, web);
    }
}
