import { MILESTONE_KINDS } from '@switchoff/domain';
import { createMilestoneInput, updateMilestoneInput } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { RoadmapMilestone } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import { VisibilityAndNote } from '../../editing/service-fields';
import { ErrorSummary, FormActions } from '../../forms/error-summary';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { parseCount } from '../../forms/parse';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type Values = {
  title: string;
  description: string;
  kind: string;
  service: string;
  owner: string;
  progress: string;
  visibility: string;
  internalNote: string;
  dependsOn: string[];
  plannedDate: string;
  baselineDate: string;
};

type Done = (message?: string) => void;

function valuesOf(milestone: RoadmapMilestone | null): Values {
  return {
    title: milestone?.title ?? '',
    description: milestone?.description ?? '',
    kind: milestone?.kind ?? '',
    service: milestone?.service?.slug ?? '',
    owner: milestone?.owner ?? '',
    progress: String(milestone?.progress ?? 0),
    visibility: milestone?.visibility ?? 'public',
    internalNote: milestone?.internalNote ?? '',
    dependsOn: milestone?.dependsOn.map((d) => String(d.id)) ?? [],
    plannedDate: milestone?.plannedDate ?? '',
    baselineDate: '',
  };
}

/** The fields both forms send (dates apart: re-plan and complete move them). */
function fieldsInput(values: Values) {
  return {
    title: values.title,
    description: values.description,
    kind: values.kind,
    service: values.service === '' ? null : values.service,
    owner: values.owner,
    progress: parseCount(values.progress) ?? Number.NaN,
    visibility: values.visibility,
    internalNote: values.internalNote,
    dependsOn: values.dependsOn.map(Number),
  };
}

type MilestoneFormProps = {
  istat: string;
  /** The milestone to edit; null to create one. */
  milestone: RoadmapMilestone | null;
  /** Every milestone of the comune, to choose dependencies from. */
  all: readonly RoadmapMilestone[];
  onDone: Done;
};

/**
 * Creates a milestone (its baseline is the first agreed date and never changes) or edits one:
 * title, kind, service, owner, progress, dependencies, visibility and internal note.
 */
export function MilestoneForm({ istat, milestone, all, onDone }: MilestoneFormProps) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const overview = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  const create = useMutation(trpc.milestones.create.mutationOptions());
  const update = useMutation(trpc.milestones.update.mutationOptions());
  const id = useId();
  const version = milestone?.version;
  const createInput = (values: Values) => ({
    ...fieldsInput(values),
    plannedDate: values.plannedDate,
    ...(values.baselineDate ? { baselineDate: values.baselineDate } : {}),
  });
  const updateInput = (values: Values) => ({ id: milestone?.id, version, ...fieldsInput(values) });

  const form = useForm<Values, { title: string }>({
    initial: valuesOf(milestone),
    sourceKey: version ?? null,
    validate: (values) =>
      milestone
        ? validateWith(updateMilestoneInput, updateInput(values))
        : validateWith(createMilestoneInput, createInput(values)),
    submit: (values) =>
      milestone
        ? update.mutateAsync({ istat, ...updateMilestoneInput.parse(updateInput(values)) })
        : create.mutateAsync({ istat, ...createMilestoneInput.parse(createInput(values)) }),
    onSuccess: (saved) => {
      void invalidate.milestone(istat, milestone?.id);
      onDone(milestone ? m.milestoneForm.saved : m.milestoneForm.created(saved.title));
    },
  });
  const fields = {
    title: { id: `${id}-title`, label: m.milestoneForm.title },
    description: { id: `${id}-description`, label: m.milestoneForm.description },
    kind: { id: `${id}-kind`, label: m.milestoneForm.kind },
    service: { id: `${id}-service`, label: m.milestoneForm.service },
    owner: { id: `${id}-owner`, label: m.milestoneForm.owner },
    progress: { id: `${id}-progress`, label: m.milestoneForm.progress },
    plannedDate: { id: `${id}-planned`, label: m.milestoneForm.plannedDate },
    baselineDate: { id: `${id}-baseline`, label: m.milestoneForm.baselineDate },
    dependsOn: { id: `${id}-depends`, label: m.milestoneForm.dependsOn },
    visibility: { id: `${id}-visibility`, label: m.internal.visibility },
    internalNote: { id: `${id}-note`, label: m.internal.note },
  };
  const services = overview.data?.services ?? [];
  // A milestone the form was opened on may name a service the overview does not list (yet).
  const serviceOptions = [
    ...services.map((s) => ({ value: s.slug, label: s.name })),
    ...(milestone?.service && !services.some((s) => s.slug === milestone.service?.slug)
      ? [{ value: milestone.service.slug, label: milestone.service.name }]
      : []),
  ];
  const others = all.filter((other) => other.id !== milestone?.id);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      className="so-form"
      aria-label={milestone ? m.milestoneForm.editTitle(milestone.title) : m.milestoneForm.createTitle}
    >
      <ErrorSummary
        errors={form.errors}
        fields={fields}
        summaryRef={form.summaryRef}
        onReload={() => void invalidate.milestone(istat, milestone?.id)}
      />
      <TextField
        id={fields.title.id}
        label={fields.title.label}
        required
        value={form.values.title}
        onChange={(v) => form.set('title', v)}
        errors={form.errors.fields.title}
        maxLength={200}
      />
      <TextArea
        id={fields.description.id}
        label={fields.description.label}
        value={form.values.description}
        onChange={(v) => form.set('description', v)}
        errors={form.errors.fields.description}
        maxLength={2000}
      />
      <SelectField
        id={fields.kind.id}
        label={fields.kind.label}
        required
        value={form.values.kind}
        onChange={(v) => form.set('kind', v)}
        options={MILESTONE_KINDS.map((kind) => ({ value: kind, label: m.milestoneKinds[kind] }))}
        placeholder={m.forms.choose}
        errors={form.errors.fields.kind}
      />
      <SelectField
        id={fields.service.id}
        label={fields.service.label}
        value={form.values.service}
        onChange={(v) => form.set('service', v)}
        options={serviceOptions}
        placeholder={m.milestoneForm.wholeComune}
        errors={form.errors.fields.service}
      />
      <TextField
        id={fields.owner.id}
        label={fields.owner.label}
        value={form.values.owner}
        onChange={(v) => form.set('owner', v)}
        errors={form.errors.fields.owner}
        maxLength={200}
      />
      <TextField
        id={fields.progress.id}
        label={fields.progress.label}
        inputMode="numeric"
        hint={m.milestoneForm.progressHint}
        value={form.values.progress}
        onChange={(v) => form.set('progress', v)}
        errors={form.errors.fields.progress}
        className="so-field-short"
      />
      {milestone ? (
        <p className="small">{m.milestoneForm.datesNote}</p>
      ) : (
        <>
          <TextField
            id={fields.plannedDate.id}
            label={fields.plannedDate.label}
            type="date"
            required
            value={form.values.plannedDate}
            onChange={(v) => form.set('plannedDate', v)}
            errors={form.errors.fields.plannedDate}
          />
          <TextField
            id={fields.baselineDate.id}
            label={fields.baselineDate.label}
            type="date"
            hint={m.milestoneForm.baselineHint}
            value={form.values.baselineDate}
            onChange={(v) => form.set('baselineDate', v)}
            errors={form.errors.fields.baselineDate}
          />
        </>
      )}
      <CheckboxGroup
        id={fields.dependsOn.id}
        label={fields.dependsOn.label}
        hint={m.milestoneForm.dependsOnHint}
        values={form.values.dependsOn}
        onChange={(v) => form.set('dependsOn', v)}
        options={others.map((other) => ({ value: String(other.id), label: other.title }))}
        empty={m.milestoneForm.noOthers}
        errors={form.errors.fields.dependsOn}
      />
      <VisibilityAndNote id={id} values={form.values} set={form.set} errors={form.errors} />
      <FormActions
        submitting={form.submitting}
        submitLabel={milestone ? undefined : m.milestoneForm.submitCreate}
        onCancel={() => onDone()}
      />
    </form>
  );
}
