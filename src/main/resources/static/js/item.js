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
  const reasonDialog = document.getElementById('reason-dialog');
  let reasonFor = null;
  if (reasonDialog) {
    reasonDialog.addEventListener('close', () => {
      const action = reasonFor;
      reasonFor = null;
      if (reasonDialog.returnValue !== 'ok' || !action) return;
      const code = reasonDialog.querySelector('input[name="reasonCode"]:checked')?.value;
      send(action, code, document.getElementById('reason-note').value.trim());
    });
    reasonDialog.addEventListener('keydown', e => {
      const n = parseInt(e.key, 10);
      const radios = reasonDialog.querySelectorAll('input[name="reasonCode"]');
      if (n >= 1 && n <= radios.length && e.target.id !== 'reason-note') {
        e.preventDefault();
        radios[n - 1].checked = true;
        radios[n - 1].focus();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        reasonDialog.close('ok');
      }
    });
  }
  function decide(action) {
    if (reasonDialog && (action === 'reject' || action === 'escalate')) {
      reasonFor = action;
      document.getElementById('reason-action').textContent = {reject: 'Reject', escalate: 'Escalate'}[action];
      document.getElementById('reason-note').value = '';
      reasonDialog.returnValue = '';
      reasonDialog.showModal();
      reasonDialog.querySelector('input[name="reasonCode"]:checked')?.focus();
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
    const res = await fetch(queue + '/' + item.dataset.id + '/decision', {method: 'POST', headers, body: new URLSearchParams(params)});
    if (res.ok) { window.location.assign(queue); return; }
    let detail = 'HTTP ' + res.status;
    try { detail = (await res.json()).detail || detail; } catch (ignored) { /* not JSON */ }
    const warn = document.createElement('p');
    warn.className = 'claim-warning';
    warn.setAttribute('role', 'alert');
    warn.textContent = 'Could not ' + action + ': ' + detail;
    item.prepend(warn);
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
    if (reasonDialog && reasonDialog.open) return;
    const a = {a: 'approve', r: 'reject', e: 'escalate'}[e.key];
    if (a && item.querySelector('.actions')) { e.preventDefault(); decide(a); }
  });
})();
