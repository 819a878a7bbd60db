using System.Net;
using FashionWallet.Database;
using FashionWallet.ServiceDefaults.Configuration;
using FashionWallet.ServiceDefaults.Problems;
using FashionWallet.ServiceDefaults.Resilience;
using FashionWallet.ServiceDefaults.ServiceDiscovery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Polly;

namespace FashionWallet.Tests.Platform;

/// <summary>Unit tests of the shared service plumbing: discovery, transient-failure rules, field names, strict options.</summary>
public sealed class ServiceDefaultsTests
{
    private static ServiceEndpointResolver Resolver(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    [Theory]
    [InlineData("http://api/api/jobs/1?x=2", "http://127.0.0.1:5101/api/jobs/1?x=2")]
    [InlineData("http://web/status", "http://web/status")]
    [InlineData("http://api.example.com/x", "http://api.example.com/x")]
    [InlineData("http://api:8080/x", "http://api:8080/x")]
    [InlineData("http://127.0.0.1:9/x", "http://127.0.0.1:9/x")]
    public void Service_names_resolve_through_configuration_and_anything_else_is_left_alone(string request, string expected)
    {
        var resolver = Resolver(("services:api:http:0", "http://127.0.0.1:5101"));

        Assert.Equal(expected, resolver.Rewrite(new Uri(request)).ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    public void Only_timeouts_throttling_and_server_errors_are_transient(HttpStatusCode status, bool transient)
    {
        Assert.Equal(transient, StandardResilience.IsTransient(Outcome.FromResult(new HttpResponseMessage(status))));
    }

    [Fact]
    public void Connection_failures_are_transient_and_cancellations_are_not()
    {
        Assert.True(StandardResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused"))));
        Assert.False(StandardResilience.IsTransient(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException())));
    }

    [Theory]
    [InlineData("Steps", "steps")]
    [InlineData("Address.PostCode", "address.postCode")]
    [InlineData("Items[2].UnitPrice", "items[2].unitPrice")]
    public void Validation_errors_name_fields_as_the_client_wrote_them(string clrPath, string jsonPath)
    {
        Assert.Equal(jsonPath, ProblemFieldNames.ToJsonPath(clrPath));
    }

    [Fact]
    public void An_unknown_key_in_an_options_section_is_refused_with_the_known_keys()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:LeaseSecond"] = "3" }).Build().GetSection("Jobs");

        var error = Assert.Throws<OptionsValidationException>(() => StrictOptions.ThrowOnUnknownKeys(section, typeof(Workers.Jobs.JobOptions)));

        Assert.Contains("'Jobs:LeaseSecond'", error.Message);
        Assert.Contains("LeaseSeconds", error.Message);
    }

    [Theory]
    [InlineData("Id", "id")]
    [InlineData("MaxAttempts", "max_attempts")]
    [InlineData("ProgressPercent", "progress_percent")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("OwnerId", "owner_id")]
    public void Entity_names_map_to_the_schemas_snake_case(string name, string column)
    {
        Assert.Equal(column, FashionWalletDbContext.ToSnakeCase(name));
    }
}
