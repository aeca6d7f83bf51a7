using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WsisBot.Data.Sqlite;

internal sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
