import type { ImportKind } from '@switchoff/domain/formats';
import { Icon } from '../../components/icon';
import { Section } from '../../components/section';
import { TableScroll } from '../../components/table-scroll';
import { useI18n } from '../../i18n/i18n';
import { wordFor } from '../../i18n/word-for';
import { templateColumns, templateHref } from './import-file';

/** The documented columns of a kind of file, and its empty template to download. */
export function ImportColumns({ kind, forComune }: { kind: ImportKind; forComune: boolean }) {
  const { m } = useI18n();
  const t = m.importer;
  const columns = templateColumns(kind, forComune);
  const required = { always: t.requiredAlways, consortium: t.requiredConsortium, no: t.requiredNo } as const;
  return (
    <Section headingId="import-columns-title" title={t.columnsTitle} headingClassName="h4" className="mb-4">
      <p>{t.columnsLead}</p>
      <p>
        <a
          href={templateHref(kind, forComune)}
          download={t.templateFile[kind]}
          className="btn btn-outline-primary btn-sm"
        >
          <Icon name="it-download" size="xs" className="me-1" />
          {t.template({ kind: t.kindNames[kind] })}
        </a>
      </p>
      <TableScroll labelledBy="import-columns-caption">
        <table className="table table-sm data-table table-stack import-columns">
          <caption id="import-columns-caption">{t.columnsCaption({ kind: t.kindNames[kind] })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.column}</th>
              <th scope="col">{t.required}</th>
              <th scope="col">{t.description}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td data-label={t.required}>{required[column.required]}</td>
                <td data-label={t.description}>
                  {wordFor(t.columnDescriptions[kind], column.name) ?? column.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
