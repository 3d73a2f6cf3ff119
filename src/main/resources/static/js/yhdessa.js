// Sends the CSRF token with every htmx request; pages work without this script too.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// "Use my location" fills the search form's coordinates from the browser and searches again.
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.geolocation) {
    return;
  }
  document.querySelectorAll("[data-locate]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var form = button.form;
        form.querySelector("[name=lat]").value = position.coords.latitude.toFixed(4);
        form.querySelector("[name=lon]").value = position.coords.longitude.toFixed(4);
        form.requestSubmit();
      });
    });
  });
});

// A section of the case page opened in place takes the focus to its heading, so that a screen reader reads where it is.
document.addEventListener("htmx:afterSwap", function (event) {
  if (event.detail.target && event.detail.target.id === "case-section") {
    var heading = event.detail.target.querySelector("h2");
    if (heading) {
      heading.focus();
    }
  }
});

// On a small screen the header's menus fold behind one button, so that the page's own content starts within the first screen.
document.addEventListener("DOMContentLoaded", function () {
  var header = document.querySelector(".site-header");
  var toggle = header && header.querySelector(".menu-toggle");
  if (!toggle) {
    return;
  }
  header.setAttribute("data-menu", "closed");
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    var open = header.getAttribute("data-menu") !== "open";
    header.setAttribute("data-menu", open ? "open" : "closed");
    toggle.setAttribute("aria-expanded", String(open));
  });
});

// A table wider than the screen scrolls in its wrapper: the wrapper then takes the keyboard's focus,
// so that it can be scrolled without a mouse, and is named by the table's caption for screen readers.
function focusableScrollers(root) {
  root.querySelectorAll(".table-wrap").forEach(function (wrap) {
    var scrolls = wrap.scrollWidth > wrap.clientWidth;
    if (scrolls && !wrap.hasAttribute("tabindex")) {
      var caption = wrap.querySelector("caption");
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      if (caption) {
        wrap.setAttribute("aria-label", caption.textContent.trim());
      }
    }
    else if (!scrolls && wrap.getAttribute("tabindex") === "0" && wrap.getAttribute("role") === "region") {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("role");
      wrap.removeAttribute("aria-label");
    }
  });
}
document.addEventListener("DOMContentLoaded", function () { focusableScrollers(document); });
window.addEventListener("resize", function () { focusableScrollers(document); });
document.addEventListener("htmx:afterSwap", function (event) { focusableScrollers(event.target); });
