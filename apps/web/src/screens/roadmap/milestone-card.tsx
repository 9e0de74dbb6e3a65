import { daysBetween } from '@switchoff/domain';
import { Link } from 'react-router';
import type { RoadmapMilestone } from '../../api-types';
import { Fact } from '../../components/fact';
import { VisibilityMark } from '../../components/internal';
import { useSlippageText } from '../../components/slippage';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n';
import { loadOnRender } from '../../lazy';
import type { MilestoneStaffProps } from './milestone-staff';

// The staff's tools load for the staff only: public visitors never download them.
const MilestoneStaff = loadOnRender(() => import('./milestone-staff').then((module) => module.MilestoneStaff));

/** One milestone in full: status, dates, slippage, owner, progress, dependencies, re-plans with reasons. */
export function MilestoneCard({
  milestone,
  istat,
  today,
  staff,
}: {
  milestone: RoadmapMilestone;
  istat: string;
  today: string;
  staff?: Omit<MilestoneStaffProps, 'istat' | 'milestone' | 'today'> | undefined;
}) {
  const { m, f } = useI18n();
  const slippage = useSlippageText();
  return (
    <article className={`milestone-card card card-bg no-after mb-3 milestone-${milestone.status}`}>
      <div className="card-body">
        <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <StatusBadge status={milestone.status} />
          <span className="small text-muted">{m.milestoneKinds[milestone.kind]}</span>
          <VisibilityMark visibility={milestone.visibility} />
        </div>
        <h3 className="h5 mb-1">{milestone.title}</h3>
        {milestone.description ? <p className="mb-2">{milestone.description}</p> : null}
        <dl className="row small mb-2">
          <Fact term={m.roadmap.service}>
            {milestone.service ? (
              <Link to={`/comuni/${istat}/servizi/${milestone.service.slug}`}>{milestone.service.name}</Link>
            ) : (
              m.roadmap.wholeComune
            )}
          </Fact>
          <Fact term={m.charts.baseline}>{f.date(milestone.baselineDate)}</Fact>
          <Fact term={m.charts.planned}>
            {f.date(milestone.plannedDate)} · <span className="slippage">{slippage(milestone.slippageDays)}</span>
            {milestone.status === 'late' ? (
              <span className="d-block status-late fw-semibold">
                {m.roadmap.overdue({ days: f.number(daysBetween(milestone.plannedDate, today)) })}
              </span>
            ) : null}
          </Fact>
          {milestone.actualDate ? <Fact term={m.charts.actual}>{f.date(milestone.actualDate)}</Fact> : null}
          {milestone.owner ? <Fact term={m.roadmap.owner}>{milestone.owner}</Fact> : null}
          <Fact term={m.roadmap.progress}>
            <div className="d-flex align-items-center gap-2">
              <div className="progress flex-grow-1 milestone-progress" aria-hidden="true">
                <div className="progress-bar" style={{ width: `${milestone.progress}%` }} />
              </div>
              <span>{f.percent(milestone.progress / 100)}</span>
            </div>
          </Fact>
          <Fact term={m.roadmap.dependsOn}>
            {milestone.dependsOn.length === 0 ? (
              m.roadmap.noDependencies
            ) : (
              <ul className="list-unstyled mb-0">
                {milestone.dependsOn.map((dependency) => (
                  <li key={dependency.id}>
                    <a href={`#milestone-${dependency.id}`}>{dependency.title}</a>{' '}
                    <StatusBadge status={dependency.status} />
                  </li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>
        <h4 className="h6 mb-1">{m.roadmap.replansTitle}</h4>
        {milestone.replans.length === 0 ? (
          <p className="small text-muted mb-0">{m.roadmap.noReplans}</p>
        ) : (
          <ol className="small mb-0 replans">
            <li value={0} className="replan-baseline">
              {m.roadmap.baselineLine({ date: f.date(milestone.baselineDate) })}
            </li>
            {milestone.replans.map((replan) => (
              <li
                key={replan.number}
                value={replan.number}
                className={replan.annulledBy ? 'replan-annulled' : undefined}
              >
                {replan.kind === 'annulment' && replan.annuls !== null
                  ? m.roadmap.annulmentLine({
                      annuls: f.number(replan.annuls),
                      to: f.date(replan.plannedDate),
                      at: f.date(replan.changedAt),
                    })
                  : m.roadmap.replanLine({
                      from: f.date(replan.previousDate),
                      to: f.date(replan.plannedDate),
                      at: f.date(replan.changedAt),
                    })}
                {replan.reason ? (
                  <>
                    : <em>{replan.reason}</em>
                  </>
                ) : null}
                {replan.annulledBy !== null ? (
                  <strong className="d-block">{m.roadmap.annulledBy({ number: f.number(replan.annulledBy) })}</strong>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {staff ? <MilestoneStaff istat={istat} milestone={milestone} today={today} {...staff} /> : null}
      </div>
    </article>
  );
}
