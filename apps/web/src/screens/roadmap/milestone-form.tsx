import { MILESTONE_KINDS } from '@switchoff/domain';
import { createMilestoneInput, TEXT_LIMITS, updateMilestoneInput } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { RoadmapMilestone } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import { VisibilityAndNote } from '../../editing/service-fields';
import { CheckboxGroup } from '../../forms/choice-fields';
import { EditForm } from '../../forms/edit-form';
import { SelectField, TextArea, TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { numberIssues, numberValue } from '../../forms/parse';
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
    progress: numberValue(values.progress, 'percent') ?? Number.NaN,
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
  const version = milestone?.version;
  const createInput = (values: Values) => ({
    ...fieldsInput(values),
    plannedDate: values.plannedDate,
    ...(values.baselineDate ? { baselineDate: values.baselineDate } : {}),
  });
  const updateInput = (values: Values) => ({ id: milestone?.id, version, ...fieldsInput(values) });

  const form = useForm<Values, { title: string }>({
    labels: {
      title: m.milestoneForm.title,
      description: m.milestoneForm.description,
      kind: m.milestoneForm.kind,
      service: m.milestoneForm.service,
      owner: m.milestoneForm.owner,
      progress: m.milestoneForm.progress,
      plannedDate: m.milestoneForm.plannedDate,
      baselineDate: m.milestoneForm.baselineDate,
      dependsOn: m.milestoneForm.dependsOn,
      visibility: m.internal.visibility,
      internalNote: m.internal.note,
    },
    initial: valuesOf(milestone),
    sourceKey: version ?? null,
    validate: (values) => {
      const progress = numberIssues([{ path: ['progress'], text: values.progress, kind: 'percent' }]);
      return milestone
        ? validateWith(updateMilestoneInput, updateInput(values), progress)
        : validateWith(createMilestoneInput, createInput(values), progress);
    },
    submit: (values) =>
      milestone
        ? update.mutateAsync({ istat, ...updateMilestoneInput.parse(updateInput(values)) })
        : create.mutateAsync({ istat, ...createMilestoneInput.parse(createInput(values)) }),
    onSuccess: (saved) => {
      void invalidate.milestone(istat, milestone?.id);
      onDone(milestone ? m.milestoneForm.saved : m.milestoneForm.created({ title: saved.title }));
    },
  });
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
    <EditForm
      form={form}
      label={milestone ? m.milestoneForm.editTitle({ title: milestone.title }) : m.milestoneForm.createTitle}
      onReload={() => void invalidate.milestone(istat, milestone?.id)}
      submitLabel={milestone ? undefined : m.milestoneForm.submitCreate}
      onCancel={() => onDone()}
    >
      <TextField {...form.field('title')} required maxLength={TEXT_LIMITS.title} />
      <TextArea {...form.field('description')} maxLength={TEXT_LIMITS.description} />
      <SelectField
        {...form.field('kind')}
        required
        options={MILESTONE_KINDS.map((kind) => ({ value: kind, label: m.milestoneKinds[kind] }))}
        placeholder={m.forms.choose}
      />
      <SelectField {...form.field('service')} options={serviceOptions} placeholder={m.milestoneForm.wholeComune} />
      <TextField {...form.field('owner')} maxLength={TEXT_LIMITS.owner} />
      <TextField
        {...form.field('progress')}
        inputMode="numeric"
        hint={m.milestoneForm.progressHint}
        className="so-field-short"
      />
      {milestone ? (
        <p className="small">{m.milestoneForm.datesNote}</p>
      ) : (
        <>
          <TextField {...form.field('plannedDate')} type="date" required />
          <TextField {...form.field('baselineDate')} type="date" hint={m.milestoneForm.baselineHint} />
        </>
      )}
      <CheckboxGroup
        {...form.choices('dependsOn')}
        hint={m.milestoneForm.dependsOnHint}
        options={others.map((other) => ({ value: String(other.id), label: other.title }))}
        empty={m.milestoneForm.noOthers}
      />
      <VisibilityAndNote form={form} />
    </EditForm>
  );
}
