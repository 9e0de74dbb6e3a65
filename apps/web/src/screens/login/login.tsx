import { MESSAGES } from '@switchoff/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { landingPath } from '../../auth/landing';
import { resetForNewViewer, type User, useMe } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { TextField } from '../../forms/fields';
import { errorsFromIssues } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';

type Credentials = { email: string; password: string };

/**
 * `/accedi`: email and password; once logged in, back to where the person was (`?da=`) when
 * their role reaches it, otherwise to their work (`landingPath`).
 */
export default function LoginScreen() {
  const { m, msg } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = params.get('da');
  const me = useMe();
  const login = useMutation(trpc.auth.login.mutationOptions());

  const form = useForm<Credentials, User>({
    labels: { email: m.auth.email, password: m.auth.password },
    initial: { email: '', password: '' },
    validate: (values) => {
      const issues = [
        ...(values.email.trim() ? [] : [{ path: ['email'], message: MESSAGES['auth.emailRequired'] }]),
        ...(values.password ? [] : [{ path: ['password'], message: MESSAGES['auth.passwordRequired'] }]),
      ];
      return issues.length ? errorsFromIssues(issues) : null;
    },
    submit: (values) => login.mutateAsync({ email: values.email.trim(), password: values.password }),
    onSuccess: (user) => {
      resetForNewViewer(queryClient, trpc.auth.me.queryKey(), user);
      void navigate(landingPath(user, returnTo), { replace: true });
    },
  });
  // Wrong credentials and too many attempts get their own heading; the others show as any form's.
  const code = form.errors.code;

  return (
    <Page
      title={m.auth.loginTitle}
      trail={[{ label: m.auth.loginTitle }]}
      lead={<p className="mb-0">{m.auth.loginLead}</p>}
    >
      <div className="row">
        <div className="col-lg-6 col-md-8">
          {me.data ? (
            <div className="alert alert-info" role="status">
              <p className="mb-2">{m.auth.alreadyIn({ name: me.data.name })}</p>
              <Link to={landingPath(me.data, returnTo)} className="btn btn-primary btn-sm">
                {m.auth.continue}
              </Link>
            </div>
          ) : null}
          {code === 'TOO_MANY_REQUESTS' ? (
            <div ref={form.summaryRef} tabIndex={-1} className="alert alert-danger so-summary" role="alert">
              <h2 className="h5 alert-heading">{m.auth.tooManyTitle}</h2>
              <p className="mb-1">{form.errors.form.map(msg).join(' ')}</p>
              <p className="small mb-0">{m.auth.tooManyHint}</p>
            </div>
          ) : code === 'UNAUTHORIZED' ? (
            <div ref={form.summaryRef} tabIndex={-1} className="alert alert-danger so-summary" role="alert">
              <h2 className="h5 alert-heading">{m.auth.wrongCredentialsTitle}</h2>
              <p className="mb-0">{m.auth.wrongCredentials}</p>
            </div>
          ) : (
            <ErrorSummary {...form.summary} />
          )}
          <form noValidate onSubmit={form.onSubmit} className="so-form" aria-label={m.auth.loginTitle}>
            <TextField
              {...form.field('email')}
              label={m.auth.email}
              type="email"
              autoComplete="username"
              inputMode="email"
              required
            />
            <TextField
              {...form.field('password')}
              label={m.auth.password}
              type="password"
              autoComplete="current-password"
              required
            />
            <button
              type="submit"
              className="btn btn-primary"
              disabled={form.submitting}
              aria-busy={form.submitting || undefined}
            >
              {form.submitting ? m.auth.submitting : m.auth.submit}
            </button>
          </form>
          <p className="small mt-4">{m.auth.noAccount}</p>
        </div>
      </div>
    </Page>
  );
}
