// The reason picker that reject and escalate open on the queue and the item page (fragments :: reasonDialog):
// a number picks a reason, Enter confirms, Esc cancels. One copy, so both pages behave alike.
window.ParleyReasons = (function () {
  'use strict';
  // Returns ask(action) when the page has the dialog (the site has reasons), else null; onPick(action, code, note).
  function picker(onPick) {
    const dialog = document.getElementById('reason-dialog');
    if (!dialog) return null;
    let pending = null;
    dialog.addEventListener('close', () => {
      const action = pending;
      pending = null;
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
      } else if (e.key === 'Enter') {
        e.preventDefault();
        dialog.close('ok');
      }
    });
    const ask = action => {
      pending = action;
      document.getElementById('reason-action').textContent = {reject: 'Reject', escalate: 'Escalate'}[action];
      document.getElementById('reason-note').value = '';
      dialog.returnValue = '';
      dialog.showModal();
      dialog.querySelector('input[name="reasonCode"]:checked')?.focus();
    };
    ask.isOpen = () => dialog.open;
    return ask;
  }
  return {picker};
})();
