using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FashionWallet.ServiceDefaults.Resilience;

/// <summary>
/// The standard resilience pipeline for outgoing HTTP, after Microsoft.Extensions.Http.Resilience (not available
/// here), built on Polly.Core: a 30 s total timeout, three retries with exponential back-off and jitter on
/// transient failures (honouring Retry-After), a circuit breaker, and a 10 s timeout per attempt.
/// Only idempotent requests are retried: repeating a POST could do its work twice.
/// </summary>
public static class StandardResilience
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("FashionWallet.Request");

    /// <summary>Puts the pipeline outermost in every HttpClient from the factory, one pipeline per client name.</summary>
    public static IServiceCollection AddStandardResilience(this IServiceCollection services)
    {
        services.TryAddSingleton<ResiliencePipelines>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ResilienceHandlerFilter>());
        return services;
    }

    public static ResiliencePipeline<HttpResponseMessage> Build() => new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddTimeout(TimeSpan.FromSeconds(30))
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = args => ValueTask.FromResult(IsIdempotent(args.Context) && IsTransient(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome)),
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(5),
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        })
        .AddTimeout(TimeSpan.FromSeconds(10))
        .Build();

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static bool IsIdempotent(ResilienceContext context) =>
        context.Properties.TryGetValue(RequestKey, out var request)
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
            || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete);

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome)
    {
        var retryAfter = outcome.Result?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date - DateTimeOffset.UtcNow);
        return delay is { } d && d > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(d.Ticks, TimeSpan.FromSeconds(10).Ticks)) : null;
    }

    /// <summary>One pipeline per named client, so a failing dependency opens only its own circuit.</summary>
    internal sealed class ResiliencePipelines
    {
        private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _byClient = new();

        public ResiliencePipeline<HttpResponseMessage> For(string clientName) => _byClient.GetOrAdd(clientName, _ => Build());
    }

    private sealed class ResilienceHandlerFilter(ResiliencePipelines pipelines) : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            builder.AdditionalHandlers.Insert(0, new ResilienceHandler(pipelines.For(builder.Name ?? "")));
        };
    }

    private sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(RequestKey, request);
            try
            {
                return await pipeline.ExecuteAsync(
                    static (ctx, state) => new ValueTask<HttpResponseMessage>(state.handler.SendCoreAsync(state.request, ctx.CancellationToken)),
                    context, (handler: this, request));
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken);
    }
}
