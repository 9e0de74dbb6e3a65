import { OPEN_DATASET_INFO, OPEN_DATASETS, OPEN_FORMATS } from '@switchoff/domain/formats';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';
import { Section } from './section';

/** One comune (its ISTAT code) or a whole consortium (its address). */
export type DataScopeRef = { istat: string } | { consortium: string };

/** Where a scope's files live: `comuni/019081` or `consorzi/consorzio-it`. */
function openDataBase(scope: DataScopeRef): string {
  return 'istat' in scope ? `/opendata/comuni/${scope.istat}` : `/opendata/consorzi/${scope.consortium}`;
}

/** The staff's CSV download for a scope (GET with the session cookie; the server checks access). */
export function exportUrl(scope: DataScopeRef, kind: 'figures' | 'milestones'): string {
  const file = kind === 'figures' ? 'dati-mensili.csv' : 'traguardi.csv';
  const query =
    'istat' in scope
      ? `istat=${encodeURIComponent(scope.istat)}`
      : `consortium=${encodeURIComponent(scope.consortium)}`;
  return `/api/export/${file}?${query}`;
}

/** The import screen of a scope. */
export function importPath(scope: DataScopeRef): string {
  return 'istat' in scope ? `/comuni/${scope.istat}/importa` : `/consorzi/${scope.consortium}/importa`;
}

/** For the staff: download monthly figures and milestones as Excel-ready CSV, or import a file. */
export function StaffDataTools({ scope, headingId }: { scope: DataScopeRef; headingId: string }) {
  const { m } = useI18n();
  return (
    <Section headingId={headingId} title={m.exportData.title} className="mb-5">
      <p>{m.exportData.lead}</p>
      <div className="data-links">
        <a href={exportUrl(scope, 'figures')} download className="btn btn-outline-primary btn-sm">
          <Icon name="it-download" size="xs" className="me-1" />
          {m.exportData.figures}
        </a>
        <a href={exportUrl(scope, 'milestones')} download className="btn btn-outline-primary btn-sm">
          <Icon name="it-download" size="xs" className="me-1" />
          {m.exportData.milestones}
        </a>
        <Link to={importPath(scope)} className="btn btn-outline-primary btn-sm">
          <Icon name="it-files" size="xs" className="me-1" />
          {m.exportData.importLink}
        </Link>
      </div>
    </Section>
  );
}

/** For everyone: the public open-data files of a comune or a consortium, and the catalogue. */
export function OpenDataSection({ scope, name, headingId }: { scope: DataScopeRef; name: string; headingId: string }) {
  const { m, locale } = useI18n();
  const base = openDataBase(scope);
  return (
    <Section headingId={headingId} title={m.openData.title} className="mb-5">
      <p>{'istat' in scope ? m.openData.leadComune({ name }) : m.openData.leadConsortium({ name })}</p>
      <div className="table-responsive">
        <table className="table table-sm data-table open-data-table">
          <caption>{m.openData.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.openData.dataset}</th>
              {OPEN_FORMATS.map((format) => (
                <th key={format} scope="col">
                  {format.toUpperCase()}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {OPEN_DATASETS.map((dataset) => {
              const title = OPEN_DATASET_INFO[dataset].title[locale];
              return (
                <tr key={dataset}>
                  <th scope="row">{title}</th>
                  {OPEN_FORMATS.map((format) => (
                    <td key={format}>
                      <a
                        href={`${base}/${dataset}.${format}`}
                        aria-label={m.openData.download({ dataset: title, format: format.toUpperCase() })}
                      >
                        <Icon name="it-download" size="xs" />
                        {format.toUpperCase()}
                      </a>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="list-unstyled mb-0">
        <li>
          <a href="/opendata">{m.openData.columnsLink}</a>
        </li>
        <li>
          {/* The open-data page links the catalogue when the installation has one, and says why not otherwise. */}
          {m.openData.catalogue}: <a href="/opendata#catalogo">{m.openData.catalogueLink}</a>
        </li>
      </ul>
    </Section>
  );
}
