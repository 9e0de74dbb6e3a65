import {
  completeMilestoneInput,
  completeMilestoneIssues,
  refineWithToday,
  replanMilestoneInput,
  replanMilestoneIssues,
  TEXT_LIMITS,
} from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import type { RoadmapMilestone } from '../../api-types';
import { EditForm } from '../../forms/edit-form';
import { TextArea, TextField } from '../../forms/fields';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';
import { useMilestoneForm } from './use-milestone-form';

type Props = {
  istat: string;
  milestone: RoadmapMilestone;
  version: number;
  today: string;
  onDone: (message?: string) => void;
};

/** Moves the planned date with a required reason; the baseline stays and is said to stay. */
export function ReplanForm({ istat, milestone, version, today, onDone }: Props) {
  const { m, f } = useI18n();
  const trpc = useTRPC();
  const replan = useMutation(trpc.milestones.replan.mutationOptions());
  const { form, editForm } = useMilestoneForm({
    istat,
    milestone,
    version,
    schema: refineWithToday(replanMilestoneInput, (v) => replanMilestoneIssues(v, today)),
    send: (input) => replan.mutateAsync(input),
    labels: { plannedDate: m.replanForm.plannedDate, reason: m.replanForm.reason },
    initial: { plannedDate: '', reason: '' },
    messages: m.replanForm,
    onDone,
  });
  return (
    <EditForm
      {...editForm}
      intro={
        <>
          <p className="mb-1">{m.replanForm.currentPlanned({ date: f.date(milestone.plannedDate) })}</p>
          <p className="small">{m.replanForm.baselineStays({ date: f.date(milestone.baselineDate) })}</p>
        </>
      }
    >
      <TextField {...form.field('plannedDate')} type="date" required />
      <TextArea {...form.field('reason')} required hint={m.replanForm.reasonHint} maxLength={TEXT_LIMITS.reason} />
    </EditForm>
  );
}

/** Marks a milestone reached on a date (not in the future); progress becomes 100%. */
export function CompleteForm({ istat, milestone, version, today, onDone }: Props) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const complete = useMutation(trpc.milestones.complete.mutationOptions());
  const { form, editForm } = useMilestoneForm({
    istat,
    milestone,
    version,
    schema: refineWithToday(completeMilestoneInput, (v) => completeMilestoneIssues(v, today)),
    send: (input) => complete.mutateAsync(input),
    labels: { actualDate: m.completeForm.actualDate },
    initial: { actualDate: today },
    messages: m.completeForm,
    onDone,
  });
  return (
    <EditForm {...editForm}>
      <TextField {...form.field('actualDate')} type="date" required hint={m.completeForm.actualDateHint} />
    </EditForm>
  );
}
