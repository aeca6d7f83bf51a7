using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WsisBot.Knowledge.Facts;
using WsisBot.Knowledge.Ingestion;
using Xunit.Abstractions;

namespace WsisBot.Knowledge.Tests.Letters;

/// <summary>
/// A new letter for the 2027 Forum, its offer table a real table, in each format the secretariat's tools write: the
/// same answers as its text; dropped into the watched folder, it is answered, prices included; present in several
/// formats, it counts once.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class NewLetterTests(ChromiumPrinter chromium, ITestOutputHelper output)
{
    private const string Now = "2027-02-10T09:00:00Z";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static void AssertSameAnswersAsText(string fileName, byte[] content)
    {
        using var text = new TestLetters.Folder(withShippedLetters: false);
        text.Write(TestLetters.Offer2027Name + ".txt", TestLetters.Offer2027);
        using var other = new TestLetters.Folder(withShippedLetters: false);
        other.Write(fileName, content);

        FactLines.AssertSame(FactLines.Of(FactLines.Load(text.Path)), FactLines.Of(FactLines.Load(other.Path)));
        SameAnswers.Assert(text.Path, other.Path, Now);
    }

    [Fact]
    public async Task Printed_by_chromium_it_gives_the_answers_of_its_text()
    {
        var pdf = await chromium.PrintLetterAsync(TestLetters.Offer2027, new PrintStyle(Typeset: true));
        await File.WriteAllBytesAsync(Path.Combine(PdfLetterTests.Artifacts, TestLetters.Offer2027Name + "_typeset.pdf"), pdf);

        AssertSameAnswersAsText(TestLetters.Offer2027Name + ".pdf", pdf);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Written_by_pdfpig_it_gives_the_answers_of_its_text(bool ruled)
    {
        var pdf = PdfPigLetter.From(TestLetters.Offer2027, ruled);
        File.WriteAllBytes(Path.Combine(PdfLetterTests.Artifacts, $"{TestLetters.Offer2027Name}_pdfpig_{(ruled ? "ruled" : "unruled")}.pdf"), pdf);

        AssertSameAnswersAsText(TestLetters.Offer2027Name + ".pdf", pdf);
    }

    [Fact]
    public void Written_in_word_it_gives_the_answers_of_its_text() =>
        AssertSameAnswersAsText(TestLetters.Offer2027Name + ".docx", WordLetter.From(TestLetters.Offer2027));

    [Fact]
    public async Task In_three_formats_it_is_one_letter_read_from_the_word_file()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: true);
        folder.Write(TestLetters.Offer2027Name + ".txt", TestLetters.Offer2027);
        folder.Write(TestLetters.Offer2027Name + ".pdf", await chromium.PrintLetterAsync(TestLetters.Offer2027));
        folder.Write(TestLetters.Offer2027Name + ".docx", WordLetter.From(TestLetters.Offer2027));
        var log = new ListLogger<CorpusLoader>();

        var snapshot = new CorpusLoader(log).Load(folder.Path);

        using var alone = new TestLetters.Folder(withShippedLetters: false);
        alone.Write(TestLetters.Offer2027Name + ".txt", TestLetters.Offer2027);
        var once = FactLines.Load(alone.Path);
        Assert.Equal(6, snapshot.Letters.Count);
        Assert.Equal(6, snapshot.TiersOf(2027).Count);
        Assert.Single(snapshot.Deadlines, d => d.Date == new DateOnly(2027, 4, 30));
        Assert.Equal(once.Deadlines.Count, snapshot.Deadlines.Count(d => d.EditionYear == 2027));
        Assert.Equal(once.Events.Count, snapshot.Events.Count(d => d.EditionYear == 2027));
        var report = Assert.Single(snapshot.Reports, r => r.Letter?.EditionYear == 2027);
        Assert.Equal(TestLetters.Offer2027Name + ".docx", report.FileName);
        Assert.Equal(LetterChoice.MoreFaithfulFormat, report.Choice);
        Assert.Equal([TestLetters.Offer2027Name + ".pdf", TestLetters.Offer2027Name + ".txt"], report.OtherFiles);
        Assert.Contains(log.Messages, m => m.Contains($"{TestLetters.Offer2027Name}.docx is used", StringComparison.Ordinal)
            && m.Contains("not used: " + TestLetters.Offer2027Name + ".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_that_lost_its_table_gives_way_to_the_one_that_kept_it()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: false);
        var withoutTable = string.Join('\n', TestLetters.Offer2027.Split('\n').TakeWhile(l => !l.StartsWith("OFFRES", StringComparison.Ordinal)));
        folder.Write(TestLetters.Offer2027Name + ".pdf", await chromium.PrintLetterAsync(withoutTable));
        folder.Write(TestLetters.Offer2027Name + ".txt", TestLetters.Offer2027);

        var snapshot = FactLines.Load(folder.Path);

        var report = Assert.Single(snapshot.Reports);
        Assert.Equal(TestLetters.Offer2027Name + ".txt", report.FileName);
        Assert.Equal(LetterChoice.MoreFacts, report.Choice);
        Assert.Equal(6, snapshot.Tiers.Count);
    }

    [Fact]
    public async Task Dropped_into_the_watched_folder_as_a_pdf_it_is_answered_with_its_prices()
    {
        using var folder = new TestLetters.Folder(withShippedLetters: true);
        var pdf = await chromium.PrintLetterAsync(TestLetters.Offer2027);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:CorpusPath"] = folder.Path });
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        builder.Services.AddKnowledge(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var answers = host.Services.GetRequiredService<IAnswerService>();
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        while (!knowledge.IsReady)
        {
            await Task.Delay(50);
        }

        const string Question = "Combien coûte le partenariat Diamant ?";
        Assert.DoesNotContain("275 000 CHF", answers.Ask(Question, Language.French).Text, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        folder.Write(TestLetters.Offer2027Name + ".pdf", pdf);
        var answer = answers.Ask(Question, Language.French);
        while (!answer.Text.Contains("275 000 CHF", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
            answer = answers.Ask(Question, Language.French);
        }

        clock.Stop();
        output.WriteLine($"The dropped PDF letter was answered, prices included, {clock.ElapsedMilliseconds} ms after it was written.");
        Assert.Contains("**275 000 CHF**", answer.Text, StringComparison.Ordinal);
        Assert.Contains("CHF 35,000", answers.Ask("How much is the Innovation partnership?", Language.English).Text, StringComparison.Ordinal);
        await host.StopAsync();
    }
}

/// <summary>A logger that keeps its messages, for tests that read what was logged.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_messages)
        {
            _messages.Add(formatter(state, exception));
        }
    }
}
