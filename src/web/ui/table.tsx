import type { Child } from "hono/jsx";

/** A column heading: its text, or what to show when that differs (the text then labels cells). */
export type Column = string | { label: string; content: Child };

/** A row: its cells, or its cells with attributes for the `<tr>` (ids, test hooks). */
export type Row = Child[] | { cells: Child[]; attrs: Record<string, string | undefined> };

/**
 * The one GOV.UK table of the site. On small screens (below 40.0625em) it stacks: each row
 * becomes a card and each cell shows its column heading before its value (`data-label`, drawn
 * by `public/app.css`), so nothing scrolls sideways. `stack={false}` keeps the grid (a month
 * calendar, whose seven narrow columns fit any screen).
 */
export function Table(p: {
  head: Column[];
  rows: Row[];
  caption?: Child;
  /** The caption's size; "hidden" keeps it for screen readers only. */
  captionSize?: "s" | "m" | "l" | "hidden";
  stack?: boolean;
  class?: string;
  testid?: string;
  /** The first cell of each row heads it (`<th scope="row">`). */
  rowHeaders?: boolean;
  /** Shown across the table when there are no rows. */
  empty?: Child;
  /** Attributes of the `<table>` itself (test hooks). */
  attrs?: Record<string, string>;
}) {
  const labels = p.head.map((h) => (typeof h === "string" ? h : h.label));
  const stack = p.stack ?? true;
  const classes = ["govuk-table", stack ? "app-table--stack" : "", p.class ?? ""].filter(Boolean).join(" ");
  const captionClass =
    p.captionSize === "hidden"
      ? "govuk-table__caption govuk-visually-hidden"
      : `govuk-table__caption govuk-table__caption--${p.captionSize ?? "m"}`;
  return (
    <table class={classes} data-testid={p.testid} {...p.attrs}>
      {p.caption ? <caption class={captionClass}>{p.caption}</caption> : null}
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {p.head.map((h) => (
            <th scope="col" class="govuk-table__header">
              {typeof h === "string" ? h : h.content}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {p.rows.length === 0 && p.empty ? (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" colspan={p.head.length}>
              {p.empty}
            </td>
          </tr>
        ) : null}
        {p.rows.map((row) => {
          const { cells, attrs } = Array.isArray(row) ? { cells: row, attrs: {} } : row;
          return (
            <tr class="govuk-table__row" {...attrs}>
              {cells.map((cell, i) =>
                p.rowHeaders && i === 0 ? (
                  <th scope="row" class="govuk-table__header">
                    {cell}
                  </th>
                ) : (
                  <td class="govuk-table__cell" data-label={stack ? labels[i] : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
