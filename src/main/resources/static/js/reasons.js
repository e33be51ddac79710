// The reason picker that reject and escalate open on the queue and the item page (fragments :: reasonDialog):
// a number or the arrows pick a reason, Enter confirms (a focused button does its own), Esc cancels. One copy, so both pages behave alike.
window.ParleyReasons = (function () {
  'use strict';
  // Returns ask(action) when the page has the dialog (the site has reasons), else null; onPick(action, code, note).
  function picker(onPick) {
    const dialog = document.getElementById('reason-dialog');
    if (!dialog) return null;
    let pending = null;
    let opener = null;
    dialog.addEventListener('close', () => {
      const action = pending;
      pending = null;
      // back where the moderator was (the queue row, the item), so the next key acts there and not on the page body
      if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus({preventScroll: true});
      opener = null;
      if (dialog.returnValue !== 'ok' || !action) return;
      const code = dialog.querySelector('input[name="reasonCode"]:checked')?.value;
      onPick(action, code, document.getElementById('reason-note').value.trim());
    });
    dialog.addEventListener('keydown', e => {
      const n = parseInt(e.key, 10);
      const radios = dialog.querySelectorAll('input[name="reasonCode"]');
      if (n >= 1 && n <= radios.length && e.target.id !== 'reason-note') {
        e.preventDefault();
        radios[n - 1].checked = true;
        radios[n - 1].focus();
      } else if (e.key === 'Enter' && e.target.tagName !== 'BUTTON') {
        // a focused button does what it says: Enter on Cancel confirmed the decision a keyboard user meant to drop
        e.preventDefault();
        dialog.close('ok');
      }
    });
    const ask = action => {
      pending = action;
      opener = document.activeElement;
      document.getElementById('reason-action').textContent = {reject: 'Reject', escalate: 'Escalate'}[action];
      document.getElementById('reason-note').value = '';
      // each opening starts at the first reason, so the arrows and Enter do the same every time (a cancelled pick stayed)
      const first = dialog.querySelector('input[name="reasonCode"]');
      if (first) first.checked = true;
      dialog.returnValue = '';
      dialog.showModal();
      dialog.querySelector('input[name="reasonCode"]:checked')?.focus();
    };
    ask.isOpen = () => dialog.open;
    return ask;
  }
  return {picker};
})();
