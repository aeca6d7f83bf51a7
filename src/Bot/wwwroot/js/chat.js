// The web chat page: fetches a token from the bot, renders Web Chat against Direct Line, and switches
// between French and English (the page's text, Web Chat's own strings and the locale of every activity).
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
      unavailable: 'The chat is unavailable for a moment. Please try again shortly.'
    }
  };

  var params = new URLSearchParams(window.location.search);
  var useWebSocket = params.get('ws') !== '0';
  var locale = initialLocale();
  var directLine = null;
  var store = null;
  var container = document.getElementById('webchat');
  var status = document.getElementById('status');

  function initialLocale() {
    var asked = (params.get('lang') || navigator.language || 'fr').toLowerCase();
    return asked.indexOf('en') === 0 ? 'en-US' : 'fr-FR';
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
    applyTexts();
    status.textContent = '';
    announce(texts[locale].switched);
    if (directLine) {
      render();
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

  async function start() {
    applyTexts();
    document.querySelectorAll('.language button').forEach(function (button) {
      button.addEventListener('click', function () { switchTo(button.getAttribute('data-locale')); });
    });

    try {
      var response = await fetch('api/directline/token', { method: 'POST', headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }

      var grant = await response.json();
      directLine = window.WebChat.createDirectLine({
        domain: grant.domain || new URL('v3/directline', document.baseURI).href,
        token: grant.token,
        webSocket: useWebSocket,
        conversationStartProperties: { locale: locale }
      });
      store = window.WebChat.createStore();
      render();
    } catch (error) {
      status.textContent = texts[locale].unavailable;
      window.console.error(error);
    }
  }

  start();
})();
