// A host page's own script, first in <head> of every page of demo/hosts/: it records what an integrator
// would see go wrong (CSP violations, uncaught errors), snapshots the page's own look before any widget
// arrives, and mounts the widgets listed in the URL (?widgets=[{"tag":…,"attrs":{…}}]) the way a CMS
// block does, inside #widgets. Pages with data-app (React, Vue) leave the mounting to their app.
(function () {
  var host = (window.nptHost = { violations: [], errors: [], events: [], before: null });
  document.addEventListener('securitypolicyviolation', function (e) {
    host.violations.push(e.violatedDirective + ' ' + e.blockedURI + (e.sample ? ' ' + e.sample : ''));
  });
  window.addEventListener('error', function (e) {
    host.errors.push(String(e.message || e.type));
  });
  window.addEventListener('unhandledrejection', function (e) {
    host.errors.push('unhandled rejection: ' + String((e.reason && e.reason.message) || e.reason));
  });
  host.widgets = function () {
    try {
      return JSON.parse(new URLSearchParams(location.search).get('widgets') || '[]');
    } catch {
      return [];
    }
  };
  host.record = function (tag, type) {
    host.events.push(tag + ' ' + type);
  };
  host.mount = function () {
    var box = document.getElementById('widgets');
    host.widgets().forEach(function (w) {
      var wrap = document.createElement('div');
      wrap.className = 'widget-box';
      var el = document.createElement(w.tag);
      Object.keys(w.attrs || {}).forEach(function (k) {
        el.setAttribute(k, w.attrs[k]);
      });
      if (w.event)
        el.addEventListener(w.event, function () {
          host.record(w.tag, w.event);
        });
      wrap.appendChild(el);
      box.appendChild(wrap);
    });
  };
  // The page's own look: its marked elements' computed styles and its style sheets. Equal before and after
  // the widgets when nothing leaks out of them.
  var props = [
    'display',
    'font-family',
    'font-size',
    'line-height',
    'color',
    'background-color',
    'box-sizing',
    'margin-top',
    'padding-top',
    'border-top-width',
  ];
  host.snapshot = function () {
    return JSON.stringify({
      sentinels: Array.prototype.map.call(document.querySelectorAll('[data-sentinel]'), function (el) {
        var cs = getComputedStyle(el);
        return (
          el.localName +
          ' ' +
          props
            .map(function (p) {
              return cs.getPropertyValue(p);
            })
            .join(' | ')
        );
      }),
      styleSheets: document.styleSheets.length,
      adopted: (document.adoptedStyleSheets || []).length,
      styleElements: document.querySelectorAll('style').length,
    });
  };
  // Some engines (WebKit) fire DOMContentLoaded before the page's style sheets apply: wait for them, so
  // that the "before" snapshot is the page's real look.
  document.addEventListener('DOMContentLoaded', function () {
    var pending = Array.prototype.filter.call(document.querySelectorAll('link[rel="stylesheet"]'), function (link) {
      return !link.sheet;
    });
    Promise.all(
      pending.map(function (link) {
        return new Promise(function (resolve) {
          link.addEventListener('load', resolve);
          link.addEventListener('error', resolve);
        });
      }),
    ).then(function () {
      host.before = host.snapshot();
      if (!document.documentElement.hasAttribute('data-app')) host.mount();
    });
  });
})();
