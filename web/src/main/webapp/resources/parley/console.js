/* Parley console: behaviour that is not PrimeFaces'. Loaded as a file (the CSP allows no inline script). */
(function () {
  "use strict";

  /* Copy buttons: <button data-copy-from="clientId"> copies the value of that input. */
  function copyFrom(button) {
    var input = document.getElementById(button.getAttribute("data-copy-from"));
    if (!input || !input.value) {
      return;
    }
    var done = function () {
      button.classList.add("copied");
      button.textContent = "Copied";
      window.setTimeout(function () {
        button.classList.remove("copied");
        button.textContent = "Copy";
      }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        input.select();
      });
    } else {
      input.select();
      if (document.execCommand("copy")) {
        done();
      }
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-from]");
    if (button) {
      event.preventDefault();
      copyFrom(button);
    }
  });
})();
