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
