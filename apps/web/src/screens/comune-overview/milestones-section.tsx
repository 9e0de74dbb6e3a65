import { Link } from 'react-router';
import type { ComuneOverview } from '../../api-types';
import { FollowLinks } from '../../components/follow-links';
import { Icon } from '../../components/icon';
import { KeyFigure } from '../../components/key-figure';
import { MilestoneList } from '../../components/milestone-list';
import { useI18n } from '../../i18n/i18n';

/** Milestones done, late, slipped and at risk, the days of slippage and re-plans, the late ones and the next ones, with a link to the roadmap. */
export function MilestonesSection({ data }: { data: ComuneOverview }) {
  const { m, f } = useI18n();
  const { milestones } = data;
  const istat = data.comune.istat;
  return (
    <section aria-labelledby="milestones-title" className="mb-5">
      <h2 id="milestones-title" className="h3">
        {m.overview.milestonesTitle}
      </h2>
      <div className="row g-3 mb-3">
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.milestonesTotal} value={f.number(milestones.total)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.milestonesDone} value={f.number(milestones.done)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.milestonesLate} value={f.number(milestones.late)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.milestonesSlipped} value={f.number(milestones.slipped)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.milestonesAtRisk} value={f.number(milestones.atRisk)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.milestonesDoneLate} value={f.number(milestones.doneLate)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.slippageDays} value={f.number(milestones.slippageDays)} />
        </div>
        <div className="col-6 col-lg-3">
          <KeyFigure label={m.overview.replans} value={f.number(milestones.replans)} />
        </div>
      </div>
      <div className="row">
        <div className="col-lg-6">
          <h3 className="h5">{m.overview.lateTitle}</h3>
          <MilestoneList items={milestones.lateList} istat={istat} empty={m.overview.noLate} />
        </div>
        <div className="col-lg-6">
          <h3 className="h5">{m.overview.nextTitle}</h3>
          <MilestoneList items={milestones.next} istat={istat} empty={m.overview.noNext} />
        </div>
      </div>
      <Link to={`/comuni/${istat}/roadmap`} className="btn btn-outline-primary btn-sm">
        <Icon name="it-calendar" className="icon-primary me-1" />
        {m.overview.roadmapLink}
      </Link>
      <FollowLinks istat={istat} name={data.comune.name} />
    </section>
  );
}
