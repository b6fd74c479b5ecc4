/* The wallboard: the longest wait counts on in the browser between two readings, and the full-screen mode. Loaded as
   a file (the CSP allows no inline script). */
(function () {
  "use strict";

  function clock(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    var mm = h > 0 && m < 10 ? "0" + m : String(m);
    return (h > 0 ? h + ":" : "") + mm + ":" + (s < 10 ? "0" + s : s);
  }

  /* Each [data-wait-seconds] is the wait when the page read it: count on from when this browser first saw it (an
     update replaces the element, so the count restarts from the new reading; no clock of the server is needed). */
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-wait-seconds]").forEach(function (element) {
      var base = element.getAttribute("data-wait-seconds");
      if (base === null || base === "") {
        return;
      }
      if (!element.dataset.seenAt) {
        element.dataset.seenAt = String(now);
      }
      var seconds = parseInt(base, 10) + Math.floor((now - parseInt(element.dataset.seenAt, 10)) / 1000);
      element.textContent = clock(seconds);
    });
  }

  window.setInterval(tick, 1000);

  function board() {
    return document.getElementById("wallboard");
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-wallboard-full]") && board()) {
      board().classList.add("full");
      if (document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(function () {
          /* refused (no user gesture, a kiosk browser): the page's own full mode stays */
        });
      }
    }
  });

  /* Leaving the browser's full screen (Esc) leaves the full mode too; ?full=true keeps it without full screen. */
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && board()) {
      board().classList.remove("full");
    }
  });
})();
