// The ECharts peer of the charts benchmark. Reads the shared data (a JSON file named on the command
// line), builds for each chart kind the ECharts option that draws the same chart, and times
// init → setOption → renderToSVGString → dispose with the server-side SVG renderer, inside Node.
// Prints one JSON object: per kind, the mean time of one render (ms) in each timed run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as echarts from 'echarts';

const require = createRequire(import.meta.url);
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const font = "'Noto Sans CJK SC', sans-serif";
const base = { animation: false, textStyle: { fontFamily: font }, title: { left: 12, top: 12, textStyle: { fontSize: 15 } } };
const grid = { left: 12, right: 24, top: 72, bottom: 24, containLabel: true };

function option(kind, d) {
  const title = { ...base.title, text: d.title };
  switch (kind) {
    case 'bar':
      return { ...base, title, grid, legend: { top: 40, left: 12 },
        xAxis: { type: 'category', data: d.categories }, yAxis: { type: 'value', name: '亿元' },
        series: d.series.map(s => ({ type: 'bar', name: s.name, data: s.values, label: { show: true, position: 'top' } })) };
    case 'ranking':
      return { ...base, title, grid,
        yAxis: { type: 'category', inverse: true, data: d.items.map(i => `${i.rank} ${i.name}`) }, xAxis: { type: 'value', show: false },
        series: [{ type: 'bar', data: d.items.map(i => ({ value: i.value, itemStyle: { color: i.highlight ? '#1F5A96' : '#A3BDD9' } })),
          label: { show: true, position: 'right' } }] };
    case 'line':
      return { ...base, title, grid, legend: { top: 40, left: 12 },
        xAxis: { type: 'category', data: d.categories }, yAxis: { type: 'value' },
        series: d.series.map((s, i) => ({ type: 'line', name: s.name, data: s.values, areaStyle: i === 0 ? { opacity: 0.12 } : undefined,
          endLabel: { show: true },
          markLine: i === 0 ? { symbol: 'none', lineStyle: { type: 'dashed' }, data: [{ yAxis: d.target, name: '目标' }] } : undefined })) };
    case 'stacked':
      return { ...base, title, grid, legend: { top: 40, left: 12 },
        xAxis: { type: 'category', data: d.categories }, yAxis: { type: 'value' },
        series: d.series.map(s => ({ type: 'bar', stack: 'total', name: s.name, data: s.values, label: { show: true } })) };
    case 'donut':
      return { ...base, title,
        series: [{ type: 'pie', radius: ['36%', '60%'], avoidLabelOverlap: true, labelLine: { show: true },
          label: { formatter: '{b}\n{c}，{d}%' }, data: d.slices }] };
    case 'funnel':
      return { ...base, title,
        series: [{ type: 'funnel', sort: 'none', top: 60, bottom: 20, left: '20%', width: '60%', label: { show: true, position: 'inside' },
          data: d.stages }] };
    case 'gauge':
      return { ...base, title, grid,
        yAxis: { type: 'category', inverse: true, data: d.rows.map(r => r.name) }, xAxis: { type: 'value', max: 1, show: false },
        series: [{ type: 'bar', showBackground: true, data: d.rows.map(r => ({ value: r.completion, itemStyle: { color: r.color } })),
          label: { show: true, position: 'right', formatter: p => `${(p.value * 100).toFixed(1)}% ${d.rows[p.dataIndex].light}` },
          markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, data: [{ xAxis: d.schedule, name: '时序进度' }] } }] };
    case 'sparkline':
      return { animation: false, grid: { left: 4, right: 4, top: 4, bottom: 4 },
        xAxis: { type: 'category', show: false, data: d.values.map((_, i) => i) }, yAxis: { type: 'value', show: false, scale: true },
        series: [{ type: 'line', data: d.values, symbol: 'none', lineStyle: { width: 1.5 } }] };
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

function render(kind, d) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: d.width, height: d.height });
  chart.setOption(option(kind, d));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const result = { version: require('echarts/package.json').version, node: process.version, kinds: {} };
for (const [kind, d] of Object.entries(input.kinds)) {
  let bytes = 0;
  for (let i = 0; i < input.warmup; i++) bytes = render(kind, d).length;
  const runs = [];
  for (let r = 0; r < input.runs; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < input.iterations; i++) render(kind, d);
    runs.push(Number(process.hrtime.bigint() - start) / 1e6 / input.iterations);
  }
  result.kinds[kind] = { runs, bytes };
}
process.stdout.write(JSON.stringify(result));
