// The item opened on its own page (a link shared between moderators): same keys and buttons, back to the queue after.
(function () {
  'use strict';
  const main = document.querySelector('main[data-site]');
  const item = document.querySelector('article.detail[data-id]');
  if (!main || !item) return;
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  const header = document.querySelector('meta[name="csrf-header"]')?.content || 'X-CSRF-TOKEN';
  const queue = '/sites/' + encodeURIComponent(main.dataset.site) + '/queue';
  // Reject and escalate ask for one of the site's reasons and an optional note, as on the queue page.
  const askReason = window.ParleyReasons.picker((action, code, note) => send(action, code, note));
  function decide(action) {
    if (askReason && (action === 'reject' || action === 'escalate')) {
      askReason(action);
      return;
    }
    send(action);
  }
  async function send(action, reasonCode, reason) {
    const headers = {'X-Requested-With': 'fetch', 'Content-Type': 'application/x-www-form-urlencoded'};
    if (token) headers[header] = token;
    const params = {action};
    if (reasonCode) params.reasonCode = reasonCode;
    if (reason) params.reason = reason;
    let detail;
    try {
      const res = await fetch(queue + '/' + item.dataset.id + '/decision', {method: 'POST', headers, body: new URLSearchParams(params)});
      if (res.ok) { window.location.assign(queue); return; }
      detail = 'HTTP ' + res.status;
      try { detail = (await res.json()).detail || detail; } catch (ignored) { /* not JSON */ }
    } catch (unreachable) {
      // the server is down or the network gone: this was an unhandled rejection and the key seemed to do nothing
      detail = 'the server could not be reached';
    }
    // one warning, the latest: each press stacked another above the comment
    let warn = item.querySelector(':scope > .decision-failed');
    if (!warn) {
      warn = document.createElement('p');
      warn.className = 'claim-warning decision-failed';
      warn.setAttribute('role', 'alert');
      item.prepend(warn);
    }
    warn.textContent = 'Could not ' + action + ': ' + detail + '. Nothing was done.';
  }
  // Presence, not a lock: renewed while open, released on leaving (see queue.js).
  setInterval(() => {
    const headers = {'X-Requested-With': 'fetch'};
    if (token) headers[header] = token;
    fetch(queue + '/renew', {method: 'POST', headers}).catch(() => {});
  }, 20000);
  window.addEventListener('pagehide', () => {
    const body = new URLSearchParams();
    if (token) body.append(document.querySelector('meta[name="csrf-param"]')?.content || '_csrf', token);
    navigator.sendBeacon(queue + '/release', body);
  });
  document.addEventListener('click', e => {
    const b = e.target.closest('.actions button[data-action]');
    if (b) decide(b.dataset.action);
  });
  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // a letter typed into a field (the browser's find-as-you-type aside, any text box on the page) is text, not a
    // decision: as on the queue page, where this guard was and here it was not
    const t = e.target;
    if (t && (t.tagName === 'INPUT' && t.type !== 'checkbox' && t.type !== 'radio' || t.tagName === 'SELECT'
        || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    if (askReason && askReason.isOpen()) return;
    const a = {a: 'approve', r: 'reject', e: 'escalate'}[e.key];
    if (a && item.querySelector('.actions')) { e.preventDefault(); decide(a); }
  });
})();
