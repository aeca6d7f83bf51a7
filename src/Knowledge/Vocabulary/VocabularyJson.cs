using System.Text.Json;
using System.Text.Json.Serialization;

namespace WsisBot.Knowledge.Vocabulary;

/// <summary>How the vocabulary's data files are read: web casing, comments and trailing commas allowed, enums by name.</summary>
internal static class VocabularyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
