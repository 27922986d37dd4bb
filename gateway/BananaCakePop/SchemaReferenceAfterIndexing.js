// SchemaReferenceAfterIndexing.js, added by FederatedGraph to the Banana Cake Pop page (not part of the package).
//
// Banana Cake Pop 18.0.0 asks its "graphql-engine" worker for the Schema Reference ("fetch-schema-reference") once per
// tab and schema. Asked while its "graphql-indexer" worker is still indexing a schema that has just been fetched (always
// so on a first visit through "Browse Schema"), the engine answers with nothing; the IDE keeps that answer and shows
// "No Schema" until the page is reloaded. This script holds such an empty answer until the IDE announces on the window
// that it has indexed the schema ("bcp-schema-indexed", the message its own views listen to), then asks the engine
// the same question again and hands the IDE that answer instead. The IDE shows "Loading Schema" meanwhile.
// Nothing else the IDE sends or receives is touched; with another package version whose names differ it does nothing.
(() => {
  "use strict";
  const NativeWorker = window.Worker;
  if (typeof NativeWorker !== "function") return;

  const Question = "fetch-schema-reference";
  const Indexed = "bcp-schema-indexed";
  // Within the IDE's own 60 seconds for an answer: should the announcement never come, the empty answer is handed on.
  const GiveUpAfterMs = 50_000;
  const MaxAsks = 3;

  const announcements = new Map(); // schema endpoint -> how often it was announced as indexed
  const waiting = new Map(); // schema endpoint -> what to do on the next announcement
  const announced = (endpoint) => announcements.get(endpoint) ?? 0;

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.origin !== window.location.origin || data?.kind !== Indexed) return;
    const endpoint = data.schemaEndpoint;
    announcements.set(endpoint, announced(endpoint) + 1);
    const held = waiting.get(endpoint) ?? [];
    waiting.delete(endpoint);
    for (const answer of held) data.schemaIndexed ? answer.askAgain() : answer.handOn();
  });

  function waitForIndex(worker) {
    const postMessage = NativeWorker.prototype.postMessage;
    const onmessage = Object.getOwnPropertyDescriptor(NativeWorker.prototype, "onmessage");
    const questions = new Map(); // message id -> { message, endpoint, announcedBefore, asks }
    let handler = null;

    const ask = (question) => {
      question.asks++;
      question.announcedBefore = announced(question.endpoint);
      questions.set(question.message.id, question);
      postMessage.call(worker, question.message);
    };

    worker.postMessage = function (message, ...rest) {
      if (message?.type === Question && message.id !== undefined)
        questions.set(message.id, { message, endpoint: message.payload?.schemaEndpoint, announcedBefore: announced(message.payload?.schemaEndpoint), asks: 1 });
      return postMessage.call(worker, message, ...rest);
    };

    // The IDE listens with worker.onmessage = ...: answers pass through here first.
    Object.defineProperty(worker, "onmessage", {
      configurable: true,
      get: () => handler,
      set: (value) => {
        handler = typeof value === "function" ? value : null;
        onmessage.set.call(worker, handler && ((event) => { if (!holds(event)) handler.call(worker, event); }));
      },
    });

    function holds(event) {
      const answer = event.data;
      const question = answer?.type === Question ? questions.get(answer.id) : undefined;
      if (!question) return false;
      questions.delete(answer.id);
      // An index (or an error) goes to the IDE as it is; so does the last empty answer.
      if (answer.payload !== undefined && answer.payload !== null) return false;
      if (question.asks >= MaxAsks) return false;
      // Indexed while the engine was answering: ask again at once.
      if (announced(question.endpoint) > question.announcedBefore) {
        ask(question);
        return true;
      }
      let settled = false;
      const handOnTimer = window.setTimeout(() => settle(() => handler?.call(worker, event)), GiveUpAfterMs);
      function settle(then) {
        if (settled) return;
        settled = true;
        window.clearTimeout(handOnTimer);
        then();
      }
      const held = waiting.get(question.endpoint) ?? [];
      held.push({ askAgain: () => settle(() => ask(question)), handOn: () => settle(() => handler?.call(worker, event)) });
      waiting.set(question.endpoint, held);
      return true;
    }
  }

  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (options?.name === "graphql-engine") waitForIndex(this);
    }
  };
})();
