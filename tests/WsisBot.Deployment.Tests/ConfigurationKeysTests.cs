namespace WsisBot.Deployment.Tests;

/// <summary>The source scan behind the app-settings test, on small sources of each shape it understands.</summary>
public sealed class ConfigurationKeysTests
{
    [Fact]
    public void Options_class_with_a_section_constant_gives_section_and_property_keys()
    {
        var keys = ConfigurationKeys.FromSources(["""
            public sealed class SmtpOptions
            {
                public const string Section = "Smtp";
                public string Host { get; set; } = "localhost";
                public int Port { get; init; } = 25;
                public bool IsConfigured => Host.Length > 0;
                private string Hidden { get; set; } = "";
            }
            """]);

        Assert.True(keys.Reads("Smtp:Host"));
        Assert.True(keys.Reads("Smtp__Port"));
        Assert.True(keys.Reads("smtp:host"));
        Assert.False(keys.Reads("Smtp:IsConfigured"));
        Assert.False(keys.Reads("Smtp:Hidden"));
        Assert.False(keys.Reads("Smtp:Password"));
    }

    [Fact]
    public void Root_binding_gives_root_keys()
    {
        var keys = ConfigurationKeys.FromSources([
            "public sealed class BotCredentials { public string? MicrosoftAppId { get; set; } }",
            "services.AddOptions<BotCredentials>()\n    .Bind(configuration)\n    .ValidateOnStart();",
        ]);

        Assert.True(keys.Reads("MicrosoftAppId"));
    }

    [Fact]
    public void Literal_bind_configuration_and_get_section_bind_the_class_there()
    {
        var keys = ConfigurationKeys.FromSources([
            "public class InboxOptions { public string? AdminUserName { get; set; } }",
            "public class EscalationOptions { public string? NotifyAddress { get; set; } }",
            """services.AddOptions<InboxOptions>().BindConfiguration("Inbox");""",
            """services.AddOptions<EscalationOptions>().Bind(builder.Configuration.GetSection("Escalation"));""",
        ]);

        Assert.True(keys.Reads("Inbox:AdminUserName"));
        Assert.True(keys.Reads("Escalation:NotifyAddress"));
        Assert.False(keys.Reads("AdminUserName"));
    }

    [Fact]
    public void Connection_strings_indexers_and_get_value_are_keys()
    {
        var keys = ConfigurationKeys.FromSources(["""
            var cs = configuration.GetConnectionString("WsisBot");
            var now = builder.Configuration["Clock:Now"];
            var corpus = configuration.GetValue<string>("Knowledge:CorpusPath");
            """]);

        Assert.True(keys.Reads("ConnectionStrings__WsisBot"));
        Assert.True(keys.Reads("Clock__Now"));
        Assert.True(keys.Reads("Knowledge:CorpusPath"));
        Assert.False(keys.Reads("ConnectionStrings:Other"));
    }

    [Fact]
    public void Lists_take_indexes_and_nested_options_their_own_properties()
    {
        var keys = ConfigurationKeys.FromSources(["""
            public sealed class DirectLineOptions
            {
                public const string Section = "DirectLine";
                public string[] AllowedOrigins { get; set; } = [];
                public List<string> Extra { get; set; } = [];
                public Limits Limits { get; set; } = new();
                public Dictionary<string, string> Headers { get; set; } = new();
            }
            public sealed class Limits { public int PerSecond { get; set; } }
            """]);

        Assert.True(keys.Reads("DirectLine__AllowedOrigins__0"));
        Assert.True(keys.Reads("DirectLine:Extra:12"));
        Assert.False(keys.Reads("DirectLine:AllowedOrigins"));
        Assert.True(keys.Reads("DirectLine:Limits:PerSecond"));
        Assert.True(keys.Reads("DirectLine:Headers:X-Custom"));
    }

    [Fact]
    public void A_section_handed_to_a_library_is_read_whole()
    {
        var keys = ConfigurationKeys.FromSources([
            """builder.Services.AddAuthentication().AddMicrosoftIdentityWebApp(builder.Configuration);""",
            """services.AddSomething(configuration.GetSection("Telemetry"));""",
        ]);

        Assert.True(keys.Reads("AzureAd:ClientId"));
        Assert.True(keys.Reads("AzureAd__TenantId"));
        Assert.True(keys.Reads("Telemetry:Anything"));
        Assert.False(keys.Reads("AzureAd"));
    }

    [Fact]
    public void Comments_and_string_contents_do_not_count()
    {
        var keys = ConfigurationKeys.FromSources(["""
            // configuration["Commented:Out"]
            /// <summary>Reads <c>configuration["Doc:Only"]</c>.</summary>
            public sealed class Texts
            {
                public const string Section = "Texts";
                public string Url { get; set; } = "https://example.org/a record of things";
                public string After { get; set; } = "";
            }
            """]);

        Assert.False(keys.Reads("Commented:Out"));
        Assert.False(keys.Reads("Doc:Only"));
        Assert.True(keys.Reads("Texts:After"));
    }
}
