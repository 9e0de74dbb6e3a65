import { Link } from 'react-router';
import type { ComuneOverview } from '../../api-types';
import { FollowLinks } from '../../components/follow-links';
import { Icon } from '../../components/icon';
import { KeyFigures } from '../../components/key-figure';
import { MilestoneList } from '../../components/milestone-list';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n';

/** Milestones done, late, slipped and at risk, the days of slippage and re-plans, the late ones and the next ones, with a link to the roadmap. */
export function MilestonesSection({ data }: { data: ComuneOverview }) {
  const { m, f } = useI18n();
  const { milestones } = data;
  const istat = data.comune.istat;
  return (
    <Section headingId="milestones-title" title={m.overview.milestonesTitle} className="mb-5">
      <KeyFigures
        className="mb-3"
        figures={[
          { label: m.overview.milestonesTotal, value: f.number(milestones.total) },
          { label: m.overview.milestonesDone, value: f.number(milestones.done) },
          { label: m.overview.milestonesLate, value: f.number(milestones.late) },
          { label: m.overview.milestonesSlipped, value: f.number(milestones.slipped) },
          { label: m.overview.milestonesAtRisk, value: f.number(milestones.atRisk) },
          { label: m.overview.milestonesDoneLate, value: f.number(milestones.doneLate) },
          { label: m.overview.slippageDays, value: f.number(milestones.slippageDays) },
          { label: m.overview.replans, value: f.number(milestones.replans) },
        ]}
      />
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
    </Section>
  );
}
