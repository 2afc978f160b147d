import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { wfMessages } from './messages';

/**
 * A chart with its numbers one click away (the monitoring dashboard's pattern): the button reveals a table
 * of exactly the plotted data. While printing the table shows too, so the paper carries the figures.
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
  numbers: ReactNode;
}) {
  const m = useMessages(wfMessages);
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <figure className="chart-figure wf-figure" data-testid={testId}>
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
      <div
        id={tableId}
        className={`chart-figure__numbers wf-numbers${open ? '' : ' wf-numbers--closed'}`}
        data-testid={`${testId}-numbers`}
      >
        <TableScroll label={m('numbersOf', { chart: title })}>{numbers}</TableScroll>
      </div>
    </figure>
  );
}
