// Draws the pooled-budget charts from the JSON beside each canvas, each when it is first
// scrolled near the screen, so a page with several charts does not draw them all at load.
// The canvas boxes are hidden in the HTML and shown here, so without JavaScript there is no
// empty box. Only the parts of Chart.js that bar charts need are registered, so the bundle
// stays small.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Scale } from 'chart.js';
import type { ChartSpec } from '../publication/charts.ts';
import { labelRoom, wrapLabel } from './chart-labels.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Colours at least 3:1 against white (WCAG 1.4.11), each with its own fill pattern so
// partners are told apart without colour.
const COLOURS = ['#1d4e89', '#b45309', '#0f766e', '#6d28d9', '#374151'];

function pattern(colour: string, index: number): CanvasPattern | string {
  if (index === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const c = tile.getContext('2d');
  if (!c) return colour;
  c.fillStyle = colour;
  c.fillRect(0, 0, 8, 8);
  c.strokeStyle = 'rgba(255,255,255,0.85)';
  c.fillStyle = 'rgba(255,255,255,0.85)';
  c.lineWidth = 1.5;
  if (index % 4 === 1) {
    c.beginPath();
    c.moveTo(0, 8);
    c.lineTo(8, 0);
    c.stroke();
  } else if (index % 4 === 2) {
    c.beginPath();
    c.arc(4, 4, 1.5, 0, Math.PI * 2);
    c.fill();
  } else {
    c.fillRect(0, 3, 8, 2);
  }
  return c.createPattern(tile, 'repeat') ?? colour;
}

const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
const short = (n: number) =>
  Math.abs(n) >= 1e6 ? `£${(n / 1e6).toFixed(1)}m` : Math.abs(n) >= 1e3 ? `£${Math.round(n / 1e3)}k` : `£${n}`;
const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const measure = document.createElement('canvas').getContext('2d');
/** The width of a category label as Chart.js draws it, in its default tick font. */
const labelWidth = (text: string) => {
  if (!measure) return text.length * 7;
  measure.font = `${Chart.defaults.font.size ?? 12}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
  return measure.measureText(text).width;
};

function draw(figure: HTMLElement, canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const stacked = spec.kind !== 'grouped';
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        backgroundColor: pattern(COLOURS[i % COLOURS.length], i),
        borderColor: COLOURS[i % COLOURS.length],
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      // A margin at the left, so a label is never drawn against the canvas edge.
      layout: { padding: { left: 4 } },
      animation: reduceMotion ? false : { duration: 400 },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1f2933', font: { size: 14 } } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${pounds(ctx.parsed[valueAxis] ?? 0)}` } },
      },
      scales: {
        [valueAxis]: {
          stacked,
          beginAtZero: true,
          ticks: { color: '#1f2933', callback: (v: string | number) => short(Number(v)) },
        },
        [categoryAxis]: {
          stacked,
          ticks: {
            color: '#1f2933',
            autoSkip: false,
            // Long scheme names beside horizontal bars wrap onto lines that fit the axis.
            callback(this: Scale, v: string | number) {
              const label = this.getLabelForValue(Number(v));
              return spec.horizontal ? wrapLabel(label, labelRoom(this.chart.width), labelWidth) : label;
            },
          },
        },
      },
    },
  });
  figure.dataset.chartDrawn = '';
}

const waiting = new Map<Element, () => void>();
const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            observer?.unobserve(e.target);
            waiting.get(e.target)?.();
            waiting.delete(e.target);
          }
        },
        { rootMargin: '200px 0px' },
      )
    : undefined;

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) {
  const box = figure.querySelector<HTMLElement>('.chart__canvas');
  const canvas = figure.querySelector('canvas');
  const json = figure.querySelector('[data-chart-spec]')?.textContent;
  if (!box || !canvas || !json) continue;
  const spec = JSON.parse(json) as ChartSpec;
  // The box takes its height now, so the page does not move when the chart is drawn.
  box.style.height = `${Number(box.dataset.chartHeight) || 320}px`;
  box.hidden = false;
  if (observer) {
    waiting.set(figure, () => draw(figure, canvas, spec));
    observer.observe(figure);
  } else draw(figure, canvas, spec);
}
