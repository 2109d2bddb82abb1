import { svg, type TemplateResult } from 'lit';
import type { FundingYearResult } from '@npt/contract';

/**
 * Bars of the amount per year. Hidden from assistive technology: the table beside it carries the same
 * figures, and a chart read out bar by bar adds nothing.
 */
export function renderChart(years: readonly FundingYearResult[], label: (year: FundingYearResult) => string): TemplateResult {
  const width = 320;
  const height = 180;
  const top = 24;
  const bottom = 24;
  const max = Math.max(1, ...years.map((y) => y.amount));
  const slot = width / Math.max(1, years.length);
  const barWidth = Math.min(64, slot * 0.6);
  return svg`<svg part="chart" class="chart" viewBox="0 0 ${width} ${height}" role="presentation" aria-hidden="true" focusable="false">
    <line x1="0" x2=${width} y1=${height - bottom} y2=${height - bottom} class="axis"></line>
    ${years.map((y, i) => {
      const h = ((height - top - bottom) * y.amount) / max;
      const x = i * slot + (slot - barWidth) / 2;
      const yTop = height - bottom - h;
      return svg`<g>
        <rect x=${x} y=${yTop} width=${barWidth} height=${h} class=${y.capped ? 'bar capped' : 'bar'}></rect>
        <text x=${x + barWidth / 2} y=${Math.max(12, yTop - 6)} text-anchor="middle" class="value">${label(y)}</text>
        <text x=${x + barWidth / 2} y=${height - 6} text-anchor="middle" class="year">${y.year}</text>
      </g>`;
    })}
  </svg>`;
}
