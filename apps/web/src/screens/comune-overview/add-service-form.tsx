import { STAGES, type Stage, todayIso } from '@switchoff/domain';
import { createServiceInput, createServiceIssues, refineWithToday } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useCategoryLabel } from '../../components/category';
import { useInvalidate } from '../../editing/invalidate';
import {
  ServiceFields,
  type ServiceFieldValues,
  serviceFieldIds,
  serviceFieldsInput,
  VisibilityAndNote,
} from '../../editing/service-fields';
import { ErrorSummary, FormActions } from '../../forms/error-summary';
import { RadioGroup, SelectField, TextField } from '../../forms/fields';
import { errorsFromIssues, validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type Values = ServiceFieldValues & {
  source: string;
  catalogue: string;
  slug: string;
  stage: string;
  effectiveDate: string;
};

const INITIAL: Values = {
  source: 'catalogue',
  catalogue: '',
  slug: '',
  stage: 'paper',
  effectiveDate: '',
  name: '',
  category: '',
  description: '',
  office: '',
  interactivityLevel: '0',
  takesPayment: false,
  needsIdentity: false,
  hasAssistedDesk: false,
  visibility: 'public',
  internalNote: '',
};

/** What the API receives: a catalogue entry with its start, or every field of a new service. */
function toInput(values: Values) {
  const start = { stage: values.stage, ...(values.effectiveDate ? { effectiveDate: values.effectiveDate } : {}) };
  if (values.source === 'catalogue') {
    return { catalogue: values.catalogue, visibility: values.visibility, internalNote: values.internalNote, ...start };
  }
  return { slug: values.slug, ...serviceFieldsInput(values), ...start };
}

/** Adds a service to the comune: from the shared catalogue (so comuni compare) or a new one. */
export function AddServiceForm({
  istat,
  onDone,
  today = todayIso(),
}: {
  istat: string;
  onDone: (message?: string) => void;
  today?: string;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const categoryLabel = useCategoryLabel();
  const invalidate = useInvalidate();
  const addable = useQuery(trpc.services.addable.queryOptions({ istat }));
  const create = useMutation(trpc.services.create.mutationOptions());
  const id = useId();
  const schema = refineWithToday(createServiceInput, (v) => createServiceIssues(v, today));
  const form = useForm<Values, { name: string }>({
    initial: INITIAL,
    validate: (values) => {
      if (values.source === 'catalogue' && values.catalogue === '') {
        return errorsFromIssues([{ path: ['catalogue'], message: m.addService.catalogueRequired }]);
      }
      return validateWith(schema, toInput(values));
    },
    submit: (values) => create.mutateAsync({ istat, ...schema.parse(toInput(values)) }),
    onSuccess: (service) => {
      void invalidate.newService(istat);
      onDone(m.addService.saved(service.name));
    },
  });
  const fields = {
    ...serviceFieldIds(id, m),
    catalogue: { id: `${id}-catalogue`, label: m.addService.catalogue },
    slug: { id: `${id}-slug`, label: m.addService.slug },
    stage: { id: `${id}-stage`, label: m.addService.stage },
    effectiveDate: { id: `${id}-date`, label: m.addService.effectiveDate },
  };
  const entries = addable.data ?? [];
  const setService = <K extends keyof ServiceFieldValues>(key: K, value: ServiceFieldValues[K]) =>
    form.setValues((current) => ({ ...current, [key]: value }));
  return (
    <form noValidate onSubmit={form.onSubmit} className="so-form" aria-label={m.addService.title}>
      <ErrorSummary errors={form.errors} fields={fields} summaryRef={form.summaryRef} />
      <RadioGroup
        id={`${id}-source`}
        label={m.addService.source}
        value={form.values.source}
        onChange={(v) => form.set('source', v)}
        options={[
          { value: 'catalogue', label: m.addService.fromCatalogue },
          { value: 'new', label: m.addService.newService },
        ]}
      />
      {form.values.source === 'catalogue' ? (
        <>
          {addable.isSuccess && entries.length === 0 ? <p>{m.addService.catalogueEmpty}</p> : null}
          <SelectField
            id={fields.catalogue.id}
            label={fields.catalogue.label}
            required
            value={form.values.catalogue}
            onChange={(v) => form.set('catalogue', v)}
            options={entries.map((entry) => ({
              value: entry.slug,
              label: entry.name,
              group: categoryLabel(entry.category),
            }))}
            placeholder={addable.isPending ? m.common.loading : m.forms.choose}
            errors={form.errors.fields.catalogue}
          />
        </>
      ) : (
        <>
          <TextField
            id={fields.slug.id}
            label={fields.slug.label}
            required
            hint={m.addService.slugHint}
            value={form.values.slug}
            onChange={(v) => form.set('slug', v)}
            errors={form.errors.fields.slug}
            maxLength={80}
          />
          <ServiceFields id={id} values={form.values} set={setService} errors={form.errors} withVisibility={false} />
        </>
      )}
      <SelectField
        id={fields.stage.id}
        label={fields.stage.label}
        value={form.values.stage}
        onChange={(v) => form.set('stage', v)}
        options={STAGES.map((stage: Stage) => ({ value: stage, label: m.stages[stage].label }))}
        errors={form.errors.fields.stage}
      />
      <TextField
        id={fields.effectiveDate.id}
        label={fields.effectiveDate.label}
        type="date"
        hint={m.addService.effectiveDateHint}
        value={form.values.effectiveDate}
        onChange={(v) => form.set('effectiveDate', v)}
        errors={form.errors.fields.effectiveDate}
      />
      <VisibilityAndNote id={id} values={form.values} set={form.set} errors={form.errors} />
      <FormActions submitting={form.submitting} submitLabel={m.addService.submit} onCancel={() => onDone()} />
    </form>
  );
}
