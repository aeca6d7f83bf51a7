using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WsisBot.Bot.Cards;
using WsisBot.Bot.Escalation;
using WsisBot.Bot.Submissions;
using WsisBot.Data.Escalation;
using WsisBot.Knowledge;
using WsisBot.Testing;

namespace WsisBot.Browser.Tests;

/// <summary>
/// Every card the bot can send, parsed and rendered by the real adaptivecards renderer (the one Web Chat uses) in
/// Chromium. Web Chat refuses a card whose parse logs anything, so any parse event fails the test.
/// </summary>
public class CardRendererTests(ChromiumFixture fixture) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Every_card_parses_without_a_warning_and_renders()
    {
        var cards = Catalog().ToList();
        var page = await fixture.Browser.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html><body><div id='host'></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions
        {
            Path = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js"),
        });

        var problems = new List<string>();
        foreach (var (name, json) in cards)
        {
            var result = await page.EvaluateAsync<string>(
                """
                json => {
                  const card = new AdaptiveCards.AdaptiveCard();
                  const context = new AdaptiveCards.SerializationContext();
                  context.targetVersion = AdaptiveCards.Versions.v1_5;
                  card.parse(JSON.parse(json), context);
                  const events = [];
                  for (let i = 0; i < context.eventCount; i++) { const e = context.getEventAt(i); events.push(e.message); }
                  const rendered = card.render();
                  if (!rendered) events.push('render returned nothing');
                  const validation = card.validateProperties();
                  for (let i = 0; i < validation.eventCount; i++) { events.push('validation: ' + validation.getEventAt(i).message); }
                  return events.join(' | ');
                }
                """,
                json);
            if (result.Length > 0)
            {
                problems.Add($"{name}: {result}");
            }
        }

        Assert.True(cards.Count >= 30, $"only {cards.Count} cards in the catalog");
        Assert.Empty(problems);
    }

    /// <summary>Each form in both languages: empty, with an error under every field, its summary and its confirmation.</summary>
    private IEnumerable<(string Name, string Json)> Catalog()
    {
        var facts = fixture.Bot.Services.GetRequiredService<FormFactsSource>().Current();
        foreach (var form in SubmissionForms.All)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var values = form.Fields.ToDictionary(f => f.Id, f => (f.Choices?.Invoke(facts) is [var first, ..] ? first : null)?.Value ?? (f.Kind == FieldKind.Country ? "CH" : f.Kind == FieldKind.Amount ? "25000" : "<b>x</b> [y](javascript:z)"));
                var empty = new FormState { Form = form.Code, Nonce = "n1" };
                var withErrors = empty with { Values = values, Errors = form.Fields.ToDictionary(f => f.Id, _ => language.Pick("Erreur « test ».", "Error “test”.")) };
                yield return ($"{form.Code}-{language}-form", Json(FormCards.Form(form, empty, facts, language)));
                yield return ($"{form.Code}-{language}-errors", Json(FormCards.Form(form, withErrors, facts, language)));
                yield return ($"{form.Code}-{language}-summary", Json(FormCards.Summary(form, empty with { Values = values, Step = FormStep.Reviewing }, facts, language)));
                yield return ($"{form.Code}-{language}-saved", Json(FormCards.Confirmation(form, "WSIS-2026-TST-000001", language)));
            }
        }

        var ticket = new Ticket
        {
            Id = 42, ChannelId = "msteams", ConversationId = "a:1", UserId = "29:1", UserName = "<b>Megan</b>", Language = "fr-FR",
            Question = "Où est [le badge](javascript:alert(1)) ?", ConversationReferenceJson = "{}",
        };
        yield return ("ticket-teams-card", Json(TicketTeamsCard.Card(ticket, "https://wsisbot.example.org/inbox/tickets/42")));
    }

    private static string Json(AdaptiveCard card) => JsonSerializer.Serialize(card, CardJson.Options);
}
