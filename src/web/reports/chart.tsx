import { percent } from "../../domain/measures.ts";

export type Bar = { label: string; share: number | null };

const WIDTH = 640;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 18;
const ROW = LABEL_HEIGHT + BAR_HEIGHT + 10;
const VALUE_SPACE = 70;

/**
 * A horizontal bar chart of shares (0…1) drawn on the server as SVG: no script, scales with the
 * page. The threshold is a dashed line. Screen readers get the title and the table beside it.
 */
export function ShareChart({
  id,
  title,
  bars,
  threshold,
}: {
  id: string;
  title: string;
  bars: readonly Bar[];
  /** The line to compare with (0…1), if any. */
  threshold?: number | undefined;
}) {
  const scale = WIDTH - VALUE_SPACE;
  const height = Math.max(1, bars.length) * ROW + 10;
  return (
    <svg
      class="app-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      {bars.map((bar, i) => {
        const y = i * ROW;
        const below = threshold !== undefined && bar.share !== null && bar.share < threshold;
        return (
          <g>
            <text x="0" y={y + 14} class="app-chart__label">
              {bar.label}
            </text>
            <rect x="0" y={y + LABEL_HEIGHT} width={scale} height={BAR_HEIGHT} class="app-chart__track" />
            <rect
              x="0"
              y={y + LABEL_HEIGHT}
              width={Math.round((bar.share ?? 0) * scale)}
              height={BAR_HEIGHT}
              class={below ? "app-chart__bar app-chart__bar--below" : "app-chart__bar"}
            />
            <text x={scale + 8} y={y + LABEL_HEIGHT + 14} class="app-chart__value">
              {percent(bar.share)}
            </text>
          </g>
        );
      })}
      {threshold !== undefined && (
        <line
          x1={Math.round(threshold * scale)}
          x2={Math.round(threshold * scale)}
          y1="0"
          y2={height}
          class="app-chart__threshold"
        />
      )}
    </svg>
  );
}
