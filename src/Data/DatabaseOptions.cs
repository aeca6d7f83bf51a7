using System.ComponentModel.DataAnnotations;

namespace WsisBot.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary><c>Database:Provider</c>; the connection string is <c>ConnectionStrings:WsisBot</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
