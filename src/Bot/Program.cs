using WsisBot.Bot;
using WsisBot.Bot.Escalation;

if (InboxPasswords.TryRunCommand(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddWsisBot();

var app = builder.Build();
app.MapWsisBot();
app.Run();

/// <summary>The entry point; public so integration tests can host the app.</summary>
public partial class Program;
