namespace WsisBot.Tests.DirectLine;

/// <summary>An Adaptive Card 1.5 with an input and a submit, as the bot's submission forms will send.</summary>
internal static class SampleCard
{
    public const string Json = """
        {
          "type": "AdaptiveCard",
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Demande de temps de parole", "weight": "Bolder", "wrap": true },
            { "type": "Input.Text", "id": "organisation", "label": "Organisation", "isRequired": true, "errorMessage": "Requis / Required", "maxLength": 200 }
          ],
          "actions": [
            { "type": "Action.Submit", "title": "Envoyer / Send", "data": { "form": "speakingSlot", "step": "submit" } }
          ]
        }
        """;
}
