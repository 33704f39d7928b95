// <dd-chart>: our wrapper around Chart.js 4. The server sets `config` (a JSON string built by the Java
// class org.disclosuredesk.chart.Chart); clicks on a bar/point/slice come back as `chart-click` events.
import {
  Chart, BarController, LineController, DoughnutController, BarElement, LineElement, PointElement, ArcElement,
  CategoryScale, LinearScale, Tooltip, Legend, Title, Filler,
} from 'chart.js';

Chart.register(BarController, LineController, DoughnutController, BarElement, LineElement, PointElement, ArcElement,
  CategoryScale, LinearScale, Tooltip, Legend, Title, Filler);

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
Chart.defaults.font.family = FONT;

function format(value, unit, locale) {
  if (value === null || value === undefined) return '—';
  const digits = unit === '%' ? 1 : (Number.isInteger(value) ? 0 : 2);
  return new Intl.NumberFormat(locale || 'zh-CN', { maximumFractionDigits: digits }).format(value) + (unit ? ' ' + unit : '');
}

// Charts are drawn just after the browser has painted what arrived with them: the page's text (the figures a reader
// looks for first) is not held back by the drawing of every chart on it, and several charts set in one answer are
// drawn together.
const waiting = new Set();
let drawScheduled = false;
function drawAfterPaint(chart) {
  waiting.add(chart);
  if (drawScheduled) return;
  drawScheduled = true;
  // a requestAnimationFrame callback runs just before a paint; a task it queues runs after that paint
  requestAnimationFrame(() => setTimeout(() => {
    drawScheduled = false;
    const charts = [...waiting];
    waiting.clear();
    charts.forEach((c) => c._render());
  }, 0));
}

class DdChart extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Chart.js sizes the canvas from its parent: inside a shadow root that parent must be a positioned box.
    root.innerHTML = `<style>
        :host { display: block; position: relative; min-height: 220px; }
        .box { position: relative; width: 100%; height: 100%; min-height: inherit; }
      </style><div class="box"><canvas part="canvas"></canvas></div>`;
    this._canvas = root.querySelector('canvas');
    this._config = null;
    this._chart = null;
  }

  static get observedAttributes() { return []; }

  set config(json) {
    this._config = typeof json === 'string' ? JSON.parse(json) : json;
    drawAfterPaint(this);
  }

  get config() { return this._config; }

  connectedCallback() {
    // Vaadin detaches and re-attaches elements (navigation, login): draw again if we were destroyed.
    drawAfterPaint(this);
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** For tests: how much was drawn (length of the canvas as a PNG data URL). */
  drawnSize() {
    return this._chart ? this._canvas.toDataURL('image/png').length : 0;
  }

  _render() {
    if (!this.isConnected || !this._config) return;
    if (this._chart) this._chart.destroy();
    const c = this._config;
    const stacked = c.type === 'stacked-bar';
    const type = stacked ? 'bar' : c.type;
    const unit = c.unit || '';
    const locale = c.locale;
    const datasets = c.datasets.map((d) => {
      const base = { label: d.label, data: d.values, backgroundColor: d.colors || d.color, borderColor: d.color };
      if (type === 'line') Object.assign(base, { fill: false, tension: 0.2, spanGaps: false, pointRadius: 4 });
      return base;
    });
    const scales = type === 'doughnut' ? {} : {
      x: { stacked, ticks: { autoSkip: false, maxRotation: 45 } },
      y: { stacked, beginAtZero: true, ticks: { callback: (v) => format(v, unit, locale) } },
    };
    if (c.horizontal && type !== 'doughnut') {
      scales.x.ticks = { callback: (v) => format(v, unit, locale) };
      delete scales.y.ticks;
    }
    this._chart = new Chart(this._canvas, {
      type,
      data: { labels: c.labels.map((l) => (l.includes('\n') ? l.split('\n') : l)), datasets },
      options: {
        indexAxis: c.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        // no animation: a chart shows its figures at once, on the first paint and after every filter change
        // (a redrawn chart used to grow for 300 ms, longer than the server's answer)
        animation: c.animate === true ? { duration: 300 } : false,
        scales,
        plugins: {
          legend: { display: c.legend !== false, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const v = ctx.raw;
                const note = (c.datasets[ctx.datasetIndex].notes || [])[ctx.dataIndex];
                return `${ctx.dataset.label}: ${format(v, unit, locale)}${note ? ' (' + note + ')' : ''}`;
              },
            },
          },
        },
        onClick: (event, elements) => {
          if (!elements.length) return;
          const el = elements[0];
          this.dispatchEvent(new CustomEvent('chart-click', {
            detail: { datasetIndex: el.datasetIndex, index: el.index },
          }));
        },
        onHover: (event, elements) => {
          this._canvas.style.cursor = elements.length && c.clickable ? 'pointer' : 'default';
        },
      },
      plugins: [{
        id: 'dd-drawn',
        // when the chart was last drawn (performance.now()), for the filter-change bench and tests
        afterRender: () => { this.drawnAt = performance.now(); },
      }],
    });
  }
}

customElements.define('dd-chart', DdChart);
