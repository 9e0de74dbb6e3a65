import type { RouterOutputs } from '@switchoff/api';
import type { AppMessage } from '@switchoff/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { useInvalidate } from '../../editing/invalidate';
import { refusalMessages } from '../../forms/form-errors';
import { InlineRefusal } from '../../forms/inline-refusal';
import { useI18n } from '../../i18n/i18n';
import { ComuneSearch } from '../../layout/comune-search';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';

type AdminComune = RouterOutputs['admin']['comuni']['list']['comuni'][number];
type Hit = { istat: string; name: string; provinceCode: string };

/** A comune of the ISTAT list taken on by the admin's consortium: searched, never typed. */
function AddComune({ onDone }: { onDone: (message: string) => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const add = useMutation(trpc.admin.comuni.add.mutationOptions());
  const [chosen, setChosen] = useState<Hit | null>(null);
  const [error, setError] = useState<readonly AppMessage[] | null>(null);
  return (
    <Section headingId="add-comune-title" title={m.comuniAdmin.addTitle} headingClassName="h4" className="mb-4">
      <p>{m.comuniAdmin.addLead}</p>
      <ComuneSearch
        label={m.comuniAdmin.searchLabel}
        onChoose={(hit) => {
          setChosen(hit);
          setError(null);
        }}
      />
      {chosen ? (
        <div className="mt-3">
          <p className="mb-2">
            {m.comuniAdmin.chosen({ name: chosen.name, province: chosen.provinceCode, istat: chosen.istat })}
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={add.isPending}
            onClick={() =>
              add.mutate(
                { istat: chosen.istat },
                {
                  onSuccess: (added) => {
                    setChosen(null);
                    // Said once the list below shows it: the status and the table never disagree.
                    void invalidate.comuni().then(() => onDone(m.comuniAdmin.added({ name: added.name })));
                  },
                  onError: (err) => setError(refusalMessages(err)),
                },
              )
            }
          >
            {m.comuniAdmin.add({ name: chosen.name })}
          </button>
        </div>
      ) : null}
      <InlineRefusal messages={error} className="mt-2" />
    </Section>
  );
}

/** Archives a comune (hidden, data kept) or shows it again. */
function ArchiveButton({ comune, onDone }: { comune: AdminComune; onDone: (message: string) => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const archive = useMutation(trpc.admin.comuni.archive.mutationOptions());
  const [error, setError] = useState<readonly AppMessage[] | null>(null);
  const archived = comune.archivedAt !== null;
  return (
    <>
      <button
        type="button"
        className={`btn btn-xs ${archived ? 'btn-outline-primary' : 'btn-outline-danger'}`}
        aria-label={
          archived
            ? m.comuniAdmin.restoreLabel({ name: comune.name })
            : m.comuniAdmin.archiveLabel({ name: comune.name })
        }
        disabled={archive.isPending}
        onClick={() =>
          archive.mutate(
            { istat: comune.istat, archived: !archived, version: comune.version },
            {
              onSuccess: () => {
                setError(null);
                void invalidate
                  .comuni()
                  .then(() =>
                    onDone(
                      archived
                        ? m.comuniAdmin.restored({ name: comune.name })
                        : m.comuniAdmin.archived({ name: comune.name }),
                    ),
                  );
              },
              onError: (err) => setError(refusalMessages(err)),
            },
          )
        }
      >
        {archived ? m.comuniAdmin.restore : m.comuniAdmin.archive}
      </button>
      <InlineRefusal messages={error} />
    </>
  );
}

/** `/amministrazione/comuni`: the consortium's comuni (archived ones too), adding and archiving them. */
export function ComuniList() {
  const { m, f } = useI18n();
  useDocumentTitle(`${m.comuniAdmin.title} – ${m.admin.title}`);
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.comuni.list.queryOptions({}));
  const [message, setMessage] = useState('');
  return (
    <>
      <p role="status" className="tool-panel-status">
        {message}
      </p>
      <AddComune onDone={setMessage} />
      <Section headingId="comuni-title" title={m.comuniAdmin.title} headingClassName="h4">
        <QueryState query={list}>
          {(data) => (
            <DataTable
              caption={m.comuniAdmin.caption}
              rows={data.comuni}
              rowKey={(c) => c.istat}
              columns={[
                {
                  key: 'name',
                  header: m.comuniAdmin.comune,
                  rowHeader: true,
                  cell: (c) => <Link to={`/comuni/${c.istat}`}>{c.name}</Link>,
                },
                { key: 'province', header: 'ISTAT', cell: (c) => `${c.istat} (${c.provinceCode})` },
                { key: 'population', header: m.common.population, numeric: true, cell: (c) => f.number(c.population) },
                {
                  key: 'status',
                  header: m.comuniAdmin.status,
                  cell: (c) =>
                    c.archivedAt
                      ? m.comuniAdmin.archivedSince({ date: f.date(c.archivedAt.slice(0, 10)) })
                      : m.comuniAdmin.active,
                },
                {
                  key: 'edit',
                  header: m.forms.edit,
                  cell: (c) => (
                    <span className="d-inline-flex flex-wrap gap-2 align-items-center">
                      <Link
                        to={`/amministrazione/comuni/${c.istat}`}
                        aria-label={m.comuniAdmin.editLabel({ name: c.name })}
                      >
                        <Icon name="it-pencil" size="xs" className="icon-primary me-1" />
                        {m.forms.edit}
                      </Link>
                      <Link
                        to={`/comuni/${c.istat}/servizi-iniziali`}
                        aria-label={m.serviceSetup.title({ name: c.name })}
                      >
                        {m.serviceSetup.link}
                      </Link>
                      <ArchiveButton comune={c} onDone={setMessage} />
                    </span>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </>
  );
}
