/* Parley console: the phone widget (docs/console.md, "Phone widget"). Registers the signed-in user's extension over
   SIP over WebSocket with JsSIP, using a short-lived credential the server issues (/phone-credential); nothing is
   typed or stored in the browser. One registration per tab: each console page registers again when it loads, with
   the tab's own Contact (so the binding is replaced, not added). */
(function () {
  "use strict";

  var root = document.getElementById("phone");
  if (!root || !window.JsSIP) {
    return;
  }
  var el = function (id) { return document.getElementById(id); };
  var ui = {
    toggle: el("phoneToggle"), panel: el("phonePanel"), status: el("phoneStatus"),
    incoming: el("phoneIncoming"), caller: el("phoneCaller"), accept: el("phoneAccept"), reject: el("phoneReject"),
    active: el("phoneActive"), peer: el("phonePeer"), mute: el("phoneMute"), hold: el("phoneHold"),
    hangup: el("phoneHangup"), transferTo: el("phoneTransferTo"), transfer: el("phoneTransfer"),
    number: el("phoneNumber"), call: el("phoneCall"), keypad: el("phoneKeypad")
  };
  var audio = new Audio();
  audio.autoplay = true;
  var ua = null;
  var domain = "";
  var session = null;
  var ringer = null;

  function setStatus(text, state) {
    ui.status.textContent = "Phone: " + text;
    root.setAttribute("data-state", state);
  }

  function open(yes) {
    ui.panel.hidden = !yes;
    root.classList.toggle("phone-closed", !yes);
    ui.toggle.setAttribute("aria-expanded", yes ? "true" : "false");
  }

  function target(number) {
    var n = number.replace(/[\s().-]/g, "");
    return n.indexOf("sip:") === 0 ? n : "sip:" + n + "@" + domain;
  }

  function party(s) {
    var id = s.remote_identity;
    var number = id.uri.user || "";
    return id.display_name && id.display_name !== number ? id.display_name + " (" + number + ")" : number;
  }

  function ring(on) {
    if (on && !ringer && window.AudioContext) {
      var ctx = new AudioContext();
      var gain = ctx.createGain();
      gain.gain.value = 0;
      gain.connect(ctx.destination);
      [440, 480].forEach(function (f) {
        var o = ctx.createOscillator();
        o.frequency.value = f;
        o.connect(gain);
        o.start();
      });
      var beat = 0;
      var timer = window.setInterval(function () {
        gain.gain.value = (beat++ % 3 === 0) ? 0.1 : 0;
      }, 1000);
      ringer = { ctx: ctx, timer: timer };
    } else if (!on && ringer) {
      window.clearInterval(ringer.timer);
      ringer.ctx.close();
      ringer = null;
    }
  }

  function notify(who) {
    if (document.hidden && window.Notification && Notification.permission === "granted") {
      var n = new Notification("Incoming call", { body: who, tag: "parley-phone" });
      n.onclick = function () { window.focus(); open(true); n.close(); };
    }
  }

  function showCall() {
    var inCall = session !== null;
    ui.active.hidden = !inCall || (session.direction === "incoming" && !session.isEstablished());
    ui.incoming.hidden = !inCall || session.direction !== "incoming" || session.isEstablished();
    ui.call.disabled = inCall || !ua || !ua.isRegistered();
    if (inCall) {
      ui.peer.textContent = party(session);
    }
  }

  function ended(cause) {
    ring(false);
    session = null;
    ui.mute.setAttribute("aria-pressed", "false");
    ui.hold.setAttribute("aria-pressed", "false");
    setStatus(ua && ua.isRegistered() ? "ready (" + (cause || "call ended") + ")" : "offline",
        ua && ua.isRegistered() ? "registered" : "offline");
    showCall();
  }

  function follow(s) {
    session = s;
    var play = function (pc) {
      pc.addEventListener("track", function (t) { audio.srcObject = t.streams[0]; });
    };
    s.on("peerconnection", function (e) { play(e.peerconnection); });
    /* an outgoing call's peer connection exists before follow() is called (JsSIP's "peerconnection" has fired) */
    if (s.connection) {
      play(s.connection);
    }
    s.on("progress", function () { setStatus("ringing " + party(s), "ringing"); });
    s.on("confirmed", function () { ring(false); setStatus("in call with " + party(s), "in-call"); showCall(); });
    s.on("ended", function (e) { ended(e.cause); });
    s.on("failed", function (e) { ended(e.cause); });
    showCall();
  }

  function media() {
    return { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } };
  }

  /* The same Contact for every page of this tab: a page that loads re-registers the binding of the page before it
     (which could not unregister) instead of adding one. */
  function contactUri() {
    var key = "parley.phone.contact";
    var user = window.sessionStorage.getItem(key);
    if (!user) {
      user = Math.random().toString(36).slice(2, 10);
      window.sessionStorage.setItem(key, user);
    }
    return "sip:" + user + "@" + user + ".invalid;transport=ws";
  }

  function start(credential) {
    domain = credential.uri.split("@")[1];
    ua = new JsSIP.UA({
      sockets: [new JsSIP.WebSocketInterface(credential.wsUri)],
      uri: credential.uri,
      authorization_user: credential.authUser,
      password: credential.password,
      realm: credential.realm,
      display_name: credential.displayName,
      register: true,
      contact_uri: contactUri(),
      session_timers: false,
      user_agent: "Parley console phone"
    });
    ua.on("registered", function () {
      setStatus(credential.extension + " ready", "registered");
      showCall();
    });
    ua.on("unregistered", function () { setStatus("offline", "offline"); showCall(); });
    ua.on("registrationFailed", function (e) { setStatus("registration failed (" + e.cause + ")", "failed"); });
    ua.on("newRTCSession", function (e) {
      if (e.originator !== "remote") {
        return;
      }
      if (session !== null) {
        e.session.terminate({ status_code: 486, reason_phrase: "Busy Here" });
        return;
      }
      follow(e.session);
      var who = party(e.session);
      ui.caller.textContent = who;
      setStatus("incoming call from " + who, "incoming");
      open(true);
      ring(true);
      notify(who);
      ui.accept.focus();
    });
    ua.start();
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
    if (session && session.isEstablished() && key !== "+") {
      session.sendDTMF(key);
    } else {
      ui.number.value += key;
    }
  });
  ui.call.addEventListener("click", function () {
    if (ui.number.value.trim() && ua && session === null) {
      follow(ua.call(target(ui.number.value.trim()), media()));
      setStatus("calling " + ui.number.value.trim(), "calling");
    }
  });
  ui.number.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      ui.call.click();
    }
  });
  ui.accept.addEventListener("click", function () {
    ring(false);
    if (session) {
      session.answer(media());
    }
  });
  ui.reject.addEventListener("click", function () {
    if (session) {
      session.terminate({ status_code: 486, reason_phrase: "Busy Here" });
    }
  });
  ui.hangup.addEventListener("click", function () {
    if (session) {
      session.terminate();
    }
  });
  ui.mute.addEventListener("click", function () {
    if (!session) {
      return;
    }
    var muted = session.isMuted().audio;
    if (muted) { session.unmute({ audio: true }); } else { session.mute({ audio: true }); }
    ui.mute.setAttribute("aria-pressed", muted ? "false" : "true");
  });
  ui.hold.addEventListener("click", function () {
    if (!session) {
      return;
    }
    var held = session.isOnHold().local;
    if (held) { session.unhold(); } else { session.hold(); }
    ui.hold.setAttribute("aria-pressed", held ? "false" : "true");
  });
  ui.transfer.addEventListener("click", function () {
    if (session && session.isEstablished() && ui.transferTo.value.trim()) {
      session.refer(target(ui.transferTo.value.trim()));
    }
  });

  fetch(root.getAttribute("data-credential"), { credentials: "same-origin", cache: "no-store" })
    .then(function (r) {
      if (!r.ok) {
        throw new Error("HTTP " + r.status);
      }
      return r.json();
    })
    .then(start)
    .catch(function (e) { setStatus("unavailable (" + e.message + ")", "failed"); });
}());
