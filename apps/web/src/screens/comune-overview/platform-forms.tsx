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
import { type ReactNode, useId, useState } from 'react';
import type { ComuneOverview } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import { EditForm } from '../../forms/edit-form';
import { SelectField, TextField } from '../../forms/fields';
import { centsToEuroText, numberIssues, numberValue } from '../../forms/parse';
import { type ActionFormOptions, useActionForm } from '../../forms/use-action-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type PlatformRow = ComuneOverview['platforms'][number];
type PnrrRow = ComuneOverview['pnrr'][number];
/** What the platforms' and the PNRR measures' forms take from the page. */
type FormProps = {
  istat: string;
  onDone: (message?: string) => void;
  /** Today's date, the latest a state may date from (the browser's today by default). */
  today?: string;
};

/** Which row to change (a platform, a measure), above the form of the row chosen (`children`). */
function RowChoice<K extends string>({
  name,
  label,
  choices,
  first,
  optionLabel,
  children,
}: {
  name: string;
  label: string;
  choices: readonly K[];
  /** The row chosen at first. */
  first: K;
  optionLabel: (choice: K) => string;
  children: (choice: K) => ReactNode;
}) {
  const id = useId();
  const [choice, setChoice] = useState<K>(first);
  return (
    <div className="so-form">
      <SelectField
        id={`${id}-${name}`}
        label={label}
        value={choice}
        onChange={(v) => setChoice(choices.find((c) => c === v) ?? first)}
        options={choices.map((c) => ({ value: c, label: optionLabel(c) }))}
      />
      {children(choice)}
    </div>
  );
}

/** The form of a platform's or a PNRR measure's row: the comune's platforms reloaded once saved. */
function usePlatformsForm<V extends Record<string, string>, I extends object>(
  options: Omit<ActionFormOptions<V, I>, 'reload'>,
) {
  const invalidate = useInvalidate();
  return useActionForm({ ...options, reload: () => void invalidate.platforms(options.istat) });
}

function PlatformStateForm({ istat, row, onDone, today = todayIso() }: FormProps & { row: PlatformRow }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const save = useMutation(trpc.platforms.set.mutationOptions());
  const version = row.version ?? null;
  const { form, editForm } = usePlatformsForm({
    istat,
    schema: refineWithToday(setPlatformInput, (v) => setPlatformIssues(v, today)),
    toInput: (values: { state: string; activationDate: string }) => ({
      platform: row.platform,
      state: values.state,
      activationDate: values.activationDate === '' ? null : values.activationDate,
      version,
    }),
    send: (input) => save.mutateAsync(input),
    version,
    labels: { state: m.platformsForm.state, activationDate: m.platformsForm.activationDate },
    initial: { state: row.state, activationDate: row.activationDate ?? '' },
    saved: m.platformsForm.saved({ platform: m.platforms[row.platform] }),
    onDone,
  });
  return (
    <EditForm
      {...editForm}
      label={`${m.platformsForm.title}: ${m.platforms[row.platform]}`}
      submitLabel={m.platformsForm.submit}
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
export function PlatformForm({ platforms, ...props }: FormProps & { platforms: readonly PlatformRow[] }) {
  const { m } = useI18n();
  const rowOf = (platform: Platform): PlatformRow =>
    platforms.find((p) => p.platform === platform) ?? {
      platform,
      state: platformStates(platform)[0] ?? 'not_active',
      activationDate: null,
      active: false,
    };
  return (
    <RowChoice
      name="platform"
      label={m.platformsForm.platform}
      choices={PLATFORMS}
      first="pagopa"
      optionLabel={(p) => m.platforms[p]}
    >
      {/* A new form per platform: its state, date and version are that platform's. */}
      {(platform) => <PlatformStateForm key={platform} row={rowOf(platform)} {...props} />}
    </RowChoice>
  );
}

type PnrrValues = { state: string; amount: string; stateDate: string };

function PnrrMeasureForm({
  istat,
  measure,
  row,
  onDone,
  today = todayIso(),
}: FormProps & { measure: PnrrMeasure; row: PnrrRow | undefined }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const save = useMutation(trpc.pnrr.set.mutationOptions());
  const version = row?.version ?? null;
  const { form, editForm } = usePlatformsForm({
    istat,
    schema: refineWithToday(setPnrrInput, (v) => setPnrrIssues(v, today)),
    toInput: (values: PnrrValues) => ({
      measure,
      state: values.state,
      amountCents: numberValue(values.amount, 'euroCents') ?? undefined,
      stateDate: values.stateDate === '' ? null : values.stateDate,
      version,
    }),
    first: (values) => numberIssues([{ path: ['amountCents'], text: values.amount, kind: 'euroCents' }]),
    send: (input) => save.mutateAsync(input),
    version,
    labels: { state: m.pnrrForm.state, amount: m.pnrrForm.amount, stateDate: m.pnrrForm.stateDate },
    inputKeys: { amount: 'amountCents' },
    initial: {
      state: row?.state ?? 'candidatura',
      amount: centsToEuroText(row?.amountCents),
      stateDate: row?.stateDate ?? '',
    },
    saved: m.pnrrForm.saved({ measure }),
    onDone,
  });
  return (
    <EditForm {...editForm} label={`${m.pnrrForm.title}: ${measure}`} submitLabel={m.pnrrForm.submit}>
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
export function PnrrForm({ pnrr, ...props }: FormProps & { pnrr: readonly PnrrRow[] }) {
  const { m } = useI18n();
  return (
    <RowChoice
      name="measure"
      label={m.pnrrForm.measure}
      choices={PNRR_MEASURES}
      first="1.4.1"
      optionLabel={(code) => `${code} – ${m.pnrrMeasures[code]}`}
    >
      {(measure) => (
        <PnrrMeasureForm key={measure} measure={measure} row={pnrr.find((p) => p.measure === measure)} {...props} />
      )}
    </RowChoice>
  );
}
