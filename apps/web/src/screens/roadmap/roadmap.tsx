import { useState } from 'react';
import type { Roadmap } from '../../api-types';
import { canEditComune, useMe } from '../../auth/viewer';
import { RoadmapTimeline } from '../../charts/roadmap-timeline';
import { FollowLinks } from '../../components/follow-links';
import { IllustrativeNotice } from '../../components/illustrative-notice';
import { Section } from '../../components/section';
import { InternalViewNotice } from '../../components/viewer-box';
import { ToolPanel } from '../../editing/tool-panel';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { loadOnRender } from '../../lazy';
import { queryScreen } from '../checked-params';
import { checkIstat } from '../params';
import { MilestoneCard } from './milestone-card';

// The staff's form loads when a member of staff opens it: public visitors never download it.
const MilestoneForm = loadOnRender(() => import('./milestone-form').then((module) => module.MilestoneForm));

/** The comune's milestones, late first, on a time line and one by one with their re-plans. */
export function RoadmapView({ data }: { data: Roadmap }) {
  const { m, f } = useI18n();
  const { comune } = data;
  const open = data.milestones.filter((milestone) => milestone.status !== 'done');
  // Done milestones stretch the time line back years; open ones first, all on request.
  const [showAll, setShowAll] = useState(open.length === 0);
  const me = useMe();
  // Internal fields (versions, notes, comments) arrive only for readers of internal data.
  const internal = comune.version !== undefined;
  const canEdit = internal && canEditComune(me.data, comune);
  const titles = new Map(data.milestones.map((milestone) => [milestone.id, milestone.title]));
  const commentsOf = (id: number) =>
    (data.comments ?? []).filter((c) => c.target.kind === 'milestone' && c.target.id === id);
  return (
    <Page
      title={`${m.roadmap.title} – ${comune.name}`}
      documentTitle={m.roadmap.documentTitle({ name: comune.name })}
      trail={[
        { label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` },
        { label: comune.name, to: `/comuni/${comune.istat}` },
        { label: m.breadcrumbs.roadmap },
      ]}
      lead={
        <>
          <p className="mb-1">{m.roadmap.lead}</p>
          <p className="small mb-0">{m.roadmap.today({ date: f.date(data.today) })}</p>
          <FollowLinks istat={comune.istat} name={comune.name} />
        </>
      }
    >
      {internal ? <InternalViewNotice council={me.data?.role === 'council'} /> : null}
      <IllustrativeNotice show={comune.figuresIllustrative} />
      {canEdit ? (
        <div className="staff-tools mb-4">
          <ToolPanel
            label={m.milestoneForm.create}
            title={m.milestoneForm.createTitle}
            icon="it-plus-circle"
            headingLevel={2}
          >
            {(done) => <MilestoneForm istat={comune.istat} milestone={null} all={data.milestones} onDone={done} />}
          </ToolPanel>
        </div>
      ) : null}
      {data.milestones.length === 0 ? (
        <p>{m.roadmap.empty}</p>
      ) : (
        <>
          <RoadmapTimeline
            data={showAll ? data.milestones : open}
            today={data.today}
            headingLevel={2}
            controls={
              <div className="btn-group mb-2" role="group" aria-label={m.roadmap.show}>
                <button
                  type="button"
                  className={`btn btn-xs ${showAll ? 'btn-outline-primary' : 'btn-primary'}`}
                  aria-pressed={!showAll}
                  onClick={() => setShowAll(false)}
                >
                  {m.roadmap.showOpen({ n: f.number(open.length) })}
                </button>
                <button
                  type="button"
                  className={`btn btn-xs ${showAll ? 'btn-primary' : 'btn-outline-primary'}`}
                  aria-pressed={showAll}
                  onClick={() => setShowAll(true)}
                >
                  {m.roadmap.showAll({ n: f.number(data.milestones.length) })}
                </button>
              </div>
            }
          />
          <Section headingId="list-title" title={m.roadmap.listTitle}>
            {data.milestones.map((milestone) => (
              <div key={milestone.id} id={`milestone-${milestone.id}`}>
                <MilestoneCard
                  milestone={milestone}
                  istat={comune.istat}
                  today={data.today}
                  staff={
                    internal ? { canEdit, all: data.milestones, titles, comments: commentsOf(milestone.id) } : undefined
                  }
                />
              </div>
            ))}
          </Section>
        </>
      )}
    </Page>
  );
}

export default queryScreen(
  { istat: checkIstat },
  (trpc, params) => trpc.milestones.roadmap.queryOptions(params),
  RoadmapView,
);
