import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { TableScroll } from '../ui/Notice';
import './charts.css';
import { chartMessages } from './messages';

/**
 * A chart with its numbers one click away: the button beside the title reveals a table of exactly the
 * plotted data (for screen readers, for checking, for copying into a paper). The chart is a picture
 * (role="img" with a label); the table is the accessible form of the same figures.
 *
 * `printNumbers`: the table is printed even when closed, so the paper carries the figures (the HR
 * Dashboard's printout); otherwise a closed table stays off the paper (the monitoring dashboard's charts).
 */
export function ChartFigure({
  title,
  testId,
  chart,
  numbers,
  printNumbers = false,
  className,
}: {
  title: string;
  testId: string;
  chart: ReactNode;
  /** The table (a <table>) of the plotted data. */
  numbers: ReactNode;
  printNumbers?: boolean;
  className?: string;
}) {
  const m = useMessages(chartMessages);
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const numbersClass = [
    'chart-figure__numbers',
    open ? '' : 'chart-figure__numbers--closed',
    printNumbers ? 'chart-figure__numbers--print' : '',
  ].filter(Boolean);
  return (
    <figure className={['chart-figure', className].filter(Boolean).join(' ')} data-testid={testId}>
      <figcaption className="chart-figure__head">
        <span className="chart-figure__title">{title}</span>
        <button
          type="button"
          className="button chart-figure__toggle no-print"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((o) => !o)}
          data-testid={`${testId}-numbers-toggle`}
        >
          {open ? m('hideNumbers') : m('showNumbers')}
        </button>
      </figcaption>
      {chart}
      <div id={tableId} className={numbersClass.join(' ')} data-testid={`${testId}-numbers`}>
        {(open || printNumbers) && (
          <TableScroll label={m('numbersOf', { chart: title })}>{numbers}</TableScroll>
        )}
      </div>
    </figure>
  );
}
