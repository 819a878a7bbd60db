// The benchmarks start Debian's PostgreSQL and the AppHost: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
