/* Parley console: the phone engine (docs/console.md, "Phone widget"). Owns the JsSIP user agent, the calls and their
   audio; it runs in exactly one page of the browser: the phone window when it is open, else one console tab chosen
   by a Web Lock (phone.js). It tells every console page its state over the bus (a BroadcastChannel) and does what
   their widgets ask. Registers the signed-in user's extension over SIP over WebSocket with the short-lived
   credential the server issues (/phone-credential); nothing is typed or stored in the browser. */
(function () {
  "use strict";

  /* One Contact for the whole browser: whichever page runs the engine next replaces the binding of the one before
     (which may not have unregistered) instead of adding one. */
  function contactUri() {
    var key = "parley.phone.contact";
    var user = window.localStorage.getItem(key);
    if (!user) {
      user = Math.random().toString(36).slice(2, 10);
      window.localStorage.setItem(key, user);
    }
    return "sip:" + user + "@" + user + ".invalid;transport=ws";
  }

  function party(s) {
    var id = s.remote_identity;
    var number = id.uri.user || "";
    return id.display_name && id.display_name !== number ? id.display_name + " (" + number + ")" : number;
  }

  function media() {
    return { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } };
  }

  function Ringer() {
    var ringer = null;
    this.set = function (on) {
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
        var timer = window.setInterval(function () { gain.gain.value = (beat++ % 3 === 0) ? 0.1 : 0; }, 1000);
        ringer = { ctx: ctx, timer: timer };
      } else if (!on && ringer) {
        window.clearInterval(ringer.timer);
        ringer.ctx.close();
        ringer = null;
      }
    };
  }

  function end(s) {
    if (s && !s.isEnded()) {
      s.terminate();
    }
  }

  /* Starts the engine on the bus with the credential at credentialUrl; host is "window" or "tab". Returns stop(). */
  window.ParleyPhoneEngine = function (bus, credentialUrl, host) {
    var audio = new Audio();
    audio.autoplay = true;
    var ringer = new Ringer();
    var ua = null;
    var domain = "";
    var extension = "";
    var main = null;
    var consult = null;
    var forwardTo = null;
    var status = { text: "connecting…", state: "connecting" };
    var stopped = false;

    function target(number) {
      var n = String(number).replace(/[\s().-]/g, "");
      return n.indexOf("sip:") === 0 ? n : "sip:" + n + "@" + domain;
    }

    function registered() {
      return ua !== null && ua.isRegistered();
    }

    function callState() {
      if (main === null) {
        return null;
      }
      return {
        direction: main.direction, peer: party(main), established: main.isEstablished(),
        muted: main.isMuted().audio, held: main.isOnHold().local,
        consult: consult === null ? null : { peer: party(consult), established: consult.isEstablished() }
      };
    }

    function publish() {
      if (stopped) {
        return;
      }
      bus.send({ type: "state", host: host, registered: registered(), extension: extension,
        text: status.text, state: status.state, call: callState() });
    }

    function setStatus(text, state) {
      status = { text: text, state: state };
      publish();
    }

    function ready(cause) {
      setStatus(registered() ? extension + " ready" + (cause ? " (" + cause + ")" : "") : "offline",
          registered() ? "registered" : "offline");
    }

    function follow(s, isConsult) {
      var play = function (pc) {
        pc.addEventListener("track", function (t) { audio.srcObject = t.streams[0]; });
      };
      s.on("peerconnection", function (e) { play(e.peerconnection); });
      /* an outgoing call's peer connection exists before follow() is called (JsSIP's "peerconnection" has fired) */
      if (s.connection) {
        play(s.connection);
      }
      s.on("progress", function () {
        if (isConsult) { publish(); } else { setStatus("ringing " + party(s), "ringing"); }
      });
      s.on("confirmed", function () {
        ringer.set(false);
        if (isConsult) {
          setStatus("consulting " + party(s), "in-call");
        } else if (forwardTo !== null) {
          s.refer(target(forwardTo));
          forwardTo = null;
        } else {
          setStatus("in call with " + party(s), "in-call");
        }
      });
      var over = function (e) {
        if (isConsult) {
          consult = null;
          if (main !== null) { setStatus("in call with " + party(main) + " (consultation " + e.cause + ")", "in-call"); }
          return;
        }
        ringer.set(false);
        main = null;
        forwardTo = null;
        end(consult);
        consult = null;
        ready(e.cause || "call ended");
      };
      s.on("ended", over);
      s.on("failed", over);
    }

    function place(number) {
      if (registered() && main === null && number) {
        main = ua.call(target(number), media());
        follow(main, false);
        setStatus("calling " + number, "calling");
      }
    }

    function incoming(s) {
      if (main !== null) {
        s.terminate({ status_code: 486, reason_phrase: "Busy Here" });
        return;
      }
      main = s;
      follow(s, false);
      var who = party(s);
      setStatus("incoming call from " + who, "incoming");
      ringer.set(true);
      if (document.hidden && window.Notification && Notification.permission === "granted") {
        var n = new Notification("Incoming call", { body: who, tag: "parley-phone" });
        n.onclick = function () { window.focus(); bus.send({ type: "open" }); n.close(); };
      }
    }

    /* Attended transfer: the first call is held, the target called; complete hands the first party over to it
       (REFER with Replaces, docs/transfer.md), cancel ends the consultation and takes the first call back. */
    var commands = {
      call: place,
      accept: function () { ringer.set(false); if (main && !main.isEstablished()) { main.answer(media()); } },
      reject: function () { if (main && !main.isEstablished()) { main.terminate({ status_code: 486, reason_phrase: "Busy Here" }); } },
      hangup: function () { end(consult); end(main); },
      mute: function () {
        if (main) {
          if (main.isMuted().audio) { main.unmute({ audio: true }); } else { main.mute({ audio: true }); }
          publish();
        }
      },
      hold: function () {
        if (main && main.isEstablished()) {
          if (main.isOnHold().local) { main.unhold(); } else { main.hold(); }
          publish();
        }
      },
      dtmf: function (key) { if (main && main.isEstablished()) { (consult || main).sendDTMF(key); } },
      transfer: function (number) { if (main && main.isEstablished() && number) { main.refer(target(number)); } },
      consult: function (number) {
        if (main && main.isEstablished() && consult === null && number) {
          if (!main.isOnHold().local) { main.hold(); }
          consult = ua.call(target(number), media());
          follow(consult, true);
          setStatus("calling " + number + " (consultation)", "in-call");
        }
      },
      complete: function () {
        if (main && consult && consult.isEstablished()) {
          var first = main;
          var second = consult;
          first.refer(second.remote_identity.uri, { replaces: second, eventHandlers: {
            accepted: function () { end(second); end(first); },
            failed: function () { setStatus("transfer failed", "in-call"); }
          } });
          setStatus("transferring to " + party(second), "in-call");
        }
      },
      cancelConsult: function () {
        if (consult) {
          end(consult);
          if (main && main.isOnHold().local) { main.unhold(); }
        }
      },
      /* Parley does not follow a callee's 302, so forwarding a ringing call answers it and transfers it blind. */
      forward: function (number) {
        if (main && main.direction === "incoming" && !main.isEstablished() && number) {
          forwardTo = number;
          commands.accept();
        }
      }
    };

    var off = bus.listen(function (m) {
      if (m.type === "hello") {
        publish();
      } else if (m.type === "cmd" && commands.hasOwnProperty(m.cmd)) {
        commands[m.cmd](m.arg);
      }
    });

    function start(credential) {
      domain = credential.uri.split("@")[1];
      extension = credential.extension;
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
      ua.on("registered", function () { ready(""); });
      ua.on("unregistered", function () { ready(""); });
      ua.on("registrationFailed", function (e) { setStatus("registration failed (" + e.cause + ")", "failed"); });
      ua.on("newRTCSession", function (e) {
        if (e.originator === "remote") {
          incoming(e.session);
        }
      });
      ua.start();
    }

    fetch(credentialUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) {
        if (!r.ok) {
          throw new Error("HTTP " + r.status);
        }
        return r.json();
      })
      .then(start)
      .catch(function (e) { setStatus("unavailable (" + e.message + ")", "failed"); });

    return function stop() {
      stopped = true;
      off();
      ringer.set(false);
      if (ua !== null) {
        ua.stop();
      }
    };
  };
}());
