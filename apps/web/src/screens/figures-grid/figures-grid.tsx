import type { RouterOutputs } from '@switchoff/api';
import { isYearMonth } from '@switchoff/domain';
import { refineWithToday, saveMonthsInput, saveMonthsIssues } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { canEditComune, useMe } from '../../auth/viewer';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { useInvalidate } from '../../editing/invalidate';
import { ErrorSummary, type FieldRefs } from '../../forms/error-summary';
import { beforeSchema, errorsFromIssues, errorsFromServer, type FormErrors, NO_ERRORS } from '../../forms/form-errors';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { checkedScreen } from '../checked-params';
import { checkIstat, checkSlug } from '../params';
import {
  buildSave,
  type Column,
  cellIssues,
  cellMessages,
  duplicateIssues,
  type GridRow,
  isDirty,
  newRow,
  rebaseRows,
  rowsFromServer,
  todayAfter,
} from './grid-model';
import { cellId, GridTable, useCellName } from './grid-table';

type Grid = RouterOutputs['figures']['months'];
type Place = { istat: string; name: string; consortium: { slug: string; name: string } };

/** How many months show before "show every month" (two school years). */
const RECENT = 24;

type EditorProps = { istat: string; data: Grid; editable: boolean; caption: string };

/**
 * The month-by-channel grid: type into cells, add months, save the changed rows in one go. A
 * refusal keeps every cell as typed and puts each message on the cell it is about.
 */
export function FiguresGridEditor({ istat, data, editable, caption }: EditorProps) {
  const { m, f } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const save = useMutation(trpc.figures.saveMonths.mutationOptions());
  const prefix = useId().replace(/:/g, '');
  const [rows, setRows] = useState<GridRow[]>(() => rowsFromServer(data.rows));
  const [seen, setSeen] = useState(data);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [keys, setKeys] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [serial, setSerial] = useState(1);
  const [refusals, setRefusals] = useState(0);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // The server's months changed (reload, save, another tab): typed cells stay, the rest follows.
  if (data !== seen) {
    setSeen(data);
    setRows((current) => rebaseRows(current, data.rows));
  }
  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);
  useEffect(() => {
    if (focusKey) document.getElementById(cellId(prefix, focusKey, 'month'))?.focus();
  }, [focusKey, prefix]);

  const { cells, general } = cellMessages(errors.paths, keys);
  const conflictKeys = new Set(
    errors.conflict !== null
      ? Object.keys(errors.paths).flatMap((path) =>
          path.endsWith('.version') ? [keys[Number(path.split('.')[1])] ?? ''] : [],
        )
      : [],
  );
  const withErrors = new Set(Object.keys(cells).map((k) => k.slice(0, k.lastIndexOf('.'))));
  const visible = showAll
    ? rows
    : rows.filter((row, index) => index < RECENT || isDirty(row) || withErrors.has(row.key));

  const update = (key: string, change: (row: GridRow) => GridRow) => {
    setStatus('');
    setRows((current) => current.map((row) => (row.key === key ? change(row) : row)));
  };
  const refuse = (found: FormErrors, sentKeys: string[]) => {
    setErrors(found);
    setKeys(sentKeys);
    setRefusals((n) => n + 1);
  };

  const onSave = async () => {
    const request = buildSave(rows);
    if (request.rows.length === 0) {
      setErrors(NO_ERRORS);
      setStatus(m.grid.nothingToSave);
      return;
    }
    const input = { slug: data.service.slug, rows: request.rows };
    const schema = refineWithToday(saveMonthsInput, (v) =>
      isYearMonth(data.lastMonth) ? saveMonthsIssues(v, todayAfter(data.lastMonth)) : [],
    );
    const parsed = schema.safeParse(input);
    // A cell the parser refuses is said once, in its words, not also as the schema's "not a number".
    const issues = beforeSchema(
      [...cellIssues(rows, request.keys), ...duplicateIssues(rows, request.keys)],
      parsed.success ? [] : parsed.error.issues,
    );
    if (!parsed.success || issues.length > 0) {
      refuse(errorsFromIssues(issues), request.keys);
      return;
    }
    try {
      const result = await save.mutateAsync({ istat, ...parsed.data });
      const saved = new Set(result.rows.map((r) => r.month));
      setRows((current) =>
        rebaseRows(
          current.filter((r) => !saved.has(r.month)),
          [...data.rows.filter((r) => !saved.has(r.month)), ...result.rows],
        ),
      );
      setErrors(NO_ERRORS);
      setStatus(result.rows.length === 1 ? m.grid.savedOne : m.grid.saved({ n: f.number(result.rows.length) }));
      void invalidate.figures(istat, data.service.slug);
    } catch (error) {
      refuse(errorsFromServer(error), request.keys);
    }
  };

  const cellName = useCellName();
  const refs: FieldRefs = {};
  for (const key of Object.keys(cells)) {
    const rowKey = key.slice(0, key.lastIndexOf('.'));
    const column = key.slice(key.lastIndexOf('.') + 1) as Column | 'month' | 'row';
    const row = rows.find((r) => r.key === rowKey);
    const month = row?.month ? f.monthLong(row.month) : m.grid.newMonth;
    const target = column === 'row' ? 'month' : column;
    refs[key] = {
      id: cellId(prefix, rowKey, target),
      label: column === 'month' || column === 'row' ? month : m.grid.cellLabel({ column: cellName(column), month }),
    };
  }
  const summary: FormErrors = {
    ...errors,
    fields: errors.conflict !== null ? {} : cells,
    form: [...errors.form, ...general],
  };

  return (
    <>
      {editable ? null : <p className="alert alert-info">{m.grid.readOnly}</p>}
      {!data.service.takesPayment ? <p className="small">{m.grid.paymentsNotTaken}</p> : null}
      <ErrorSummary
        errors={summary}
        fields={refs}
        summaryRef={summaryRef}
        onReload={() => void invalidate.figures(istat, data.service.slug)}
      />
      {editable ? (
        <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              const row = newRow(rows, data.lastMonth, serial);
              setSerial(serial + 1);
              setRows([row, ...rows]);
              setFocusKey(row.key);
            }}
          >
            <Icon name="it-plus-circle" size="xs" className="me-1" />
            {m.grid.addMonth}
          </button>
          <span className="small">{m.grid.addMonthHint({ last: f.monthLong(data.lastMonth) })}</span>
        </div>
      ) : null}
      {rows.length === 0 ? <p>{m.grid.empty}</p> : null}
      {editable && rows.length ? (
        <p className="small">
          <Icon name="it-pencil" size="xs" className="me-1" />
          {m.grid.legendChanged}
        </p>
      ) : null}
      {rows.length ? (
        <GridTable
          idPrefix={prefix}
          rows={visible}
          cellErrors={cells}
          conflictKeys={conflictKeys}
          editable={editable}
          caption={caption}
          lastMonth={data.lastMonth}
          onCell={(key, column, value) => update(key, (row) => ({ ...row, cells: { ...row.cells, [column]: value } }))}
          onMonth={(key, value) => update(key, (row) => ({ ...row, month: value }))}
          onRemove={(key) => setRows((current) => current.filter((row) => row.key !== key))}
        />
      ) : null}
      {rows.length > RECENT ? (
        <button
          type="button"
          className="btn btn-link btn-sm px-0 mb-3"
          onClick={() => setShowAll(!showAll)}
          aria-pressed={showAll}
        >
          {showAll ? m.grid.showRecent : m.grid.showAll({ n: f.number(rows.length) })}
        </button>
      ) : null}
      {editable ? (
        <div className="grid-actions d-flex flex-wrap align-items-center gap-3">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void onSave()}
            disabled={save.isPending}
            aria-busy={save.isPending || undefined}
          >
            {save.isPending ? m.forms.saving : m.grid.save}
          </button>
          <span role="status" className="tool-panel-status">
            {status}
          </span>
        </div>
      ) : null}
    </>
  );
}

function GridScreen({ istat, slug }: { istat: string; slug: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const grid = useQuery(trpc.figures.months.queryOptions({ istat, slug }));
  // The service page names the comune and its consortium (and is usually cached already).
  const page = useQuery(trpc.services.get.queryOptions({ istat, slug }));
  const me = useMe();
  return (
    <QueryState query={grid}>
      {(data) => {
        const place: Place = page.data?.comune ?? { istat, name: istat, consortium: { slug: '', name: '' } };
        const editable = canEditComune(me.data, place);
        return (
          <Page
            title={m.grid.title({ service: data.service.name })}
            documentTitle={m.grid.documentTitle({ service: data.service.name, comune: place.name })}
            trail={[
              ...(place.consortium.slug
                ? [{ label: place.consortium.name, to: `/consorzi/${place.consortium.slug}` }]
                : []),
              { label: place.name, to: `/comuni/${istat}` },
              { label: data.service.name, to: `/comuni/${istat}/servizi/${slug}` },
              { label: m.grid.breadcrumb },
            ]}
            lead={<p className="mb-0">{editable ? m.grid.lead : m.grid.leadReadOnly}</p>}
          >
            <p>
              <Link to={`/comuni/${istat}/servizi/${slug}`}>
                <Icon name="it-arrow-left" size="xs" className="icon-primary me-1" />
                {m.grid.backToService}
              </Link>
            </p>
            <FiguresGridEditor
              istat={istat}
              data={data}
              editable={editable}
              caption={m.grid.caption({ service: data.service.name })}
            />
          </Page>
        );
      }}
    </QueryState>
  );
}

/** `/comuni/:istat/servizi/:slug/dati`: the monthly figures grid of a service. */
export default checkedScreen({ istat: checkIstat, slug: checkSlug }, GridScreen);
