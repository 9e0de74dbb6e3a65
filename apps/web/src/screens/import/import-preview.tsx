import type { RouterOutputs } from '@switchoff/api';
import type { CsvEncoding } from '@switchoff/domain/formats';
import { type ReactNode, type RefObject, useState } from 'react';
import { Icon } from '../../components/icon';
import { KeyFigures } from '../../components/key-figure';
import { Section } from '../../components/section';
import { TableScroll } from '../../components/table-scroll';
import { useI18n } from '../../i18n/i18n';

export type ImportPreview = RouterOutputs['imports']['preview'];
type Change = ImportPreview['change'][number];
type CsvValue = Change['after'][string];

/** Rows shown before "Mostra tutte le righe". */
export const FIRST_ROWS = 50;

function useValueText() {
  const { m, f } = useI18n();
  return (column: string, value: CsvValue | undefined): ReactNode => {
    if (value === null || value === undefined || value === '')
      return <em className="import-empty">{m.importer.empty}</em>;
    if (typeof value === 'number') {
      return column === 'costo_euro' ? f.euro(value) : f.number(value);
    }
    if (column.startsWith('data_') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return f.dateShort(value);
    return value;
  };
}

/** Line of a refusal: "1 (intestazione)" for the header, "tutto il file" for the file as a whole. */
function useLineText() {
  const { m, f } = useI18n();
  return (line: number | null) =>
    line === null ? m.importer.wholeFile : line === 1 ? m.importer.header : f.number(line);
}

function ShowMore({ total, open, onToggle }: { total: number; open: boolean; onToggle: () => void }) {
  const { m, f } = useI18n();
  if (total <= FIRST_ROWS) return null;
  return (
    <button type="button" className="btn btn-link btn-sm px-0" aria-expanded={open} onClick={onToggle}>
      {open ? m.importer.showFewer : m.importer.showAll({ n: f.number(total) })}
    </button>
  );
}

/** Every refusal of the file: line, column, value and reason, in the chosen language. */
export function ImportErrors({ errors }: { errors: ImportPreview['errors'] }) {
  const { m, msg } = useI18n();
  const lineText = useLineText();
  const [open, setOpen] = useState(false);
  const rows = open ? errors : errors.slice(0, FIRST_ROWS);
  return (
    <Section
      headingId="import-errors-title"
      icon={<Icon name="it-error" size="sm" className="me-1 import-error-icon" />}
      title={m.importer.errorsTitle}
      level={3}
      headingClassName="h5"
      className="mb-4"
    >
      <p>{m.importer.errorsLead}</p>
      <TableScroll labelledBy="import-errors-caption">
        <table className="table table-sm data-table import-errors">
          <caption id="import-errors-caption">{m.importer.errorsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.importer.line}</th>
              <th scope="col">{m.importer.column}</th>
              <th scope="col">{m.importer.value}</th>
              <th scope="col">{m.importer.reason}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((error, index) => (
              <tr key={`${error.line ?? 'file'}-${error.column ?? ''}-${index}`}>
                <th scope="row" className="text-nowrap">
                  {lineText(error.line)}
                </th>
                <td>{error.column ? <code>{error.column}</code> : '—'}</td>
                <td className="import-value">{error.value ?? ''}</td>
                <td>{msg(error.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ShowMore total={errors.length} open={open} onToggle={() => setOpen(!open)} />
    </Section>
  );
}

/** Rows that add or change data: each changed column before → after, each new row's values. */
function ImportRows({ rows, mode }: { rows: readonly Change[]; mode: 'add' | 'change' }) {
  const { m, f } = useI18n();
  const valueText = useValueText();
  const [open, setOpen] = useState(false);
  if (rows.length === 0) return null;
  const shown = open ? rows : rows.slice(0, FIRST_ROWS);
  const id = `import-${mode}-title`;
  return (
    <Section
      headingId={id}
      title={
        <>
          {mode === 'add' ? m.importer.addTitle : m.importer.changesTitle} ({f.number(rows.length)})
        </>
      }
      level={3}
      headingClassName="h5"
      className="mb-4"
    >
      <TableScroll labelledBy={`${id}-caption`}>
        <table className="table table-sm data-table import-rows">
          <caption id={`${id}-caption`}>{mode === 'add' ? m.importer.addCaption : m.importer.changesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.importer.line}</th>
              <th scope="col">{m.importer.item}</th>
              <th scope="col">{mode === 'add' ? m.importer.values : m.importer.changes}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.line}-${row.label}`}>
                <td className="text-nowrap">{f.number(row.line)}</td>
                <th scope="row">{row.label}</th>
                <td>
                  <ul className="list-unstyled mb-0 import-values">
                    {Object.entries(row.after).map(([column, after]) => (
                      <li key={column}>
                        <code>{column}</code>:{' '}
                        {mode === 'change' ? (
                          <>
                            <span className="import-before">{valueText(column, row.before?.[column])}</span>{' '}
                            <span aria-hidden="true">→</span>
                            <span className="visually-hidden"> {m.importer.becomes} </span>{' '}
                            <span className="import-after">{valueText(column, after)}</span>
                          </>
                        ) : (
                          valueText(column, after)
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ShowMore total={rows.length} open={open} onToggle={() => setOpen(!open)} />
    </Section>
  );
}

type ImportPreviewViewProps = {
  preview: ImportPreview;
  fileName: string;
  /** How the browser read the file: Windows-1252 is said, since it is what Excel's "CSV" is. */
  encoding?: CsvEncoding | undefined;
  onApply: () => void;
  applying: boolean;
  headingRef?: RefObject<HTMLHeadingElement | null>;
};

/** What a file would do: totals, refusals, rows to add and change before → after, and "Applica". */
export function ImportPreviewView({
  preview,
  fileName,
  encoding,
  onApply,
  applying,
  headingRef,
}: ImportPreviewViewProps) {
  const { m, f } = useI18n();
  const t = m.importer;
  const { totals } = preview;
  const whyNot = totals.errors > 0 ? t.cannotApplyErrors : t.cannotApplyNothing;
  return (
    <section aria-labelledby="import-result-title" className="import-result mb-5">
      <h2 id="import-result-title" ref={headingRef} tabIndex={-1} className="h3">
        {t.resultTitle}
      </h2>
      <p>{t.resultLead({ file: fileName })}</p>
      <KeyFigures
        className="mb-3"
        figures={(['add', 'change', 'unchanged', 'errors'] as const).map((key) => ({
          label: t.totals[key],
          value: f.number(totals[key]),
        }))}
      />
      <p className="small">
        {t.rowsRead({ n: f.number(totals.rows) })}{' '}
        {t.separator({ sep: t.separatorNames[preview.separator] ?? preview.separator })}.
        {preview.ignoredColumns.length > 0 ? (
          <> {t.ignoredColumns({ list: preview.ignoredColumns.join(', ') })}</>
        ) : null}
        {preview.truncated ? <> {t.truncated}</> : null}
      </p>
      {encoding === 'windows-1252' ? (
        <p className="small">
          <Icon name="it-info-circle" size="xs" className="me-1" />
          {t.readAsWindows1252}
        </p>
      ) : null}
      {preview.errors.length > 0 ? <ImportErrors errors={preview.errors} /> : null}
      <ImportRows rows={preview.change} mode="change" />
      <ImportRows rows={preview.add} mode="add" />
      {totals.unchanged > 0 ? (
        <Section
          headingId="import-unchanged-title"
          title={
            <>
              {t.unchangedTitle} ({f.number(totals.unchanged)})
            </>
          }
          level={3}
          headingClassName="h5"
          className="mb-4"
        >
          <p>{t.unchangedText({ n: totals.unchanged })}</p>
        </Section>
      ) : null}
      <div className="import-apply">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!preview.canApply || applying}
          aria-describedby="import-apply-hint"
          aria-busy={applying || undefined}
          onClick={onApply}
        >
          <Icon name="it-check" size="sm" className="icon-white me-1" />
          {applying ? t.applying : t.apply}
        </button>
        <p id="import-apply-hint" className="small mb-0">
          {preview.canApply ? t.applyHint : whyNot}
        </p>
      </div>
    </section>
  );
}
