using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisBot.Bot.Turns;

/// <summary>How conversation state is written to the database: camelCase, enums by name (readable, and stable across reorderings).</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
