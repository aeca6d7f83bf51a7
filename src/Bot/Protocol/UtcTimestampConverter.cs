using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisBot.Bot.Protocol;

/// <summary>An activity's <c>timestamp</c> is UTC written with a <c>Z</c> (its <c>localTimestamp</c> keeps the sender's offset).</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
}
