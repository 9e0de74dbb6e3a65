import { annulReplanInput, TEXT_LIMITS } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import type { RoadmapMilestone } from '../../api-types';
import { EditForm } from '../../forms/edit-form';
import { TextArea } from '../../forms/fields';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';
import { useMilestoneForm } from './use-milestone-form';

type Props = { istat: string; milestone: RoadmapMilestone; version: number; onDone: (message?: string) => void };

/**
 * Annuls the latest re-plan in force with a required reason: the API appends a correction and
 * restores the previous plan; the form says which re-plan and which date before it is sent.
 */
export function AnnulReplanForm({ istat, milestone, version, onDone }: Props) {
  const { m, f } = useI18n();
  const trpc = useTRPC();
  const annul = useMutation(trpc.milestones.annulReplan.mutationOptions());
  const target = milestone.replans.filter((r) => r.kind === 'replan' && r.annulledBy === null).at(-1);
  const { form, editForm } = useMilestoneForm({
    istat,
    milestone,
    version,
    schema: annulReplanInput,
    send: (input) => annul.mutateAsync(input),
    labels: { reason: m.annulForm.reason },
    initial: { reason: '' },
    messages: m.annulForm,
    onDone,
  });
  if (target === undefined) return null;
  return (
    <EditForm
      {...editForm}
      intro={
        <>
          <p className="mb-1">
            {m.annulForm.which({
              number: f.number(target.number),
              from: f.date(target.previousDate),
              to: f.date(target.plannedDate),
            })}
          </p>
          <p className="small">{m.annulForm.keeps}</p>
        </>
      }
    >
      <TextArea {...form.field('reason')} required hint={m.annulForm.reasonHint} maxLength={TEXT_LIMITS.reason} />
    </EditForm>
  );
}
