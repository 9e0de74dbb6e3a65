import type { RouterOutputs } from '@switchoff/api';
import { CATEGORY_CODES, SLUG_MAX_LENGTH } from '@switchoff/domain';
import { createCatalogueEntryInput, TEXT_LIMITS, updateCatalogueEntryInput } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { DataTable } from '../../charts/data-table';
import { useCategoryLabel } from '../../components/category';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { serviceColumn } from '../../components/service-column';
import { useInvalidate } from '../../editing/invalidate';
import { ToolPanel } from '../../editing/tool-panel';
import { EditForm } from '../../forms/edit-form';
import { CheckboxField, SelectField, TextArea, TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { formValues } from '../../forms/form-values';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';

type Entry = RouterOutputs['admin']['catalogue']['list'][number];
type Values = {
  slug: string;
  name: string;
  category: string;
  description: string;
  takesPayment: boolean;
  needsIdentity: boolean;
};

/** Creates a catalogue entry (`entry` null) or edits one (its slug stays: comuni compare by it). */
export function CatalogueForm({ entry, onDone }: { entry: Entry | null; onDone: (message?: string) => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const create = useMutation(trpc.admin.catalogue.create.mutationOptions());
  const update = useMutation(trpc.admin.catalogue.update.mutationOptions());
  const fieldsOf = (values: Values) => ({
    name: values.name,
    category: values.category,
    description: values.description,
    takesPayment: values.takesPayment,
    needsIdentity: values.needsIdentity,
  });
  const form = useForm<Values, { name: string }>({
    labels: {
      slug: m.catalogueAdmin.slug,
      name: m.catalogueAdmin.name,
      category: m.catalogueAdmin.category,
      description: m.catalogueAdmin.description,
      takesPayment: m.catalogueAdmin.takesPayment,
      needsIdentity: m.catalogueAdmin.needsIdentity,
    },
    initial: formValues<Values>(
      { slug: '', name: '', category: '', description: '', takesPayment: false, needsIdentity: false },
      entry,
    ),
    sourceKey: entry?.version ?? null,
    validate: (values) =>
      entry
        ? validateWith(updateCatalogueEntryInput, { slug: entry.slug, version: entry.version, ...fieldsOf(values) })
        : validateWith(createCatalogueEntryInput, { slug: values.slug, ...fieldsOf(values) }),
    submit: (values) =>
      entry
        ? update.mutateAsync(
            updateCatalogueEntryInput.parse({ slug: entry.slug, version: entry.version, ...fieldsOf(values) }),
          )
        : create.mutateAsync(createCatalogueEntryInput.parse({ slug: values.slug, ...fieldsOf(values) })),
    onSuccess: (saved) => {
      void invalidate.catalogue();
      onDone(entry ? m.catalogueAdmin.saved : m.catalogueAdmin.created({ name: saved.name }));
    },
  });
  return (
    <EditForm
      form={form}
      label={entry ? m.catalogueAdmin.editTitle({ name: entry.name }) : m.catalogueAdmin.createTitle}
      onReload={() => void invalidate.catalogue()}
      submitLabel={entry ? undefined : m.catalogueAdmin.submitCreate}
      onCancel={() => onDone()}
    >
      {entry ? null : (
        <TextField {...form.field('slug')} required hint={m.catalogueAdmin.slugHint} maxLength={SLUG_MAX_LENGTH} />
      )}
      <TextField {...form.field('name')} required maxLength={TEXT_LIMITS.name} />
      <SelectField
        {...form.field('category')}
        required
        options={CATEGORY_CODES.map((code) => ({ value: code, label: m.categories[code] }))}
        placeholder={m.forms.choose}
      />
      <TextArea {...form.field('description')} maxLength={TEXT_LIMITS.description} />
      <CheckboxField {...form.checkbox('takesPayment')} />
      <CheckboxField {...form.checkbox('needsIdentity')} />
    </EditForm>
  );
}

/** The entry being edited, above the table; focus moves to its heading and back to its button. */
function EditPanel({ entry, onClose }: { entry: Entry; onClose: (message?: string) => void }) {
  const { m } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.slug]);
  return (
    <div className="tool-panel-body mb-3">
      <h3 ref={heading} tabIndex={-1} className="h5 tool-panel-title">
        {m.catalogueAdmin.editTitle({ name: entry.name })}
      </h3>
      <CatalogueForm key={entry.slug} entry={entry} onDone={onClose} />
    </div>
  );
}

/** `/amministrazione/catalogo`: the shared catalogue; create entries, edit the ones the admin's side manages. */
export default function CatalogueScreen() {
  const { m, f } = useI18n();
  useDocumentTitle(`${m.catalogueAdmin.title} – ${m.admin.title}`);
  const trpc = useTRPC();
  const categoryLabel = useCategoryLabel();
  const list = useQuery(trpc.admin.catalogue.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const yesNo = (value: boolean) => (value ? m.common.yes : m.common.no);
  return (
    <Section headingId="catalogue-title" title={m.catalogueAdmin.title}>
      <p>{m.catalogueAdmin.lead}</p>
      <div className="mb-3">
        <ToolPanel label={m.catalogueAdmin.create} title={m.catalogueAdmin.createTitle} icon="it-plus-circle">
          {(done) => <CatalogueForm entry={null} onDone={done} />}
        </ToolPanel>
      </div>
      <p role="status" className="tool-panel-status">
        {message}
      </p>
      <QueryState query={list}>
        {(entries) => {
          const current = entries.find((e) => e.slug === editing);
          return (
            <>
              {current ? (
                <EditPanel
                  entry={current}
                  onClose={(saved) => {
                    setMessage(saved ?? '');
                    setEditing(null);
                    document.getElementById(`edit-${current.slug}`)?.focus();
                  }}
                />
              ) : null}
              {entries.length === 0 ? (
                <p>{m.catalogueAdmin.empty}</p>
              ) : (
                <DataTable
                  caption={m.catalogueAdmin.caption}
                  rows={entries}
                  rowKey={(e) => e.slug}
                  columns={[
                    serviceColumn({
                      header: m.catalogueAdmin.name,
                      details: (e) => <span className="d-block small fw-normal text-muted">{e.slug}</span>,
                    }),
                    { key: 'category', header: m.catalogueAdmin.category, cell: (e) => categoryLabel(e.category) },
                    { key: 'payment', header: m.catalogueAdmin.takesPayment, cell: (e) => yesNo(e.takesPayment) },
                    { key: 'identity', header: m.catalogueAdmin.needsIdentity, cell: (e) => yesNo(e.needsIdentity) },
                    { key: 'used', header: m.catalogueAdmin.usedBy, numeric: true, cell: (e) => f.number(e.usedBy) },
                    { key: 'owner', header: m.catalogueAdmin.owner, cell: (e) => m.catalogueAdmin.owners[e.owner] },
                    {
                      key: 'edit',
                      header: m.forms.edit,
                      cell: (e) =>
                        e.editable ? (
                          <button
                            id={`edit-${e.slug}`}
                            type="button"
                            className="btn btn-link btn-sm p-0 text-nowrap"
                            aria-label={m.catalogueAdmin.editLabel({ name: e.name })}
                            aria-expanded={editing === e.slug}
                            onClick={() => {
                              setMessage('');
                              setEditing(e.slug);
                              window.scrollTo?.(0, 0);
                            }}
                          >
                            <Icon name="it-pencil" size="xs" className="icon-primary me-1" />
                            {m.forms.edit}
                          </button>
                        ) : (
                          <span className="text-muted">{m.catalogueAdmin.notEditable}</span>
                        ),
                    },
                  ]}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
