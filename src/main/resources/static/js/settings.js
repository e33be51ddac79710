// Keeps each slider and its number input in step; htmx posts the form for a live preview on input.
(function () {
  'use strict';
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  const header = document.querySelector('meta[name="csrf-header"]')?.content || 'X-CSRF-TOKEN';
  document.body.addEventListener('htmx:configRequest', e => { if (token) e.detail.headers[header] = token; });
  document.querySelectorAll('input.slider').forEach(slider => {
    const box = document.getElementById(slider.dataset.for);
    slider.addEventListener('input', () => {
      box.value = slider.value;
      box.dispatchEvent(new Event('input', {bubbles: true}));
    });
    box.addEventListener('input', () => { slider.value = box.value; });
  });
  // Moving the waiting comments is not undone with a click: the owner confirms the figures first.
  // the backlog panel arrives after the page (htmx), so its confirmation is asked by delegation
  document.addEventListener('submit', e => {
    const f = e.target;
    if (f.id === 'backlog' && !window.confirm(f.dataset.confirm)) e.preventDefault();
  });
})();
