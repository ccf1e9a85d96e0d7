// Loaded first in every page the engine suite serves (tests/engines/server.ts puts it at the top of
// <head>), so it sees what goes wrong while the page loads and hydrates, in any engine: classic
// WebDriver has no "run this before the page's scripts" command, a script tag does.
(function () {
  var seen = [];
  window.__engineWatch = seen;
  window.addEventListener('error', function (e) {
    var t = e.target;
    // A failed <script>, <link> or <img> fires a plain error event on the element itself.
    if (t && t !== window && (t.src || t.href)) seen.push('failed to load ' + (t.src || t.href));
    else seen.push('error: ' + (e.message || String(e.error)));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    seen.push('unhandled rejection: ' + (r && r.message ? r.message : String(r)));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    seen.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    seen.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };
})();
