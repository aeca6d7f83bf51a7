// The web chat page: fetches a token from the bot, renders Web Chat against Direct Line, and switches
// between French and English (the page's text, Web Chat's own strings and the locale of every activity).
// Nothing typed is lost: a message sent before the conversation is ready waits for it, the draft in the send box
// and the conversation itself survive a reload (session storage, so per tab).
(function () {
  'use strict';

  var texts = {
    'fr-FR': {
      lang: 'fr',
      documentTitle: 'WsisBot — Forum du SMSI',
      skip: 'Aller à la conversation',
      title: 'Assistant du Forum du SMSI',
      subtitle: 'Secrétariat du Forum du SMSI · UIT, Genève',
      intro: 'Posez vos questions sur les dates limites, les partenariats, les dates et le lieu du Forum.',
      footer: 'Les réponses proviennent des lettres officielles du secrétariat, qui sont citées. Écrivez « aide » pour voir ce que le bot sait faire.',
      region: 'Conversation avec WsisBot',
      switched: 'Langue : français.',
      connecting: 'Connexion en cours… votre message partira dès que le chat sera prêt.',
      restarted: 'La conversation précédente n\u2019est plus disponible : une nouvelle commence.',
      unavailable: 'Le chat est momentanément indisponible. Veuillez réessayer dans un instant.'
    },
    'en-US': {
      lang: 'en',
      documentTitle: 'WsisBot — WSIS Forum',
      skip: 'Skip to the conversation',
      title: 'WSIS Forum assistant',
      subtitle: 'WSIS Forum secretariat · ITU, Geneva',
      intro: 'Ask about deadlines, partnerships, and the dates and venue of the Forum.',
      footer: 'Answers come from the secretariat\u2019s official letters, which are cited. Write \u201chelp\u201d to see what the bot can do.',
      region: 'Conversation with WsisBot',
      switched: 'Language: English.',
      connecting: 'Connecting\u2026 your message will be sent as soon as the chat is ready.',
      restarted: 'The previous conversation is no longer available: a new one starts.',
      unavailable: 'The chat is unavailable for a moment. Please try again shortly.'
    }
  };

  // What a reload keeps, per tab.
  var keys = { conversation: 'wsisbot.conversation', draft: 'wsisbot.draft', locale: 'wsisbot.locale' };

  // What a visitor sends: held while Direct Line is not connected (Web Chat drops these until it is).
  var sends = ['WEB_CHAT/SUBMIT_SEND_BOX', 'WEB_CHAT/SEND_MESSAGE', 'WEB_CHAT/SEND_MESSAGE_BACK', 'WEB_CHAT/SEND_POST_BACK',
    'WEB_CHAT/SEND_EVENT', 'DIRECT_LINE/POST_ACTIVITY'];

  var params = new URLSearchParams(window.location.search);
  var useWebSocket = params.get('ws') !== '0';
  var locale = initialLocale();
  var directLine = null;
  var store = null;
  var container = document.getElementById('webchat');
  var status = document.getElementById('status');

  function initialLocale() {
    var asked = (params.get('lang') || read(keys.locale) || navigator.language || 'fr').toLowerCase();
    return asked.indexOf('en') === 0 ? 'en-US' : 'fr-FR';
  }

  // Session storage can be refused (privacy settings): the page then works as if nothing was kept.
  function read(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function write(key, value) {
    try {
      if (value) {
        window.sessionStorage.setItem(key, value);
      } else {
        window.sessionStorage.removeItem(key);
      }
    } catch (error) {
      // Nothing kept: a reload starts afresh.
    }
  }

  function show(message, isNotice) {
    status.textContent = message;
    status.classList.toggle('notice', Boolean(isNotice));
  }

  // What is sent before Direct Line is connected waits for it: Web Chat itself would drop it (its send box refuses to
  // submit while offline; its sagas ignore sends until connected).
  var online = false;
  var waiting = [];
  var submitWhenOnline = false;

  function hold(action) {
    waiting.push(action);
    show(texts[locale].connecting, true);
  }

  function whenOnline(dispatch) {
    online = true;
    if (!waiting.length) {
      return;
    }

    show('', false);
    waiting.splice(0).forEach(dispatch);
  }

  // Enter in the send box, or its send button, while offline: the text stays in the box and is sent once connected.
  function holdSubmitWhileOffline(event) {
    var isEnter = event.type === 'keydown' && event.key === 'Enter' && !event.shiftKey && !event.isComposing
      && event.target.closest && event.target.closest('[data-id="webchat-sendbox-input"]');
    var isSendButton = event.type === 'click' && event.target.closest && event.target.closest('.webchat__send-button');
    if (online || !(isEnter || isSendButton) || !store || !store.getState().sendBoxValue) {
      return;
    }

    event.preventDefault();
    event.stopPropagation();
    if (!submitWhenOnline) {
      submitWhenOnline = true;
      hold({ type: 'WEB_CHAT/SUBMIT_SEND_BOX', payload: { method: isEnter ? 'keyboard' : 'button' } });
    }
  }

  // Web Chat's store, with a middleware that holds what is sent until Direct Line is connected and keeps the draft.
  function createStore() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (!online && sends.indexOf(action.type) >= 0) {
            hold(action);
            return undefined;
          }

          var result = next(action);
          switch (action.type) {
            case 'DIRECT_LINE/CONNECT_FULFILLED':
            case 'DIRECT_LINE/RECONNECT_FULFILLED':
              submitWhenOnline = false;
              whenOnline(api.dispatch);
              break;
            case 'DIRECT_LINE/RECONNECT_PENDING':
            case 'DIRECT_LINE/DISCONNECT_PENDING':
              online = false;
              break;
            case 'WEB_CHAT/SET_SEND_BOX':
              write(keys.draft, action.payload && action.payload.text);
              break;
          }

          return result;
        };
      };
    });
  }

  function applyTexts() {
    var t = texts[locale];
    document.documentElement.lang = t.lang;
    document.title = t.documentTitle;
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = t[element.getAttribute('data-text')];
    });
    container.setAttribute('aria-label', t.region);
    document.querySelectorAll('.language button').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-locale') === locale));
    });
  }

  // An answer from the letters carries its feedback thumbs in its status line, which Web Chat hides when another bot
  // message follows (the form shown again after a question, the offer after a thumbs-down): answers keep theirs.
  function keepFeedbackVisible() {
    return function (next) {
      return function (options) {
        var takesFeedback = (options.activity.entities || []).some(function (entity) {
          return entity.type === 'https://schema.org/Message' && Array.isArray(entity.potentialAction);
        });
        return next(takesFeedback ? Object.assign({}, options, { hideTimestamp: false }) : options);
      };
    };
  }

  // Web Chat 4.18 reads each card out through a screen reader copy (its live region) whose text and number fields take
  // their name from `title` or `placeholder`; Adaptive Card 1.5 inputs have a `label` instead, so the copy announced
  // nameless fields. The copy, and only the copy, gets each label as its placeholder.
  function cardInputsNamedForScreenReaders() {
    return function (next) {
      return function (args) {
        var attachment = args && args.attachment;
        if (!attachment || attachment.contentType !== 'application/vnd.microsoft.card.adaptive' || !attachment.content) {
          return next.apply(null, arguments);
        }

        var content = JSON.parse(JSON.stringify(attachment.content));
        (function name(elements) {
          (elements || []).forEach(function (element) {
            if (element && /^Input\./.test(element.type) && element.label && !element.placeholder) {
              element.placeholder = element.label;
            }

            name(element && element.items);
            (element && element.columns || []).forEach(function (column) { name(column.items); });
          });
        })(content.body);
        return next(Object.assign({}, args, { attachment: Object.assign({}, attachment, { content: content }) }));
      };
    };
  }

  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: locale,
      activityStatusMiddleware: keepFeedbackVisible,
      attachmentForScreenReaderMiddleware: [cardInputsNamedForScreenReaders],
      styleOptions: {
        hideUploadButton: true,
        adaptiveCardsParserMaxVersion: '1.5',
        sendTimeout: 20000,
        accent: '#0072bc',
        botAvatarInitials: 'WS',
        userAvatarInitials: '',
        bubbleBorderRadius: 8,
        bubbleFromUserBackground: '#e3f0fa',
        bubbleFromUserBorderRadius: 8,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        primaryFont: '"Segoe UI", "Helvetica Neue", Arial, sans-serif',
        rootHeight: '100%'
      }
    }, container);
  }

  function switchTo(next) {
    if (next === locale) {
      return;
    }

    locale = next;
    write(keys.locale, locale);
    applyTexts();
    show('', false);
    announce(texts[locale].switched);
    if (directLine) {
      render();
      // The bot answers in the language chosen, and offers its suggestions again in it.
      store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'wsisbot/language', value: locale } });
    }
  }

  // A polite, visually hidden announcement for screen readers.
  function announce(message) {
    var live = document.getElementById('announce');
    if (!live) {
      live = document.createElement('p');
      live.id = 'announce';
      live.setAttribute('aria-live', 'polite');
      live.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);';
      document.body.appendChild(live);
    }

    live.textContent = message;
  }

  function requestToken(body) {
    return fetch('api/directline/token', {
      method: 'POST',
      headers: body ? { Accept: 'application/json', 'Content-Type': 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined
    });
  }

  // The tab's conversation again when it has one the bot still keeps; else a new one (with a note when one was lost).
  async function obtainGrant() {
    var kept = null;
    try {
      kept = JSON.parse(read(keys.conversation) || 'null');
    } catch (error) {
      kept = null;
    }

    if (kept && kept.conversationId && kept.resume) {
      var resumed = await requestToken({ conversationId: kept.conversationId, resume: kept.resume });
      if (resumed.ok) {
        return { grant: await resumed.json(), resumed: true };
      }

      if (resumed.status !== 403 && resumed.status !== 404) {
        throw new Error('token ' + resumed.status);
      }

      write(keys.conversation, null);
      show(texts[locale].restarted, true);
    }

    var response = await requestToken(null);
    if (!response.ok) {
      throw new Error('token ' + response.status);
    }

    return { grant: await response.json(), resumed: false };
  }

  async function start() {
    applyTexts();
    document.querySelectorAll('.language button').forEach(function (button) {
      button.addEventListener('click', function () { switchTo(button.getAttribute('data-locale')); });
    });
    container.addEventListener('keydown', holdSubmitWhileOffline, true);
    container.addEventListener('click', holdSubmitWhileOffline, true);

    try {
      var obtained = await obtainGrant();
      var grant = obtained.grant;
      write(keys.conversation, JSON.stringify({ conversationId: grant.conversationId, resume: grant.resume }));
      directLine = window.WebChat.createDirectLine({
        domain: grant.domain || new URL('v3/directline', document.baseURI).href,
        token: grant.token,
        // With the conversation's id, DirectLineJS reconnects to it and receives its whole history again.
        conversationId: obtained.resumed ? grant.conversationId : undefined,
        webSocket: useWebSocket,
        conversationStartProperties: { locale: locale }
      });
      store = createStore();
      var draft = read(keys.draft);
      if (draft) {
        store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: draft } });
      }

      render();
    } catch (error) {
      show(texts[locale].unavailable, false);
      window.console.error(error);
    }
  }

  start();
})();
