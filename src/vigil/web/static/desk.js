// vigil review desk: keyboard shortcuts and the media shield. No build step, no CDN.
(function () {
  "use strict";

  function typing(target) {
    if (!target) return false;
    var tag = target.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable ||
      (tag === "INPUT" && ["text", "search", "number", "password"].indexOf(target.type) >= 0);
  }

  function setRevealed(figure, on) {
    figure.classList.toggle("revealed", on);
    var media = figure.querySelector("img, video");
    if (media) media.classList.toggle("shielded", !on);
    var button = figure.querySelector("button.reveal");
    if (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "Hide" : "Reveal";
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.reveal");
    if (!button) return;
    event.preventDefault();
    var figure = button.closest("figure.media");
    setRevealed(figure, !figure.classList.contains("revealed"));
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key.toLowerCase();
    if (key === "v") {  // reveal the next shielded image or video, one at a time
      var next = document.querySelector("figure.media:not(.revealed)");
      if (next) { setRevealed(next, true); event.preventDefault(); }
      return;
    }
    if (key === "h") {  // shield everything again
      document.querySelectorAll("figure.media.revealed").forEach(function (f) { setRevealed(f, false); });
      event.preventDefault();
      return;
    }
    var target = document.querySelector('[data-key="' + key + '"]');
    if (!target) return;
    event.preventDefault();
    if (target.tagName === "TEXTAREA") target.focus();
    else target.click();
  });
})();
