// Gatehouse shows times in UTC; this adds the reader's own local time next to each <time datetime="…">.
// A file of its own (the CSP allows no inline script); pages read the same without it.
(function () {
  "use strict";
  function addLocalTimes() {
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      return;
    }
    var times = document.querySelectorAll("time[datetime]");
    for (var i = 0; i < times.length; i++) {
      var element = times[i];
      if (element.hasAttribute("data-local")) {
        continue;
      }
      var when = new Date(element.getAttribute("datetime"));
      if (isNaN(when.getTime()) || when.getTimezoneOffset() === 0) {
        continue; // an unreadable time, or a reader whose local time is UTC: nothing to add
      }
      var sameDay = when.getDate() === when.getUTCDate() && when.getMonth() === when.getUTCMonth();
      var words = when.toLocaleString(undefined, sameDay
          ? { hour: "2-digit", minute: "2-digit" }
          : { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
      var local = document.createElement("span");
      local.className = "local-time";
      local.textContent = " (" + words + " your time)";
      element.setAttribute("data-local", "");
      element.setAttribute("title", when.toLocaleString() + (zone ? " " + zone : ""));
      element.appendChild(local);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", addLocalTimes);
  } else {
    addLocalTimes();
  }
})();
