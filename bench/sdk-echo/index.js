// The Bot Framework JS SDK's echo bot, as in its samples, for bench/sdk-compare.sh: CloudAdapter with no app id (auth
// off), a turn counter in ConversationState on MemoryStorage, express on loopback, port from PORT.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => { console.error(error); await context.sendActivity('Sorry, something went wrong.'); };

const conversationState = new ConversationState(new MemoryStorage());
const turns = conversationState.createProperty('turns');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await turns.set(context, (await turns.get(context, 0)) + 1);
            await context.sendActivity(`Echo: ${context.activity.text}`);
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        await conversationState.saveChanges(context, false);
    }
}

const bot = new EchoBot();
const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const port = Number(process.env.PORT || 3978);
app.listen(port, '127.0.0.1', () => console.log(`SDK echo bot on http://127.0.0.1:${port}/api/messages`));
