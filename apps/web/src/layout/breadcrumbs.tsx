import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** One step of the breadcrumb trail; the last one (no `to`) is the current page. */
export type Crumb = { label: string; to?: string };

export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const { m } = useI18n();
  const steps: Crumb[] = [{ label: m.breadcrumbs.home, to: '/' }, ...trail];
  return (
    <nav className="breadcrumb-container" aria-label={m.breadcrumbs.label}>
      <ol className="breadcrumb">
        {steps.map((step, index) => {
          const last = index === steps.length - 1;
          return (
            <li
              key={`${index}-${step.label}`}
              className={`breadcrumb-item${last ? ' active' : ''}`}
              aria-current={last ? 'page' : undefined}
            >
              {last || step.to === undefined ? step.label : <Link to={step.to}>{step.label}</Link>}
              {last ? null : <span className="separator">/</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
