import { type ReactNode, useId, useState } from 'react';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';

/** What the caller of a chart may set of its frame (every chart takes these props). */
export type ChartFrameOptions = {
  /** Another title than the chart's own. */
  title?: string;
  headingLevel?: 2 | 3;
  /** Controls of the chart (e.g. the period shown), above the drawing. */
  controls?: ReactNode;
};

type ChartFrameProps = {
  /** The options the chart's caller set. */
  frame: ChartFrameOptions;
  /** The chart's own title, shown unless the caller set another. */
  title: string;
  /** A sentence or two saying what the chart shows, for everyone. */
  summary: ReactNode;
  /** The drawing; hidden from screen readers, which get the summary and the table. */
  children: ReactNode;
  /** The same data as an accessible table, one click away. */
  table: ReactNode;
  /** A key of symbols, shown under the drawing. */
  legend?: ReactNode;
};

/** Every chart's frame: title, text summary, drawing, legend and a button showing its data table. */
export function ChartFrame({ frame, title, summary, children, table, legend }: ChartFrameProps) {
  const { headingLevel = 3, controls } = frame;
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-frame mb-4">
      <Heading className={headingLevel === 2 ? 'h4' : 'h5'}>{frame.title ?? title}</Heading>
      <p className="chart-summary">{summary}</p>
      {controls}
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      {legend}
      {/* Without JavaScript the toggle cannot open the table: it is shown under the drawing. */}
      <noscript>{table}</noscript>
      <button
        type="button"
        className="btn btn-outline-primary btn-xs chart-table-toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="it-list" className="icon-primary me-1" />
        {open ? m.common.hideTable : m.common.showTable}
      </button>
      <div id={tableId} hidden={!open} className="chart-table mt-3">
        {open ? table : null}
      </div>
    </section>
  );
}
