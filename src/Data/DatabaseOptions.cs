using System.ComponentModel.DataAnnotations;

namespace WsisBot.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>What a write to SQLite that does not go through <see cref="IDatabaseWriter"/> meets.</summary>
public enum WritesOutsideTheWriter
{
    /// <summary>An <see cref="InvalidOperationException"/> before anything is written.</summary>
    Throw,

    /// <summary>An error in the log, once per call site; the write goes on.</summary>
    LogError,
}

/// <summary><c>Database:Provider</c>; the connection string is <c>ConnectionStrings:WsisBot</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Unset: <see cref="WritesOutsideTheWriter.LogError"/> in Production, <see cref="WritesOutsideTheWriter.Throw"/> elsewhere.</summary>
    [EnumDataType(typeof(WritesOutsideTheWriter))]
    public WritesOutsideTheWriter? WritesOutsideTheWriter { get; set; }
}
