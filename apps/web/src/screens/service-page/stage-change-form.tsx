import { appMessage, STAGES, type Stage, todayIso, transitionKind } from '@switchoff/domain';
import { recordStageInput, recordStageIssues, refineWithToday, TEXT_LIMITS } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/icon';
import { useInvalidate } from '../../editing/invalidate';
import { RadioGroup } from '../../forms/choice-fields';
import { ErrorSummary, FormActions } from '../../forms/error-summary';
import { TextArea, TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type StageValues = { stage: string; effectiveDate: string; reason: string };

type StageChangeFormProps = {
  istat: string;
  slug: string;
  /** The stage now (null before the first one). */
  current: Stage | null;
  /** The service's version the page was loaded with. */
  version: number;
  onDone: (message?: string) => void;
  /** Today (the server's calendar in tests); the browser's otherwise. */
  today?: string;
};

/**
 * Records a dated stage change with its reason. A step back is allowed, said before saving and
 * confirmed; it stays in the history as "ritorno indietro".
 */
export function StageChangeForm({ istat, slug, current, version, onDone, today = todayIso() }: StageChangeFormProps) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const record = useMutation(trpc.services.recordStage.mutationOptions());
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const schema = refineWithToday(recordStageInput, (v) => recordStageIssues(v, today));
  const toInput = (values: StageValues) => ({ slug, version, ...values });
  const isRevert = (stage: string) =>
    current !== null &&
    (STAGES as readonly string[]).includes(stage) &&
    transitionKind(current, stage as Stage) === 'revert';

  const form = useForm<StageValues>({
    labels: { stage: m.stageForm.stage, effectiveDate: m.stageForm.effectiveDate, reason: m.stageForm.reason },
    initial: { stage: '', effectiveDate: today, reason: '' },
    sourceKey: version,
    validate: (values) => {
      const found = validateWith(schema, toInput(values));
      // Nothing chosen yet reads better as "choose" than as the schema's "invalid stage".
      if (values.stage === '' && found)
        return { ...found, fields: { ...found.fields, stage: [appMessage('stageRequired')] } };
      return found;
    },
    submit: (values) => record.mutateAsync({ istat, ...toInput(values), stage: values.stage as Stage }),
    onSuccess: () => {
      setConfirming(false);
      void invalidate.service(istat, slug);
      onDone(m.stageForm.saved);
    },
  });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const revert = isRevert(form.values.stage);

  return (
    <form
      noValidate
      className="so-form"
      aria-label={m.stageForm.title}
      onSubmit={(event) => {
        // A step back asks first, once the form itself is valid.
        if (revert && !confirming && !validateWith(schema, toInput(form.values))) {
          event.preventDefault();
          setConfirming(true);
          return;
        }
        void form.onSubmit(event);
      }}
    >
      <ErrorSummary {...form.summary} onReload={() => void invalidate.service(istat, slug)} />
      <RadioGroup
        {...form.field('stage', () => setConfirming(false))}
        required
        options={STAGES.map((stage) => ({
          value: stage,
          label: stage === current ? `${m.stages[stage].label} ${m.stageForm.current}` : m.stages[stage].label,
        }))}
      />
      {revert && current ? (
        <p className="revert-warning" id={`${id}-revert`}>
          <Icon name="it-restore" size="xs" className="me-1" />
          {m.stageForm.revertWarning({ from: m.stages[current].label, to: m.stages[form.values.stage as Stage].label })}
        </p>
      ) : null}
      <TextField {...form.field('effectiveDate')} type="date" required hint={m.stageForm.effectiveDateHint} />
      <TextArea {...form.field('reason')} required hint={m.stageForm.reasonHint} maxLength={TEXT_LIMITS.reason} />
      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          className="alert alert-warning"
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
        >
          <h4 id={`${id}-confirm`} className="h6 alert-heading">
            {m.stageForm.confirmTitle}
          </h4>
          <p>{m.stageForm.confirmText}</p>
          <div className="d-flex flex-wrap gap-2">
            <button type="submit" className="btn btn-primary btn-sm" disabled={form.submitting}>
              {form.submitting ? m.forms.saving : m.stageForm.confirm}
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setConfirming(false)}>
              {m.stageForm.back}
            </button>
          </div>
        </div>
      ) : (
        <FormActions submitting={form.submitting} submitLabel={m.stageForm.submit} onCancel={() => onDone()} />
      )}
    </form>
  );
}
