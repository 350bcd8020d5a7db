// 统计分析: draws each figure's chart from the table under it with Apache ECharts (the webjar the portal serves), so
// the chart and the table always say the same and the page works without this file (the tables are the figures).
// A module of the portal's own: script-src 'self' holds (no inline script, no eval). Clicking a bar, point or slice
// follows its row's first link (the contracts behind it, or the city's own figures). Tooltips are drawn on the canvas
// (richText): ECharts' HTML tooltip writes style attributes, which style-src 'self' refuses.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const english = document.documentElement.lang.startsWith('en');

/** An amount in 元 on an axis: 万元 / 亿元 in Chinese, k / M / bn in English. */
function short(value) {
  const n = Number(value);
  if (english) {
    if (Math.abs(n) >= 1e9) return (n / 1e9).toFixed(1) + 'bn';
    if (Math.abs(n) >= 1e6) return (n / 1e6).toFixed(1) + 'M';
    if (Math.abs(n) >= 1e3) return (n / 1e3).toFixed(0) + 'k';
    return String(n);
  }
  if (Math.abs(n) >= 1e8) return (n / 1e8).toFixed(2) + '亿';
  if (Math.abs(n) >= 1e4) return (n / 1e4).toFixed(1) + '万';
  return String(n);
}

/** The table's rows as labels, links and the values of each column marked data-series. */
function read(table) {
  const heads = [...table.tHead.rows[0].cells];
  const columns = heads.map((th, i) => ({ name: th.textContent.trim(), index: i }))
    .filter((c) => heads[c.index].hasAttribute('data-series'));
  const rows = [...table.tBodies[0].rows];
  return {
    labels: rows.map((r) => r.cells[0].textContent.trim()),
    links: rows.map((r) => { const a = r.querySelector('a'); return a ? a.href : null; }),
    series: columns.map((c) => ({ name: c.name, values: rows.map((r) => { const v = r.cells[c.index].dataset.value; return v === undefined || v === '' ? null : Number(v); }) })),
  };
}

function option(kind, data) {
  const palette = ['#1f5fa8', '#2e9c6a', '#d98a1c', '#b8475a', '#6a55b8', '#4a9bb5'];
  const base = { color: palette, tooltip: { trigger: kind === 'pie' ? 'item' : 'axis', renderMode: 'richText' }, animation: false };
  if (kind === 'pie') {
    const s = data.series[0];
    return { ...base, legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], top: 0, bottom: 30,
        data: data.labels.map((name, i) => ({ name, value: s.values[i] })) }] };
  }
  if (kind === 'hbar' || kind === 'progress') {
    // ranked: the largest first (top), by the first series
    const order = data.labels.map((_, i) => i).sort((a, b) => data.series[0].values[b] - data.series[0].values[a]);
    const labels = order.map((i) => data.labels[i]).reverse();
    return { ...base, legend: { show: data.series.length > 1, top: 0 },
      grid: { left: 8, right: 24, top: data.series.length > 1 ? 28 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: kind === 'progress' ? (v) => Math.max(100, v.max) : null,
        axisLabel: { formatter: kind === 'progress' ? '{value}%' : short } },
      yAxis: { type: 'category', data: labels },
      series: data.series.map((s) => ({ name: s.name, type: 'bar',
        data: order.map((i) => s.values[i]).reverse(), _order: order })) };
  }
  return { ...base, legend: { show: data.series.length > 1, top: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: short } },
    series: data.series.map((s) => ({ name: s.name, type: kind === 'line' ? 'line' : 'bar', data: s.values,
      smooth: false })) };
}

for (const figure of document.querySelectorAll('figure[data-chart]')) {
  const table = figure.querySelector('table');
  if (!table || !table.tBodies.length || !table.tBodies[0].rows.length) continue;
  const data = read(table);
  if (!data.series.length) continue;
  const kind = figure.dataset.chart;
  const box = document.createElement('div');
  box.className = 'chart';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', (figure.querySelector('figcaption') || {}).textContent || '');
  box.dataset.testid = 'chart-canvas';
  figure.insertBefore(box, figure.querySelector('.table-wrap'));
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  const opts = option(kind, data);
  chart.setOption(opts);
  chart.on('click', (p) => {
    let index = p.dataIndex;
    if (kind === 'hbar' || kind === 'progress') {
      const order = opts.series[0]._order;
      index = order[order.length - 1 - p.dataIndex];
    }
    const link = data.links[index];
    if (link) window.location.href = link;
  });
  figure.dataset.drawn = 'true';
  new ResizeObserver(() => chart.resize()).observe(box);
}
