// The AppHost drives Debian's PostgreSQL, setsid/setpriv and /proc: it runs on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
