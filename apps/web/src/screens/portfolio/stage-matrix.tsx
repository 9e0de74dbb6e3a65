import { STAGES } from '@switchoff/domain';
import { Link } from 'react-router';
import type { Portfolio } from '../../api-types';
import { Icon } from '../../components/icon';
import { STAGE_ICONS, StageBadge } from '../../components/stage-badge';
import { useI18n } from '../../i18n/i18n';

/** The key of the stage abbreviations and icons. */
export function StageLegend() {
  const { m } = useI18n();
  return (
    <div className="stage-legend mb-2">
      <span className="fw-semibold me-2">{m.common.legend}:</span>
      <ul className="list-inline d-inline mb-0">
        {STAGES.map((stage) => (
          <li key={stage} className="list-inline-item me-3">
            <span className={`stage-badge stage-${stage}`}>
              <Icon name={STAGE_ICONS[stage]} size="xs" />
              <span>{m.stages[stage].short}</span>
            </span>{' '}
            {m.stages[stage].label}
          </li>
        ))}
        <li className="list-inline-item">
          <span className="stage-badge stage-none">{m.stages.none.short}</span> {m.stages.none.label}
        </li>
      </ul>
    </div>
  );
}

type StageMatrixProps = { matrix: Portfolio['matrix']; consortiumSlug: string };

/** Rows comuni, columns catalogue services, each cell the stage as abbreviation and icon. */
export function StageMatrix({ matrix, consortiumSlug }: StageMatrixProps) {
  const { m } = useI18n();
  return (
    <div className="table-responsive stage-matrix-wrapper">
      <table className="table table-sm stage-matrix">
        <caption>
          <span>{m.portfolio.matrixCaption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.charts.comune}</th>
            {matrix.services.map((service) => (
              <th key={service.slug} scope="col">
                <Link
                  to={`/consorzi/${consortiumSlug}/servizi/${service.slug}`}
                  title={m.portfolio.acrossLink({ service: service.name })}
                >
                  {service.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.istat}>
              <th scope="row">
                <Link to={`/comuni/${row.istat}`}>{row.name}</Link>
              </th>
              {matrix.services.map((service) => (
                <td key={service.slug} className="text-center">
                  <StageBadge stage={row.stages[service.slug] ?? null} compact />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
