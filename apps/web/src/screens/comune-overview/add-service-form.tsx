import { MESSAGES, SLUG_MAX_LENGTH, STAGES, type Stage, todayIso } from '@switchoff/domain';
import { createServiceInput, createServiceIssues, refineWithToday } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCategoryLabel } from '../../components/category';
import { useInvalidate } from '../../editing/invalidate';
import {
  SERVICE_FIELD_DEFAULTS,
  ServiceFields,
  type ServiceFieldValues,
  serviceFieldLabels,
  serviceFieldsInput,
  VisibilityAndNote,
} from '../../editing/service-fields';
import { RadioGroup } from '../../forms/choice-fields';
import { EditForm } from '../../forms/edit-form';
import { SelectField, TextField } from '../../forms/fields';
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
  ...SERVICE_FIELD_DEFAULTS,
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
  const schema = refineWithToday(createServiceInput, (v) => createServiceIssues(v, today));
  const form = useForm<Values, { name: string }>({
    labels: {
      ...serviceFieldLabels(m),
      source: m.addService.source,
      catalogue: m.addService.catalogue,
      slug: m.addService.slug,
      stage: m.addService.stage,
      effectiveDate: m.addService.effectiveDate,
    },
    initial: INITIAL,
    validate: (values) => {
      if (values.source === 'catalogue' && values.catalogue === '') {
        return errorsFromIssues([{ path: ['catalogue'], message: MESSAGES.catalogueRequired }]);
      }
      return validateWith(schema, toInput(values));
    },
    submit: (values) => create.mutateAsync({ istat, ...schema.parse(toInput(values)) }),
    onSuccess: (service) => {
      void invalidate.newService(istat);
      onDone(m.addService.saved({ name: service.name }));
    },
  });
  const entries = addable.data ?? [];
  return (
    <EditForm form={form} label={m.addService.title} submitLabel={m.addService.submit} onCancel={() => onDone()}>
      <RadioGroup
        {...form.field('source')}
        options={[
          { value: 'catalogue', label: m.addService.fromCatalogue },
          { value: 'new', label: m.addService.newService },
        ]}
      />
      {form.values.source === 'catalogue' ? (
        <>
          {addable.isSuccess && entries.length === 0 ? <p>{m.addService.catalogueEmpty}</p> : null}
          <SelectField
            {...form.field('catalogue')}
            required
            options={entries.map((entry) => ({
              value: entry.slug,
              label: entry.name,
              group: categoryLabel(entry.category),
            }))}
            placeholder={addable.isPending ? m.common.loading : m.forms.choose}
          />
        </>
      ) : (
        <>
          <TextField {...form.field('slug')} required hint={m.addService.slugHint} maxLength={SLUG_MAX_LENGTH} />
          <ServiceFields form={form} withVisibility={false} />
        </>
      )}
      <SelectField
        {...form.field('stage')}
        options={STAGES.map((stage: Stage) => ({ value: stage, label: m.stages[stage].label }))}
      />
      <TextField {...form.field('effectiveDate')} type="date" hint={m.addService.effectiveDateHint} />
      <VisibilityAndNote form={form} />
    </EditForm>
  );
}
