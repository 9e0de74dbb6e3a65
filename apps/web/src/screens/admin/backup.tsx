import type { RouterOutputs } from '@switchoff/api';
import { useQuery } from '@tanstack/react-query';
import { type Column, DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n';
import { wordFor } from '../../i18n/word-for';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';

export type BackupInfo = RouterOutputs['backups']['info'];
type HistoryItem = BackupInfo['history'][number];

/**
 * "Copia di sicurezza": what a backup holds (every consortium, password hashes included), the
 * download for the operator's admins, why not for the others, and the latest backups and restores.
 */
export function BackupView({ info }: { info: BackupInfo }) {
  const { m, f, msg } = useI18n();
  const t = m.backup;
  const columns: Column<HistoryItem>[] = [
    { key: 'at', header: t.when, rowHeader: true, cell: (h) => f.dateTime(h.at) },
    { key: 'action', header: t.what, cell: (h) => wordFor(t.actions, h.action) ?? h.action },
    { key: 'actor', header: t.who, cell: (h) => h.actor },
  ];
  return (
    <Section headingId="backup-title" title={t.title}>
      <p className="lead">{t.lead}</p>
      {info.operator ? <p>{t.operator({ name: info.operator.name })}</p> : null}
      <div className="callout backup-contains mb-4">
        <h3 className="h5">
          <Icon name="it-locked" size="sm" className="me-1" />
          {t.containsTitle}
        </h3>
        <ul className="mb-2">
          {t.contains.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mb-0 fw-semibold">{t.keepSafe}</p>
      </div>
      {info.allowed ? (
        <div className="mb-4">
          <a href={info.downloadUrl} download className="btn btn-primary">
            <Icon name="it-download" size="sm" className="icon-white me-1" />
            {t.download}
          </a>
          <p className="small mt-2 mb-1">{t.downloadHint}</p>
          <p className="small mb-0">{t.restoreHint}</p>
        </div>
      ) : (
        <div className="alert alert-info mb-4" role="note">
          <h3 className="h5 alert-heading">{t.notAllowedTitle}</h3>
          <p className="mb-0">{info.reason ? msg(info.reason) : null}</p>
        </div>
      )}
      {info.allowed ? (
        <Section headingId="backup-history-title" title={t.historyTitle} level={3} headingClassName="h4">
          {info.history.length === 0 ? (
            <p>{t.historyEmpty}</p>
          ) : (
            <DataTable
              caption={t.historyCaption}
              columns={columns}
              rows={info.history}
              rowKey={(h) => `${h.at}-${h.action}-${h.actor}`}
            />
          )}
        </Section>
      ) : null}
    </Section>
  );
}

/** `/amministrazione/copia-di-sicurezza`. */
export default function BackupScreen() {
  const { m } = useI18n();
  const trpc = useTRPC();
  useDocumentTitle(`${m.backup.title} – ${m.admin.title}`);
  const query = useQuery(trpc.backups.info.queryOptions());
  return <QueryState query={query}>{(info) => <BackupView info={info} />}</QueryState>;
}
