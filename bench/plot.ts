import { escapeXml } from '../src/export/writers/xml.ts';

// A small SVG line chart (log-scaled axes) for docs/benchmarks.md: no plotting library needed for a few lines,
// and the SVG renders on GitHub and in any browser.

export interface Series {
  name: string;
  points: [number, number][];
  dashed?: boolean;
  /** Series sharing a colour index are drawn in one colour (e.g. GraphQL solid, raw Cypher dashed). */
  colour?: number;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const W = 720;
const H = 400;
const M = { left: 70, right: 230, top: 40, bottom: 50 };

const fmt = (v: number) =>
  v >= 1000 ? `${Math.round(v / 1000)}k` : v >= 10 ? String(Math.round(v)) : v.toPrecision(2);

function ticks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= min / 1.01 && v <= max * 1.01) out.push(v);
    }
  }
  return out;
}

export function lineChart(title: string, xLabel: string, yLabel: string, series: Series[]): string {
  const all = series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0);
  if (all.length === 0) return '';
  const [x0, x1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...all.map((p) => p[1])) / 1.5, Math.max(...all.map((p) => p[1])) * 1.5];
  const lx = (x: number) =>
    M.left + (x1 === x0 ? 0.5 : (Math.log(x) - Math.log(x0)) / (Math.log(x1) - Math.log(x0))) * (W - M.left - M.right);
  const ly = (y: number) =>
    H - M.bottom - ((Math.log(y) - Math.log(y0)) / (Math.log(y1) - Math.log(y0))) * (H - M.top - M.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="22" font-size="15">${escapeXml(title)}</text>`,
    `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="black"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="black"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  ];
  for (const x of new Set(all.map((p) => p[0]))) {
    parts.push(`<text x="${lx(x)}" y="${H - M.bottom + 16}" text-anchor="middle">${fmt(x)}</text>`);
  }
  for (const y of ticks(y0, y1)) {
    parts.push(
      `<line x1="${M.left}" y1="${ly(y)}" x2="${W - M.right}" y2="${ly(y)}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${ly(y) + 4}" text-anchor="end">${fmt(y)}</text>`,
    );
  }
  series.forEach((s, i) => {
    const colour = COLOURS[(s.colour ?? i) % COLOURS.length];
    const points = s.points.filter(([x, y]) => x > 0 && y > 0).sort((a, b) => a[0] - b[0]);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${points.map(([x, y]) => `${lx(x).toFixed(1)},${ly(y).toFixed(1)}`).join(' ')}"/>`,
      ...points.map(([x, y]) => `<circle cx="${lx(x).toFixed(1)}" cy="${ly(y).toFixed(1)}" r="3" fill="${colour}"/>`),
      `<line x1="${W - M.right + 12}" y1="${M.top + 8 + i * 18}" x2="${W - M.right + 36}" y2="${M.top + 8 + i * 18}" stroke="${colour}" stroke-width="2"${dash}/>`,
      `<text x="${W - M.right + 42}" y="${M.top + 12 + i * 18}">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
