using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using WsisBot.Bot.Hosting;
using WsisBot.Testing;

namespace WsisBot.Tests.Observability;

/// <summary>One bot's own instruments ("WsisBot" meter of its IMeterFactory), summed as they are recorded.</summary>
public sealed class BotMeasurements : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _measured = new();
    private readonly MeterListener _listener;

    public BotMeasurements(BotServer bot)
    {
        var scope = bot.Services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BotTelemetry.Name && instrument.Meter.Scope == scope)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _measured.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        _listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => _measured.AddOrUpdate(instrument.Name, 1, (_, count) => count + 1));
        _listener.Start();
    }

    /// <summary>A counter's sum, or how many values a histogram recorded.</summary>
    public long this[string instrument] => _measured.GetValueOrDefault(instrument);

    public void Dispose() => _listener.Dispose();
}
