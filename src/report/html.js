// Opens and scrolls to a fact's evidence when a finding, a matrix cell or row header is clicked, or when
// the page is opened at #fact-…. Everything it shows is already in the page without it.
(function () {
  function show(hash) {
    var el = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el || el.tagName !== "DETAILS") return;
    // A folded verdict's facts sit inside a closed fold (details.fold): open it too.
    for (var d = el; d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    el.scrollIntoView({ block: "start" });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#fact-"]');
    if (!link) return;
    event.preventDefault();
    var hash = link.getAttribute("href");
    history.replaceState(null, "", hash);
    show(hash);
  });
  window.addEventListener("hashchange", function () { show(location.hash); });
  show(location.hash);
})();
