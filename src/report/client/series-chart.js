// A series' chart with Chart.js: one dataset per entity and kind, over the periods in time order.
// Actual: solid line, filled dots; estimate: dotted line, hollow dots; target: dashed line,
// triangles. A click on a point opens its document at the quote.
(function () {
  'use strict';
  var canvas = document.getElementById('chart');
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  var STYLE = {
    actual: { dash: [], point: 'circle', filled: true },
    estimate: { dash: [2, 3], point: 'circle', filled: false },
    target: { dash: [8, 4], point: 'triangle', filled: false },
  };
  var entities = [];
  data.lines.forEach(function (l) { if (entities.indexOf(l.entity) < 0) entities.push(l.entity); });
  var datasets = data.lines.map(function (l) {
    var colour = COLOURS[entities.indexOf(l.entity) % COLOURS.length];
    var st = STYLE[l.kind] || STYLE.actual;
    return {
      label: (l.entity || 'own scope') + ' — ' + l.kind,
      data: l.points,
      borderColor: colour,
      backgroundColor: st.filled ? colour : '#ffffff',
      borderDash: st.dash,
      pointStyle: st.point,
      pointRadius: 5,
      pointHoverRadius: 8,
      pointBorderWidth: 2,
      borderWidth: 2,
      tension: 0,
    };
  });
  var chart = new Chart(canvas, {
    type: 'line',
    data: { labels: data.periods, datasets: datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: { xAxisKey: 'x', yAxisKey: 'y' },
      // 'point': two sources stating the same value for the same period draw one dot; the tooltip lists both.
      interaction: { mode: 'point', intersect: true },
      scales: {
        x: { type: 'category', offset: true, title: { display: true, text: 'period' } },
        y: { title: { display: !!data.unit, text: data.unit } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: function (ctx) { return ctx.dataset.label + ': ' + ctx.raw.y.toLocaleString('vi') + (data.unit ? ' ' + data.unit : ''); },
            afterLabel: function (ctx) { return ctx.raw.source + '\n' + ctx.raw.quote; },
          },
        },
      },
      onHover: function (e, els) { canvas.style.cursor = els.length ? 'pointer' : 'default'; },
      onClick: function (e, els) {
        if (!els.length) return;
        var p = datasets[els[0].datasetIndex].data[els[0].index];
        location.href = p.href;
      },
    },
  });
  canvas.setAttribute('data-drawn', String(chart.data.datasets.reduce(function (n, d, i) { return n + chart.getDatasetMeta(i).data.length; }, 0)));
  window.VNX_CHART = chart;
})();
