import { MESSAGES } from '@switchoff/domain';
import { comuneSettingsInput, TEXT_LIMITS } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../auth/viewer';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { useInvalidate } from '../../editing/invalidate';
import { EditForm } from '../../forms/edit-form';
import { TextArea, TextField } from '../../forms/fields';
import { errorsFromIssues, validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';
import { checkedScreen } from '../checked-params';
import { checkIstat } from '../params';

/** "80", "82,5", "82.5 %" as a fraction (0.825); NaN when it is not a percentage. */
export function parsePercent(text: string): number {
  const clean = text.trim().replace('%', '').trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(clean)) return Number.NaN;
  return Math.round(Number(clean) * 10) / 1000;
}

function percentText(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10).replace('.', ',');
}

type Settings = {
  takeUpTarget: number;
  assistedDesk: string | null;
  internalNote?: string | null | undefined;
  version?: number | undefined;
};
type Values = { target: string; assistedDesk: string; internalNote: string };

/** A comune's take-up target (as a percentage), assisted desk and internal note. */
export function ComuneSettingsForm({
  istat,
  name,
  settings,
  onSaved,
}: {
  istat: string;
  name: string;
  settings: Settings;
  onSaved: (message: string) => void;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const update = useMutation(trpc.admin.comuni.update.mutationOptions());
  const toInput = (values: Values) => ({
    takeUpTarget: parsePercent(values.target),
    assistedDesk: values.assistedDesk,
    internalNote: values.internalNote,
    version: settings.version,
  });
  const form = useForm<Values>({
    labels: {
      target: m.comuniAdmin.targetLabel,
      assistedDesk: m.comuniAdmin.deskLabel,
      internalNote: m.internal.note,
    },
    inputKeys: { target: 'takeUpTarget' },
    initial: {
      target: percentText(settings.takeUpTarget),
      assistedDesk: settings.assistedDesk ?? '',
      internalNote: settings.internalNote ?? '',
    },
    sourceKey: settings.version ?? null,
    validate: (values) =>
      Number.isNaN(parsePercent(values.target))
        ? errorsFromIssues([{ path: ['takeUpTarget'], message: MESSAGES.takeUpTargetInvalid }])
        : validateWith(comuneSettingsInput, toInput(values)),
    submit: (values) => update.mutateAsync({ istat, ...comuneSettingsInput.parse(toInput(values)) }),
    onSuccess: () => {
      void invalidate.comuneSettings(istat);
      onSaved(m.comuniAdmin.saved);
    },
  });
  return (
    <EditForm
      form={form}
      label={m.comuniAdmin.formTitle({ name })}
      onReload={() => void invalidate.comuneSettings(istat)}
    >
      <TextField
        {...form.field('target')}
        required
        inputMode="decimal"
        hint={m.comuniAdmin.targetHint}
        className="so-field-short"
      />
      <TextArea {...form.field('assistedDesk')} hint={m.comuniAdmin.deskHint} maxLength={TEXT_LIMITS.assistedDesk} />
      <TextArea {...form.field('internalNote')} hint={m.internal.noteHint} maxLength={TEXT_LIMITS.note} />
    </EditForm>
  );
}

function ComuneSettingsLoader({ istat }: { istat: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const overview = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  const [message, setMessage] = useState('');
  const name = overview.data?.comune.name;
  useDocumentTitle(`${name ? m.comuniAdmin.formTitle({ name }) : m.comuniAdmin.title} – ${m.admin.title}`);
  return (
    <QueryState query={overview}>
      {(data) => {
        const { comune } = data;
        if (comune.consortium.slug !== me.data?.consortium.slug || comune.version === undefined) {
          return <p className="alert alert-warning">{m.comuniAdmin.notInConsortium}</p>;
        }
        return (
          <section aria-labelledby="settings-title">
            <p>
              <Link to="/amministrazione/comuni">
                <Icon name="it-arrow-left" size="xs" className="icon-primary me-1" />
                {m.comuniAdmin.back}
              </Link>
            </p>
            <h2 id="settings-title" className="h3">
              {m.comuniAdmin.formTitle({ name: comune.name })}
            </h2>
            <p role="status" className="tool-panel-status">
              {message}
            </p>
            <ComuneSettingsForm istat={istat} name={comune.name} settings={comune} onSaved={setMessage} />
          </section>
        );
      }}
    </QueryState>
  );
}

/** `/amministrazione/comuni/:istat`: one comune's settings. */
export const ComuneSettingsScreen = checkedScreen({ istat: checkIstat }, ComuneSettingsLoader);
