// Keyboard-first review queue. Decisions go over fetch; the item view loads with htmx; the list is
// polled so items decided by anyone leave every moderator's screen within a few seconds.
(function () {
  'use strict';
  const main = document.querySelector('main[data-site]');
  if (!main) return;
  const site = main.dataset.site;
  const base = '/sites/' + encodeURIComponent(site);
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  const tokenHeader = document.querySelector('meta[name="csrf-header"]')?.content || 'X-CSRF-TOKEN';
  const statusEl = document.getElementById('status');
  const detail = document.getElementById('detail');
  const help = document.getElementById('help');
  const undoStack = [];
  let current = -1;
  let pendingFocus = null;

  document.body.addEventListener('htmx:configRequest', e => {
    if (token) e.detail.headers[tokenHeader] = token;
  });

  function rows() { return Array.from(document.querySelectorAll('#list .item')); }
  function say(msg, bad) {
    statusEl.textContent = msg;
    statusEl.classList.toggle('bad', !!bad);
  }

  async function post(url, params) {
    const headers = {'X-Requested-With': 'fetch', 'Content-Type': 'application/x-www-form-urlencoded'};
    if (token) headers[tokenHeader] = token;
    const res = await fetch(url, {method: 'POST', headers, body: new URLSearchParams(params || {}), credentials: 'same-origin'});
    let body = {};
    try { body = await res.json(); } catch (ignored) { /* not JSON */ }
    if (!res.ok) {
      const failed = new Error(body.detail || ('HTTP ' + res.status));
      failed.status = res.status;
      throw failed;
    }
    return body;
  }

  function select(i, load) {
    const list = rows();
    if (list.length === 0) {
      current = -1;
      detail.innerHTML = '<p class="muted">Queue is empty.</p>';
      return;
    }
    i = Math.max(0, Math.min(i, list.length - 1));
    list.forEach(r => { r.classList.remove('current'); r.removeAttribute('aria-current'); });
    const row = list[i];
    row.classList.add('current');
    row.setAttribute('aria-current', 'true');
    row.focus({preventScroll: true});
    row.scrollIntoView({block: 'nearest'});
    current = i;
    if (load !== false) htmx.ajax('GET', row.dataset.url, {target: '#detail', swap: 'innerHTML'});
  }

  function currentRow() { return rows()[current]; }

  function removeRows(ids) {
    const set = new Set(ids.map(String));
    const list = rows();
    let idx = current;
    list.forEach((r, i) => {
      if (set.has(r.dataset.id)) {
        if (i < current) idx--;
        r.remove();
      }
    });
    const count = document.getElementById('open-count');
    if (count) count.textContent = Math.max(0, parseInt(count.textContent, 10) - ids.length);
    return idx;
  }

  // Reject and escalate ask for one of the site's reasons (and an optional note) when the site has any.
  const askReason = window.ParleyReasons.picker((action, code, note) => send(action, code, note));

  async function decide(action) {
    if (!currentRow()) return;
    if (askReason && (action === 'reject' || action === 'escalate')) {
      askReason(action);
      return;
    }
    send(action);
  }

  async function send(action, reasonCode, reason) {
    const row = currentRow();
    if (!row) return;
    const id = row.dataset.id;
    const params = {action};
    if (reasonCode) params.reasonCode = reasonCode;
    if (reason) params.reason = reason;
    try {
      const d = await post(base + '/queue/' + id + '/decision', params);
      undoStack.push(d.decision);
      const name = describe(row);
      const idx = removeRows([id]);
      say(label(action) + ' ' + name + '. Press u to undo.');
      select(idx);
    } catch (e) {
      // name the comment, not the item's number, and say that this action did nothing
      say('Could not ' + action + ' ' + describe(row) + ': ' + e.message + '. Nothing was done.', true);
      // decided or claimed by a colleague meanwhile: the list catches up now rather than at the next poll
      if (e.status === 409) poll();
    }
  }

  async function bulk(action) {
    const chosen = rows().filter(r => r.querySelector('.sel').checked).map(r => r.dataset.id);
    if (chosen.length === 0) {
      say('Nothing selected: press x on comments first.', true);
      return;
    }
    try {
      const d = await post(base + '/queue/bulk', {ids: chosen.join(','), action});
      d.decisions.forEach(x => undoStack.push(x.decision));
      const idx = removeRows(chosen);
      say(label(action) + ' ' + chosen.length + ' comments. Press u to undo the last one.');
      select(idx);
    } catch (e) {
      if (e.status === 409) {
        // a colleague decided one of them meanwhile: it leaves the list now, the others stay selected for another go
        say('Bulk ' + action + ' failed, nothing changed: ' + e.message
          + '. Comments decided meanwhile leave the list; the rest stay selected.', true);
        poll();
        return;
      }
      say('Bulk ' + action + ' failed, nothing changed: ' + e.message, true);
    }
  }

  async function undo() {
    const decision = undoStack.pop();
    if (decision === undefined) {
      say('Nothing to undo.', true);
      return;
    }
    try {
      const back = await post(base + '/decisions/' + decision + '/undo');
      pendingFocus = String(back.item);
      const q = document.getElementById('list').dataset.query || '';
      htmx.ajax('GET', base + '/queue/list?' + q, {target: '#list', swap: 'outerHTML'});
      const count = document.getElementById('open-count');
      if (count) count.textContent = parseInt(count.textContent, 10) + 1;
      say('Undone: the comment is back in the queue.');
    } catch (e) {
      say('Undo failed: ' + e.message, true);
    }
  }

  // The comment as the moderator knows it (author and opening words), not the review item's number.
  function describe(row) {
    const author = row.querySelector('.author')?.textContent.trim() || 'anonymous';
    const text = (row.querySelector('.text')?.textContent || '').trim().replace(/\s+/g, ' ');
    return 'the comment by ' + author + (text ? ' (“' + (text.length > 40 ? text.slice(0, 40) + '…' : text) + '”)' : '');
  }

  function label(action) {
    return {approve: 'Approved', reject: 'Rejected', escalate: 'Escalated'}[action] || action;
  }

  function toggleSelection() {
    const row = currentRow();
    if (!row) return;
    const box = row.querySelector('.sel');
    box.checked = !box.checked;
    row.classList.toggle('selected', box.checked);
    const n = rows().filter(r => r.querySelector('.sel').checked).length;
    say(n + ' selected.');
  }

  function toggleHelp() {
    if (help.open) help.close(); else help.showModal();
  }

  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.tagName === 'INPUT' && t.type !== 'checkbox' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    if (help.open && e.key !== '?' && e.key !== 'Escape') return;
    if (askReason && askReason.isOpen()) return;
    const keys = {
      j: () => select(current + 1), k: () => select(current - 1),
      a: () => decide('approve'), r: () => decide('reject'), e: () => decide('escalate'),
      x: toggleSelection, A: () => bulk('approve'), R: () => bulk('reject'), u: undo, '?': toggleHelp
    };
    const f = keys[e.key];
    if (f) {
      e.preventDefault();
      f();
    }
  });

  document.getElementById('help-button').addEventListener('click', toggleHelp);
  document.addEventListener('click', e => {
    const btn = e.target.closest('#detail .actions button[data-action]');
    if (btn) { decide(btn.dataset.action); return; }
    const row = e.target.closest('#list .item');
    if (row && !e.target.classList.contains('sel')) select(rows().indexOf(row));
    if (row && e.target.classList.contains('sel')) row.classList.toggle('selected', e.target.checked);
  });

  document.body.addEventListener('htmx:afterSwap', e => {
    if (e.detail.target.id === 'detail') {
      // the thread above can be long: bring the comment being decided into view, context just above it
      const focus = detail.querySelector('.focus-comment');
      if (focus) detail.scrollTop += focus.getBoundingClientRect().top - detail.getBoundingClientRect().top - 120;
      return;
    }
    if (e.detail.target.id === 'list' || e.target.id === 'list') {
      const list = rows();
      const i = pendingFocus ? list.findIndex(r => r.dataset.id === pendingFocus) : 0;
      pendingFocus = null;
      select(Math.max(0, i));
    }
  });

  // A comment that could not be loaded (session ended, decided and gone, server down) must not leave the previous
  // comment on show under the newly selected row, where a key would decide the row without its text being seen.
  function detailFailed(why) {
    const p = document.createElement('p');
    p.className = 'claim-warning';
    p.setAttribute('role', 'alert');
    p.textContent = 'Could not show this comment: ' + why;
    detail.replaceChildren(p);
    say(p.textContent, true);
  }
  document.body.addEventListener('htmx:responseError', e => {
    if (e.detail.target?.id !== 'detail') return;
    let why = 'HTTP ' + e.detail.xhr.status;
    try { why = JSON.parse(e.detail.xhr.responseText).detail || why; } catch (ignored) { /* not JSON */ }
    detailFailed(why);
  });
  document.body.addEventListener('htmx:sendError', e => {
    if (e.detail.target?.id === 'detail') detailFailed('the server could not be reached');
  });

  // Presence: colleagues see which comment this moderator has open (never a lock), renewed while the
  // page is open and released on leaving, so nothing stays marked after the moderator has gone.
  setInterval(() => { post(base + '/queue/renew').catch(() => {}); }, 20000);
  window.addEventListener('pagehide', () => {
    const param = document.querySelector('meta[name="csrf-param"]')?.content || '_csrf';
    const body = new URLSearchParams();
    if (token) body.append(param, token);
    navigator.sendBeacon(base + '/queue/release', body);
  });

  // Items decided elsewhere leave the list; items another moderator opened are marked.
  async function poll() {
    const ids = rows().map(r => r.dataset.id);
    try {
      const res = await fetch(base + '/queue/open?ids=' + ids.join(','), {headers: {'X-Requested-With': 'fetch'}, credentials: 'same-origin'});
      if (res.status === 401) {
        // the session ended (time-out, log-out elsewhere, restart): say so rather than let the list go stale silently
        let detail = 'Your session has ended: reload the page and log in again.';
        try { detail = (await res.json()).detail || detail; } catch (ignored) { /* not JSON */ }
        say(detail, true);
        return;
      }
      if (!res.ok) return;
      const body = await res.json();
      const gone = ids.filter(id => !(id in body.open));
      if (gone.length) {
        const wasCurrent = currentRow()?.dataset.id;
        const idx = removeRows(gone);
        if (gone.includes(wasCurrent)) select(idx); else if (current >= 0) current = Math.min(idx, rows().length - 1);
      }
      const viewing = body.viewing || {};
      rows().forEach(r => {
        const holder = body.open[r.dataset.id];
        const viewer = viewing[r.dataset.id];
        const other = holder && holder !== main.dataset.me ? 'claimed by ' + holder
          : viewer && viewer !== main.dataset.me ? viewer + ' has it open' : '';
        r.classList.toggle('taken', !!holder && holder !== main.dataset.me);
        let tag = r.querySelector('.taken-by');
        if (other && !tag) {
          tag = document.createElement('span');
          tag.className = 'taken-by';
          r.querySelector('.meta')?.append(tag);
        }
        if (tag) tag.textContent = other;
      });
      const count = document.getElementById('open-count');
      if (count) count.textContent = body.count;
    } catch (ignored) { /* next poll */ }
  }
  setInterval(poll, 2500);

  if (rows().length) select(0);
})();
