import {
  PLATFORMS,
  type Platform,
  PNRR_MEASURES,
  PNRR_STATES,
  type PnrrMeasure,
  platformStates,
  todayIso,
} from '@switchoff/domain';
import {
  refineWithToday,
  setPlatformInput,
  setPlatformIssues,
  setPnrrInput,
  setPnrrIssues,
} from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ComuneOverview } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import { EditForm } from '../../forms/edit-form';
import { SelectField, TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { centsToEuroText, numberIssues, numberValue } from '../../forms/parse';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type PlatformRow = ComuneOverview['platforms'][number];
type PnrrRow = ComuneOverview['pnrr'][number];
type Done = (message?: string) => void;

function PlatformStateForm({
  istat,
  row,
  onDone,
  today,
}: {
  istat: string;
  row: PlatformRow;
  onDone: Done;
  today: string;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const save = useMutation(trpc.platforms.set.mutationOptions());
  const schema = refineWithToday(setPlatformInput, (v) => setPlatformIssues(v, today));
  const version = row.version ?? null;
  const toInput = (values: { state: string; activationDate: string }) => ({
    platform: row.platform,
    state: values.state,
    activationDate: values.activationDate === '' ? null : values.activationDate,
    version,
  });
  const form = useForm<{ state: string; activationDate: string }>({
    labels: { state: m.platformsForm.state, activationDate: m.platformsForm.activationDate },
    initial: { state: row.state, activationDate: row.activationDate ?? '' },
    sourceKey: version,
    validate: (values) => validateWith(schema, toInput(values)),
    submit: (values) => save.mutateAsync({ istat, ...schema.parse(toInput(values)) }),
    onSuccess: () => {
      void invalidate.platforms(istat);
      onDone(m.platformsForm.saved(m.platforms[row.platform]));
    },
  });
  return (
    <EditForm
      form={form}
      label={`${m.platformsForm.title}: ${m.platforms[row.platform]}`}
      onReload={() => void invalidate.platforms(istat)}
      submitLabel={m.platformsForm.submit}
      onCancel={() => onDone()}
    >
      <SelectField
        {...form.field('state')}
        required
        hint={row.platform === 'anpr' ? m.platformsForm.stateHintAnpr : undefined}
        options={platformStates(row.platform).map((state) => ({ value: state, label: m.platformStates[state] }))}
      />
      <TextField {...form.field('activationDate')} type="date" hint={m.platformsForm.activationDateHint} />
    </EditForm>
  );
}

/** Sets one national platform's state (ANPR with its own states) and activation date. */
export function PlatformForm({
  istat,
  platforms,
  onDone,
  today = todayIso(),
}: {
  istat: string;
  platforms: readonly PlatformRow[];
  onDone: Done;
  today?: string;
}) {
  const { m } = useI18n();
  const id = useId();
  const [platform, setPlatform] = useState<Platform>('pagopa');
  const row = platforms.find((p) => p.platform === platform) ?? {
    platform,
    state: platformStates(platform)[0] ?? 'not_active',
    activationDate: null,
    active: false,
  };
  return (
    <div className="so-form">
      <SelectField
        id={`${id}-platform`}
        label={m.platformsForm.platform}
        value={platform}
        onChange={(v) => setPlatform(PLATFORMS.find((p) => p === v) ?? 'pagopa')}
        options={PLATFORMS.map((p) => ({ value: p, label: m.platforms[p] }))}
      />
      {/* A new form per platform: its state, date and version are that platform's. */}
      <PlatformStateForm key={platform} istat={istat} row={row} onDone={onDone} today={today} />
    </div>
  );
}

type PnrrValues = { state: string; amount: string; stateDate: string };

function PnrrMeasureForm({
  istat,
  measure,
  row,
  onDone,
  today,
}: {
  istat: string;
  measure: PnrrMeasure;
  row: PnrrRow | undefined;
  onDone: Done;
  today: string;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const save = useMutation(trpc.pnrr.set.mutationOptions());
  const schema = refineWithToday(setPnrrInput, (v) => setPnrrIssues(v, today));
  const version = row?.version ?? null;
  const toInput = (values: PnrrValues) => ({
    measure,
    state: values.state,
    amountCents: numberValue(values.amount, 'euroCents') ?? undefined,
    stateDate: values.stateDate === '' ? null : values.stateDate,
    version,
  });
  const form = useForm<PnrrValues>({
    labels: { state: m.pnrrForm.state, amount: m.pnrrForm.amount, stateDate: m.pnrrForm.stateDate },
    inputKeys: { amount: 'amountCents' },
    initial: {
      state: row?.state ?? 'candidatura',
      amount: centsToEuroText(row?.amountCents),
      stateDate: row?.stateDate ?? '',
    },
    sourceKey: version,
    validate: (values) =>
      validateWith(
        schema,
        toInput(values),
        numberIssues([{ path: ['amountCents'], text: values.amount, kind: 'euroCents' }]),
      ),
    submit: (values) => save.mutateAsync({ istat, ...schema.parse(toInput(values)) }),
    onSuccess: () => {
      void invalidate.platforms(istat);
      onDone(m.pnrrForm.saved(measure));
    },
  });
  return (
    <EditForm
      form={form}
      label={`${m.pnrrForm.title}: ${measure}`}
      onReload={() => void invalidate.platforms(istat)}
      submitLabel={m.pnrrForm.submit}
      onCancel={() => onDone()}
    >
      <SelectField
        {...form.field('state')}
        required
        options={PNRR_STATES.map((state) => ({ value: state, label: m.pnrrStates[state] }))}
      />
      <TextField {...form.field('amount')} required inputMode="decimal" hint={m.pnrrForm.amountHint} />
      <TextField {...form.field('stateDate')} type="date" hint={m.pnrrForm.stateDateHint} />
    </EditForm>
  );
}

/** Sets one PNRR measure's state, funding and date. */
export function PnrrForm({
  istat,
  pnrr,
  onDone,
  today = todayIso(),
}: {
  istat: string;
  pnrr: readonly PnrrRow[];
  onDone: Done;
  today?: string;
}) {
  const { m } = useI18n();
  const id = useId();
  const [measure, setMeasure] = useState<PnrrMeasure>('1.4.1');
  const row = pnrr.find((p) => p.measure === measure);
  return (
    <div className="so-form">
      <SelectField
        id={`${id}-measure`}
        label={m.pnrrForm.measure}
        value={measure}
        onChange={(v) => setMeasure(PNRR_MEASURES.find((p) => p === v) ?? '1.4.1')}
        options={PNRR_MEASURES.map((code) => ({ value: code, label: `${code} – ${m.pnrrMeasures[code]}` }))}
      />
      <PnrrMeasureForm key={measure} istat={istat} measure={measure} row={row} onDone={onDone} today={today} />
    </div>
  );
}
