import type { RoadmapMilestone } from '../../api-types';
import { CommentForm, CommentList, type CommentView } from '../../components/comments';
import { InternalNote } from '../../components/internal';
import { ToolPanel } from '../../editing/tool-panel';
import { MilestoneHistory } from '../../history/histories';
import { useI18n } from '../../i18n/i18n';
import { AnnulReplanForm } from './annul-replan-form';
import { CompleteForm, ReplanForm } from './milestone-date-forms';
import { MilestoneForm } from './milestone-form';

export type MilestoneStaffProps = {
  istat: string;
  milestone: RoadmapMilestone;
  today: string;
  canEdit: boolean;
  /** Every milestone of the comune (dependencies, names in the history). */
  all: readonly RoadmapMilestone[];
  titles: ReadonlyMap<number, string>;
  /** Comments on this milestone. */
  comments: readonly CommentView[];
};

/**
 * What a milestone card shows readers of internal data: its internal note, comments and history;
 * for the consortium's editors also edit, re-plan, annul a mistaken re-plan and complete.
 */
export function MilestoneStaff({ istat, milestone, today, canEdit, all, titles, comments }: MilestoneStaffProps) {
  const { m } = useI18n();
  const version = milestone.version;
  if (version === undefined) return null;
  const done = milestone.actualDate !== null;
  const annullable = milestone.replans.some((r) => r.kind === 'replan' && r.annulledBy === null);
  return (
    <div className="milestone-staff mt-3">
      <InternalNote note={milestone.internalNote} />
      {canEdit ? (
        <div className="d-flex flex-column gap-2 mb-2">
          <ToolPanel
            label={m.forms.edit}
            title={m.milestoneForm.editTitle({ title: milestone.title })}
            headingLevel={4}
          >
            {(close) => <MilestoneForm istat={istat} milestone={milestone} all={all} onDone={close} />}
          </ToolPanel>
          {done ? null : (
            <>
              <ToolPanel label={m.replanForm.open} title={m.replanForm.title} icon="it-calendar" headingLevel={4}>
                {(close) => (
                  <ReplanForm istat={istat} milestone={milestone} version={version} today={today} onDone={close} />
                )}
              </ToolPanel>
              {annullable ? (
                <ToolPanel label={m.annulForm.open} title={m.annulForm.title} icon="it-restore" headingLevel={4}>
                  {(close) => <AnnulReplanForm istat={istat} milestone={milestone} version={version} onDone={close} />}
                </ToolPanel>
              ) : null}
              <ToolPanel
                label={m.completeForm.open}
                title={m.completeForm.title}
                icon="it-check-circle"
                headingLevel={4}
              >
                {(close) => (
                  <CompleteForm istat={istat} milestone={milestone} version={version} today={today} onDone={close} />
                )}
              </ToolPanel>
            </>
          )}
        </div>
      ) : null}
      {comments.length ? (
        <>
          <h4 className="h6 mt-3 mb-1">{m.comments.milestoneComments}</h4>
          <CommentList comments={comments} showTarget={false} />
        </>
      ) : null}
      <ToolPanel label={m.comments.addOnMilestone} title={m.comments.addOnMilestone} icon="it-comment" headingLevel={4}>
        {() => <CommentForm istat={istat} target={{ milestoneId: milestone.id }} label={m.comments.body} />}
      </ToolPanel>
      <MilestoneHistory istat={istat} id={milestone.id} milestoneTitles={titles} />
    </div>
  );
}
