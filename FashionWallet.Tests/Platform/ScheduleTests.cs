using FashionWallet.Workers.Jobs;

namespace FashionWallet.Tests.Platform;

public sealed class ScheduleTests
{
    [Fact]
    public void An_interval_schedule_runs_at_the_next_whole_interval()
    {
        var every10Minutes = Schedules.Every(TimeSpan.FromMinutes(10));

        Assert.Equal(At("12:10:00"), every10Minutes(At("12:03:27")));
        Assert.Equal(At("12:20:00"), every10Minutes(At("12:10:00")));
    }

    [Fact]
    public void A_daily_schedule_runs_today_if_the_hour_is_still_ahead_else_tomorrow()
    {
        var at3 = Schedules.DailyAt(3);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero), at3(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero), at3(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)));
    }

    private static DateTimeOffset At(string time) => DateTimeOffset.Parse($"2026-11-22T{time}Z", System.Globalization.CultureInfo.InvariantCulture);
}
