(function () {
  'use strict';
  const rows = window.PARLEY_STATS || [];
  if (!rows.length || typeof uPlot === 'undefined') return;
  const xs = rows.map(r => Date.parse(r.day + 'T00:00:00Z') / 1000);
  const width = el => Math.max(280, el.clientWidth);
  const volume = document.getElementById('chart-volume');
  const agreement = document.getElementById('chart-agreement');
  const colors = ['#1f5fbf', '#b26b00', '#b3261e', '#2e7d32'];
  const series = ['comments', 'held', 'rejected', 'decisions'];
  new uPlot({
    width: width(volume), height: 220,
    series: [{}].concat(series.map((s, i) => ({label: s, stroke: colors[i], width: 2, dash: i % 2 ? [6, 3] : undefined})))
  }, [xs].concat(series.map(s => rows.map(r => r[s]))), volume);
  new uPlot({
    width: width(agreement), height: 160, scales: {y: {range: [0, 100]}},
    series: [{}, {label: 'agreement %', stroke: '#2e7d32', width: 2, spanGaps: true}]
  }, [xs, rows.map(r => r.agreement)], agreement);
})();
