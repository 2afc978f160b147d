import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { dashboardMessages } from './messages';

/**
 * A chart with its numbers one click away: the button beside the title reveals a table of exactly the
 * plotted data (for screen readers, for checking, for copying into a paper). The chart is a picture
 * (role="img" with a label); the table is the accessible form of the same figures.
 */
export function ChartFigure({
  title,
  testId,
  chart,
  numbers,
}: {
  title: string;
  testId: string;
  chart: ReactNode;
  /** The table (a <table>) of the plotted data. */
  numbers: ReactNode;
}) {
  const m = useMessages(dashboardMessages);
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <figure className="chart-figure" data-testid={testId}>
      <figcaption className="chart-figure__head">
        <span className="chart-figure__title">{title}</span>
        <button
          type="button"
          className="button chart-figure__toggle"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((o) => !o)}
          data-testid={`${testId}-numbers-toggle`}
        >
          {open ? m('hideNumbers') : m('showNumbers')}
        </button>
      </figcaption>
      {chart}
      <div id={tableId} hidden={!open} className="chart-figure__numbers" data-testid={`${testId}-numbers`}>
        {open && <TableScroll label={m('numbersOf', { chart: title })}>{numbers}</TableScroll>}
      </div>
    </figure>
  );
}
