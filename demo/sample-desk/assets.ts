/**
 * What the saved pages link to but the fixtures do not hold: RT's squished stylesheet and script.
 * The sample desk serves small stand-ins at the same URLs: a stylesheet in the spirit of RT 5's
 * "elevator-light" theme (enough to hide the edit forms and menus RT hides, and lay out boxes and
 * lists), and a jQuery stand-in that does the one thing the pages need from it: load the ticket
 * history fragment (`jQuery('#delayed_ticket_history').load(url)`). Any other call is a no-op.
 */

export const STYLESHEET = `
/* Plazo sample desk: a stand-in for Request Tracker 5's elevator-light theme. */
* { box-sizing: border-box; }
html { font-size: 14px; }
body { margin: 0; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #212529;
  background: #f6f7f9; line-height: 1.45; }
a { color: #1669b5; text-decoration: none; }
a:hover { text-decoration: underline; }
.hidden, .hide, form.inline-edit, form.editor, .edit-icon, .sr-only, .spinner-border, .dropdown-menu,
.collapse:not(.show), .inline-edit-toggle.cancel, #li-overflow, #li-page-overflow, #li-page-timer,
.keyboard-shortcuts, .search-results-page-menu-container, .refresh, hr.clear, .toggle { display: none !important; }
.main-container { min-height: 100vh; }
#rt-header-container { display: flex; align-items: center; justify-content: space-between; height: 52px;
  padding: 0 18px; background: #fff; border-bottom: 1px solid #dfe3e8; }
#logo img { height: 30px; display: block; }
#quickbar { display: none; }
#header { position: absolute; top: 62px; left: 18px; right: 380px; }
/* No overflow clipping here: Plazo's chip sits beside the subject and its tooltip must show. */
#header h1 { margin: 0; font-size: 1.45rem; font-weight: 500; white-space: nowrap; }
#main-navigation { position: absolute; top: 0; left: 190px; height: 52px; display: flex; align-items: center; }
#app-nav, #page-menu { list-style: none; margin: 0; padding: 0; display: flex; gap: 4px; }
#app-nav ul, #page-menu ul { display: none; }
#app-nav > li > a { display: block; padding: 6px 12px; color: #37474f; font-weight: 500; border-radius: 4px; }
#app-nav > li.active > a { background: #e8eef5; }
#page-navigation { position: absolute; top: 62px; right: 18px; }
#page-menu > li > a { display: inline-block; padding: 4px 10px; border: 1px solid #c8d0d9; border-radius: 4px;
  background: #fff; color: #37474f; font-size: 0.9rem; }
#page-menu > li.active > a { background: #1669b5; border-color: #1669b5; color: #fff; }
#page-menu > li#li-page-bookmark { display: none; }
#topactions { position: absolute; top: 10px; right: 18px; display: flex; gap: 8px; align-items: center; }
#topactions .create-medium, #topactions .create-narrow { display: none; }
#topactions input[type=search] { width: 200px; padding: 5px 9px; border: 1px solid #c8d0d9; border-radius: 4px; }
.btn-primary, input.btn-primary { background: #1669b5; color: #fff; border: 1px solid #1669b5; border-radius: 4px;
  padding: 5px 12px; font-size: 0.9rem; }
#body { padding: 60px 18px 18px; }
.row { display: flex; flex-wrap: wrap; gap: 0 16px; }
.col-md-6 { flex: 1 1 calc(50% - 16px); min-width: 340px; }
.col-md-12, .col-12 { flex: 1 1 100%; }
.titlebox.card { background: #fff; border: 1px solid #dfe3e8; border-radius: 6px; margin: 0 0 14px; overflow: hidden; }
.titlebox-title.card-header { display: flex; justify-content: space-between; align-items: center;
  padding: 7px 12px; background: #f1f4f7; border-bottom: 1px solid #dfe3e8; font-weight: 600; color: #37474f; }
.titlebox-title .right .fas, .titlebox-title .right .far { display: none; }
.card-body { padding: 10px 12px; }
.summary > .fullwidth > .titlebox > .titlebox-title { display: none; }
.summary > .fullwidth > .titlebox { background: transparent; border: 0; }
.summary > .fullwidth > .titlebox > .titlebox-content > .card-body { padding: 0; }
.form-row { display: flex; gap: 8px; padding: 2px 0; }
.form-row > .label { flex: 0 0 32%; text-align: right; color: #5f6b77; }
.form-row > .value { flex: 1 1 auto; }
.unset-field { opacity: 0.55; }
span.overdue { color: #c62828; font-weight: 600; }
.ticket-info-priority-high, .ticket-info-final-priority-high { color: #c62828; font-weight: 600; }
.ticket-info-priority-medium, .ticket-info-final-priority-medium { color: #b26a00; }
.ticket-info-priority-low, .ticket-info-final-priority-low { color: #2e7d32; }
.user-accordion .accordion-title.toggle { display: block !important; padding: 2px 0; }
#create-linked-ticket { display: none; }
.ticket-info-links .form-row .create { display: none; }
table.ticket-list { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #dfe3e8; }
table.ticket-list th.collection-as-table { text-align: left; padding: 7px 8px; background: #f1f4f7;
  border-bottom: 1px solid #dfe3e8; font-weight: 600; white-space: nowrap; }
table.ticket-list th.collection-as-table a { color: #37474f; }
table.ticket-list td.collection-as-table { padding: 6px 8px; vertical-align: top; }
table.ticket-list tbody.list-item:nth-of-type(even) td { background: #f8fafc; }
table.ticket-list tbody.list-item td { border-top: 1px solid #edf0f3; }
table.ticket-list tbody.list-item tr + tr td { border-top: 0; padding-top: 0; }
table.ticket-list small { color: #5f6b77; }
.table-responsive { overflow-x: auto; }
.history .transaction { border-top: 1px solid #edf0f3; padding: 6px 0; }
.history .transaction .metadata { display: flex; gap: 10px; color: #5f6b77; font-size: 0.92rem; }
.history .transaction .metadata .actions, .history .transaction .metadata .type,
.history .downloadattachment { display: none; }
.history .transaction .content table { display: none; }
.history .messagebody { margin: 4px 0 2px 18px; padding: 6px 10px; background: #f8fafc; border-left: 3px solid #c8d0d9; }
#footer { margin-top: 20px; padding: 10px 18px; color: #8a96a3; font-size: 0.85rem; text-align: center; }
#footer p { margin: 2px 0; }
#footer #time { display: none; }
`;

export const SCRIPT = `/* Plazo sample desk: a stand-in for RT's squished jQuery bundle. Only .load() does anything;
   every other method returns an empty selection, which reads as 0 in arithmetic. */
(function () {
  'use strict';
  function elements(selector) {
    if (typeof selector === 'string') {
      try { return Array.prototype.slice.call(document.querySelectorAll(selector)); } catch (e) { return []; }
    }
    return selector && selector.nodeType ? [selector] : [];
  }
  function wrap(list) {
    var object;
    var handler = {
      get: function (target, name) {
        if (name === 'length') return list.length;
        if (name === 'get') return function (index) { return index === undefined ? list : list[index < 0 ? list.length + index : index]; };
        if (name === 'load') return function (url, data, done) {
          list.forEach(function (element) {
            fetch(url, { credentials: 'same-origin' })
              .then(function (response) { return response.text(); })
              .then(function (html) {
                element.innerHTML = html;
                if (typeof done === 'function') done.call(element);
              });
          });
          return object;
        };
        if (name === Symbol.toPrimitive) return function () { return 0; };
        // Anything else finds nothing: RT's menu code then loops zero times instead of forever.
        return function () { return list.length ? wrap([]) : object; };
      },
    };
    object = new Proxy(function () {}, handler);
    return object;
  }
  function jQuery(selector) {
    if (typeof selector === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { selector(jQuery); });
      else selector(jQuery);
      return wrap([]);
    }
    return wrap(elements(selector));
  }
  jQuery.fn = {};
  jQuery.ajax = function () { return wrap([]); };
  window.jQuery = window.$ = jQuery;
  window.ReplaceUserReferences = function () {};
})();
`;

export const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="30" viewBox="0 0 150 30">
<rect x="0" y="3" width="24" height="24" rx="5" fill="#1669b5"/>
<text x="12" y="20" font-family="Arial, sans-serif" font-size="12" font-weight="700" fill="#fff" text-anchor="middle">RT</text>
<text x="32" y="20" font-family="Arial, sans-serif" font-size="13" fill="#37474f">Sample desk</text>
</svg>
`;
