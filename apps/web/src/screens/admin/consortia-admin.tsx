import type { RouterOutputs } from '@switchoff/api';
import { createConsortiumInput, TEXT_LIMITS, updateConsortiumInput } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { useInvalidate } from '../../editing/invalidate';
import { EditForm } from '../../forms/edit-form';
import { TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { formValues } from '../../forms/form-values';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';
import { CheckedParams } from '../checked-params';
import { checkSlug } from '../params';

type Consortium = RouterOutputs['admin']['consortia']['list']['consortia'][number];
type Values = {
  slug: string;
  name: string;
  ipaCode: string;
  city: string;
  website: string;
  contactEmail: string;
  telephone: string;
};

const EMPTY: Values = { slug: '', name: '', ipaCode: '', city: '', website: '', contactEmail: '', telephone: '' };

/**
 * A consortium's details: a new one (the operator's admins), or one the admin may change (their
 * own; any for the operator's). The address (slug) is chosen once.
 */
export function ConsortiumForm({
  consortium,
  onSaved,
  onCancel,
}: {
  consortium?: Consortium | undefined;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const { m } = useI18n();
  const t = m.consortiaAdmin;
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const create = useMutation(trpc.admin.consortia.create.mutationOptions());
  const update = useMutation(trpc.admin.consortia.update.mutationOptions());
  const toUpdate = (values: Values) => ({ ...values, version: consortium?.version });
  const form = useForm<Values, Consortium>({
    labels: {
      slug: t.slug,
      name: t.name,
      ipaCode: t.ipaCode,
      city: t.city,
      website: t.website,
      contactEmail: t.contactEmail,
      telephone: t.telephone,
    },
    initial: formValues(EMPTY, consortium),
    sourceKey: consortium?.version ?? null,
    validate: (values) =>
      consortium ? validateWith(updateConsortiumInput, toUpdate(values)) : validateWith(createConsortiumInput, values),
    submit: (values) =>
      consortium
        ? update.mutateAsync(updateConsortiumInput.parse(toUpdate(values)))
        : create.mutateAsync(createConsortiumInput.parse(values)),
    onSuccess: (saved) => {
      void invalidate.consortia();
      onSaved(consortium ? t.saved({ name: saved.name }) : t.created({ name: saved.name }));
    },
  });
  const label = consortium ? t.editTitle({ name: consortium.name }) : t.createTitle;
  return (
    <EditForm
      form={form}
      label={label}
      onReload={consortium ? () => void invalidate.consortia() : undefined}
      submitLabel={consortium ? undefined : t.create}
      onCancel={onCancel}
    >
      {consortium ? (
        <p>
          {t.slug}: <code>{consortium.slug}</code>
        </p>
      ) : (
        <TextField {...form.field('slug')} required hint={t.slugHint} autoComplete="off" className="so-field-short" />
      )}
      <TextField {...form.field('name')} required maxLength={TEXT_LIMITS.name} />
      <TextField {...form.field('ipaCode')} required hint={t.ipaHint} autoComplete="off" className="so-field-short" />
      <TextField {...form.field('city')} required autoComplete="address-level2" />
      <TextField {...form.field('contactEmail')} type="email" required hint={t.contactHint} autoComplete="email" />
      <TextField {...form.field('telephone')} inputMode="tel" hint={t.telephoneHint} autoComplete="tel" />
      <TextField {...form.field('website')} type="url" hint={t.websiteHint} autoComplete="url" />
    </EditForm>
  );
}

/** `/amministrazione/consorzi`: the consortia the admin may change, and a new one for the operator's admins. */
export function ConsortiaList() {
  const { m } = useI18n();
  const t = m.consortiaAdmin;
  useDocumentTitle(`${t.title} – ${m.admin.title}`);
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.consortia.list.queryOptions());
  const [message, setMessage] = useState('');
  const [adding, setAdding] = useState(false);
  return (
    <QueryState query={list}>
      {(data) => (
        <>
          <p>{data.operator ? t.leadOperator : t.leadOwn}</p>
          <p role="status" className="tool-panel-status">
            {message}
          </p>
          <DataTable
            caption={data.operator ? t.caption : t.captionOwn}
            rows={data.consortia}
            rowKey={(c) => c.slug}
            columns={[
              {
                key: 'name',
                header: t.name,
                rowHeader: true,
                cell: (c) => (
                  <>
                    <Link to={`/consorzi/${c.slug}`}>{c.name}</Link>
                    {c.demo ? ` (${t.demo})` : ''}
                    {data.operator && c.id === data.own ? ` (${t.own})` : ''}
                  </>
                ),
              },
              { key: 'ipa', header: t.ipaCode, cell: (c) => <code>{c.ipaCode}</code> },
              { key: 'city', header: t.city, cell: (c) => c.city },
              {
                key: 'contact',
                header: t.contact,
                cell: (c) => [c.contactEmail, c.telephone, c.website].filter(Boolean).join(' · '),
              },
              {
                key: 'edit',
                header: m.forms.edit,
                cell: (c) => (
                  <Link to={`/amministrazione/consorzi/${c.slug}`} aria-label={t.editLabel({ name: c.name })}>
                    <Icon name="it-pencil" size="xs" className="icon-primary me-1" />
                    {m.forms.edit}
                  </Link>
                ),
              },
            ]}
          />
          {data.operator ? (
            <Section headingId="new-consortium-title" title={t.createTitle} headingClassName="h4" className="mt-4">
              <p>{t.createLead}</p>
              {adding ? (
                <ConsortiumForm
                  onSaved={(text) => {
                    setAdding(false);
                    setMessage(text);
                  }}
                  onCancel={() => setAdding(false)}
                />
              ) : (
                <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
                  <Icon name="it-plus" size="xs" className="icon-white me-1" />
                  {t.createTitle}
                </button>
              )}
            </Section>
          ) : null}
        </>
      )}
    </QueryState>
  );
}

function ConsortiumEditor({ slug }: { slug: string }) {
  const { m } = useI18n();
  const t = m.consortiaAdmin;
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.consortia.list.queryOptions());
  const [message, setMessage] = useState('');
  return (
    <QueryState query={list}>
      {(data) => {
        const consortium = data.consortia.find((c) => c.slug === slug);
        return (
          <section aria-labelledby="consortium-title">
            <p>
              <Link to="/amministrazione/consorzi">
                <Icon name="it-arrow-left" size="xs" className="icon-primary me-1" />
                {t.back}
              </Link>
            </p>
            {consortium === undefined ? (
              <p className="alert alert-warning">{t.notAllowed}</p>
            ) : (
              <>
                <h2 id="consortium-title" className="h3">
                  {t.editTitle({ name: consortium.name })}
                </h2>
                <p role="status" className="tool-panel-status">
                  {message}
                </p>
                <ConsortiumForm consortium={consortium} onSaved={setMessage} />
              </>
            )}
          </section>
        );
      }}
    </QueryState>
  );
}

/** `/amministrazione/consorzi/:slug`: one consortium's details. */
export function ConsortiumScreen() {
  const { m } = useI18n();
  useDocumentTitle(`${m.consortiaAdmin.title} – ${m.admin.title}`);
  return <CheckedParams checks={{ slug: checkSlug }}>{({ slug }) => <ConsortiumEditor slug={slug} />}</CheckedParams>;
}
