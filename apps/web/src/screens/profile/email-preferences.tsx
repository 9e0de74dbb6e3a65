import type { RouterOutputs } from '@switchoff/api';
import { EMAIL_LANGUAGES, emailPreferencesInput } from '@switchoff/domain/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Section } from '../../components/section';
import { RadioGroup } from '../../forms/choice-fields';
import { ErrorSummary, FormActions } from '../../forms/error-summary';
import { CheckboxField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

export type EmailPreferences = RouterOutputs['account']['preferences'];
type Values = { emailDigest: boolean; emailAlerts: boolean; language: string };

/** Which emails the person receives (digest, alerts) and in which language. */
export function EmailPreferencesForm({ preferences }: { preferences: EmailPreferences }) {
  const { m } = useI18n();
  const t = m.profile;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.account.setPreferences.mutationOptions());
  const [saved, setSaved] = useState(false);
  const initial: Values = {
    emailDigest: preferences.emailDigest,
    emailAlerts: preferences.emailAlerts,
    language: preferences.language,
  };
  const form = useForm<Values, EmailPreferences>({
    labels: { emailDigest: t.digest, emailAlerts: t.alerts, language: t.language },
    initial,
    validate: (values) => validateWith(emailPreferencesInput, values),
    submit: (values) => {
      setSaved(false);
      return save.mutateAsync(emailPreferencesInput.parse(values));
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(trpc.account.preferences.queryKey(), answer);
      setSaved(true);
    },
  });
  return (
    <Section headingId="profile-emails" title={t.emailsTitle} className="mb-5">
      <form noValidate onSubmit={form.onSubmit} className="so-form" aria-labelledby="profile-emails">
        <ErrorSummary {...form.summary} />
        <fieldset className="so-field so-fieldset mb-4">
          <legend className="so-legend">{t.receive}</legend>
          <CheckboxField {...form.checkbox('emailDigest')} hint={t.digestHint} />
          <CheckboxField {...form.checkbox('emailAlerts')} hint={t.alertsHint} />
        </fieldset>
        <RadioGroup
          {...form.field('language')}
          inline
          options={EMAIL_LANGUAGES.map((code) => ({ value: code, label: t.languages[code] }))}
        />
        <FormActions submitting={form.submitting} submitLabel={t.save} />
        <p role="status" className={saved ? 'alert alert-success mt-3 mb-0' : 'visually-hidden'}>
          {saved ? t.saved : ''}
        </p>
      </form>
    </Section>
  );
}
