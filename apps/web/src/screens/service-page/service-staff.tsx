import { Link } from 'react-router';
import type { ServicePage } from '../../api-types';
import { Icon } from '../../components/icon';
import { Section } from '../../components/section';
import { ToolPanel } from '../../editing/tool-panel';
import { useI18n } from '../../i18n/i18n';
import { ServiceEditForm } from './service-edit-form';
import { StageChangeForm } from './stage-change-form';

/** The editor's tools on a service page: stage change, details, the monthly grid. */
export function ServiceStaffTools({ data, version }: { data: ServicePage; version: number }) {
  const { m } = useI18n();
  const { comune, service } = data;
  return (
    <Section
      headingId="staff-tools-title"
      icon={<Icon name="it-settings" size="xs" className="me-1" />}
      title={m.staff.toolsTitle}
      headingClassName="h5 mb-1"
      className="staff-tools mb-4"
    >
      <p className="small mb-2">{m.staff.toolsLead}</p>
      <div className="d-flex flex-column gap-2">
        <ToolPanel label={m.stageForm.open} title={m.stageForm.title} icon="it-exchange-circle">
          {(done) => (
            <StageChangeForm
              istat={comune.istat}
              slug={service.slug}
              current={data.stage}
              version={version}
              onDone={done}
            />
          )}
        </ToolPanel>
        <ToolPanel label={m.serviceForm.open} title={m.serviceForm.title}>
          {(done) => <ServiceEditForm istat={comune.istat} service={service} version={version} onDone={done} />}
        </ToolPanel>
        <p className="mb-0">
          <Link to={`/comuni/${comune.istat}/servizi/${service.slug}/dati`} className="btn btn-outline-primary btn-sm">
            <Icon name="it-files" size="xs" className="me-1" />
            {m.staff.gridLink}
          </Link>
        </p>
      </div>
    </Section>
  );
}
