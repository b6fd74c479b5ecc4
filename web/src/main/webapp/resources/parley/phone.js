/* Parley console: the phone widget docked in every console page (docs/console.md, "Phone widget"). It is a remote
   control: the phone itself (phone-engine.js: the JsSIP user agent, the calls, their audio) runs in one page of the
   browser only, so the tabs of a browser make one registration: the phone window when it is open (it takes the
   Web Lock from any tab), else the first console tab that holds the lock; when that page goes away the next tab
   waiting for the lock takes over. The widgets and the engine talk over a BroadcastChannel: the engine publishes
   its state, the widgets send commands. A call placed from the phone window lives on while console pages are
   navigated. */
(function () {
  "use strict";

  var root = document.getElementById("phone");
  if (!root || !window.JsSIP || !window.ParleyPhoneEngine) {
    return;
  }
  var el = function (id) { return document.getElementById(id); };
  var ui = {
    toggle: el("phoneToggle"), panel: el("phonePanel"), status: el("phoneStatus"),
    incoming: el("phoneIncoming"), caller: el("phoneCaller"), accept: el("phoneAccept"), reject: el("phoneReject"),
    forwardTo: el("phoneForwardTo"), forward: el("phoneForward"),
    active: el("phoneActive"), peer: el("phonePeer"), mute: el("phoneMute"), hold: el("phoneHold"),
    hangup: el("phoneHangup"), transferTo: el("phoneTransferTo"), transfer: el("phoneTransfer"),
    consult: el("phoneConsult"), consulting: el("phoneConsulting"), consultPeer: el("phoneConsultPeer"),
    complete: el("phoneComplete"), cancelConsult: el("phoneCancelConsult"),
    number: el("phoneNumber"), call: el("phoneCall"), keypad: el("phoneKeypad"), country: el("phoneCountry"),
    results: el("phoneResults"), nextCalls: el("phoneNextCalls"), nextList: el("phoneNextList"),
    popOut: el("phoneWindow")
  };
  var user = root.getAttribute("data-user") || "";
  var isWindow = root.getAttribute("data-host") === "window";
  var state = { registered: false, state: "connecting", call: null };

  /* The bus: a BroadcastChannel between the console pages of this browser, and the page itself. */
  var bus = (function () {
    // without Web Locks every page runs its own engine: then the bus stays in the page
    var channel = window.BroadcastChannel && navigator.locks ? new BroadcastChannel("parley-phone:" + user) : null;
    var listeners = [];
    var deliver = function (m) { listeners.slice().forEach(function (l) { l(m); }); };
    if (channel) {
      channel.onmessage = function (e) { deliver(e.data); };
    }
    return {
      send: function (m) {
        if (channel) { channel.postMessage(m); }
        window.setTimeout(function () { deliver(m); }, 0);
      },
      listen: function (l) {
        listeners.push(l);
        return function () { listeners = listeners.filter(function (x) { return x !== l; }); };
      }
    };
  }());

  function command(name, arg) {
    bus.send({ type: "cmd", cmd: name, arg: arg });
  }

  function open(yes) {
    ui.panel.hidden = !yes;
    root.classList.toggle("phone-closed", !yes);
    ui.toggle.setAttribute("aria-expanded", yes ? "true" : "false");
    if (yes) {
      loadNextCalls();
    }
  }

  function render(s) {
    var wasIncoming = state.state === "incoming";
    state = s;
    ui.status.textContent = "Phone: " + s.text;
    root.setAttribute("data-state", s.state);
    root.setAttribute("data-host-of-engine", s.host);
    var call = s.call;
    var ringingIn = call !== null && call.direction === "incoming" && !call.established;
    ui.incoming.hidden = !ringingIn;
    ui.active.hidden = call === null || ringingIn;
    ui.call.disabled = call !== null || !s.registered;
    ui.popOut.disabled = call !== null;
    if (call !== null) {
      ui.caller.textContent = call.peer;
      ui.peer.textContent = call.peer;
      ui.mute.setAttribute("aria-pressed", call.muted ? "true" : "false");
      ui.hold.setAttribute("aria-pressed", call.held ? "true" : "false");
      ui.consulting.hidden = call.consult === null;
      ui.consultPeer.textContent = call.consult === null ? "" : call.consult.peer
          + (call.consult.established ? "" : " (ringing)");
      ui.complete.disabled = call.consult === null || !call.consult.established;
      ui.consult.disabled = call.consult !== null || !call.established;
    }
    if (ringingIn && !wasIncoming) {
      open(true);
      ui.accept.focus();
    }
  }

  /* The lists: entries with a name and a number, each a button that calls the number. */
  function fill(list, entries, label) {
    list.textContent = "";
    entries.forEach(function (e) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "phone-entry";
      button.setAttribute("data-number", e.number);
      var name = document.createElement("span");
      name.className = "phone-entry-name";
      name.textContent = label(e);
      var number = document.createElement("span");
      number.className = "phone-entry-number";
      number.textContent = e.number;
      button.appendChild(name);
      button.appendChild(number);
      item.appendChild(button);
      list.appendChild(item);
    });
    list.hidden = entries.length === 0;
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (r) {
      if (!r.ok) {
        throw new Error("HTTP " + r.status);
      }
      return r.json();
    });
  }

  function loadNextCalls() {
    getJson(root.getAttribute("data-next-calls")).then(function (body) {
      fill(ui.nextList, body.calls, function (c) { return c.name; });
      ui.nextCalls.hidden = body.calls.length === 0;
    }).catch(function (e) { ui.nextCalls.hidden = true; window.console.warn("Next calls: " + e.message); });
  }

  var searchTimer = null;
  function search() {
    window.clearTimeout(searchTimer);
    var q = ui.number.value.trim();
    if (q.length < 2) {
      fill(ui.results, [], null);
      return;
    }
    searchTimer = window.setTimeout(function () {
      getJson(root.getAttribute("data-directory") + "?q=" + encodeURIComponent(q)).then(function (body) {
        if (ui.number.value.trim() === q) {
          fill(ui.results, body.entries, function (e) { return e.name + (e.detail ? " · " + e.detail : ""); });
        }
      }).catch(function (e) { window.console.warn("Phone search: " + e.message); });
    }, 250);
  }

  function dial(number) {
    if (number && state.registered && state.call === null) {
      command("call", number);
      fill(ui.results, [], null);
    }
  }

  function clickOnEntry(e) {
    var button = e.target.closest("button[data-number]");
    if (button) {
      ui.number.value = button.getAttribute("data-number");
      dial(ui.number.value);
    }
  }

  function popOut() {
    var w = window.open("", "parley-phone", "popup,width=400,height=720");
    if (!w) {
      return;
    }
    if (w.location.href === "about:blank") {
      w.location.href = root.getAttribute("data-window");
    } else {
      w.focus();
    }
  }

  ui.toggle.addEventListener("click", function () {
    open(ui.panel.hidden);
    if (window.Notification && Notification.permission === "default") {
      Notification.requestPermission();
    }
  });
  ui.keypad.addEventListener("click", function (e) {
    var key = e.target.getAttribute("data-key");
    if (!key) {
      return;
    }
    if (state.call !== null && state.call.established && key !== "+") {
      command("dtmf", key);
    } else {
      ui.number.value += key;
    }
  });
  ui.country.addEventListener("change", function () {
    if (ui.country.value) {
      ui.number.value = ui.country.value + ui.number.value.trim().replace(/^\+\d*\s*/, "").replace(/^0/, "");
      ui.country.value = "";
      ui.number.focus();
    }
  });
  ui.number.addEventListener("input", search);
  ui.number.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      ui.call.click();
    }
  });
  ui.call.addEventListener("click", function () { dial(ui.number.value.trim()); });
  ui.results.addEventListener("click", clickOnEntry);
  ui.nextList.addEventListener("click", clickOnEntry);
  ui.accept.addEventListener("click", function () { command("accept"); });
  ui.reject.addEventListener("click", function () { command("reject"); });
  ui.forward.addEventListener("click", function () { command("forward", ui.forwardTo.value.trim()); });
  ui.hangup.addEventListener("click", function () { command("hangup"); });
  ui.mute.addEventListener("click", function () { command("mute"); });
  ui.hold.addEventListener("click", function () { command("hold"); });
  ui.transfer.addEventListener("click", function () { command("transfer", ui.transferTo.value.trim()); });
  ui.consult.addEventListener("click", function () { command("consult", ui.transferTo.value.trim()); });
  ui.complete.addEventListener("click", function () { command("complete"); });
  ui.cancelConsult.addEventListener("click", function () { command("cancelConsult"); });
  ui.popOut.addEventListener("click", popOut);

  bus.listen(function (m) {
    if (m.type === "state") {
      render(m);
    } else if (m.type === "open") {
      open(true);
    }
  });

  /* Who runs the engine: the phone window always (it takes the lock from a tab); a tab when it gets the lock,
     until the page goes or the phone window takes it, then it waits for the lock again. */
  var credential = root.getAttribute("data-credential");
  var lock = "parley-phone:" + user;
  var release = null;
  function runInTab() {
    var stop = null;
    navigator.locks.request(lock, function () {
      stop = window.ParleyPhoneEngine(bus, credential, "tab");
      return new Promise(function (resolve) { release = resolve; });
    }).catch(function () {
      if (stop) {
        stop();
      }
      runInTab();
    });
  }
  if (!navigator.locks) {
    window.ParleyPhoneEngine(bus, credential, isWindow ? "window" : "tab"); // no Web Locks (plain HTTP): one per page
  } else if (isWindow) {
    navigator.locks.request(lock, { steal: true }, function () {
      window.ParleyPhoneEngine(bus, credential, "window");
      return new Promise(function () {});
    });
  } else {
    runInTab();
  }
  if (isWindow) {
    open(true);
  }
  /* Leaving the page hands the lock on at once (a page kept in the back-forward cache would hold it); a page shown
     again from that cache starts afresh. */
  window.addEventListener("pagehide", function () {
    if (release) {
      release();
    }
  });
  window.addEventListener("pageshow", function (e) {
    if (e.persisted) {
      window.location.reload();
    }
  });
  /* Asks the engine for its state until it answers (it may be starting in another tab). */
  var asking = window.setInterval(function () {
    if (root.hasAttribute("data-state")) {
      window.clearInterval(asking);
    } else {
      bus.send({ type: "hello" });
    }
  }, 2000);
  bus.send({ type: "hello" });
}());
