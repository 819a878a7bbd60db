// The tests start the AppHost, Debian's PostgreSQL and Chromium: they run on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
