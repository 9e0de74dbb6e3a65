import { updateServiceInput } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import type { ServicePage } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import {
  ServiceFields,
  type ServiceFieldValues,
  serviceFieldLabels,
  serviceFieldsInput,
} from '../../editing/service-fields';
import { EditForm } from '../../forms/edit-form';
import { useActionForm } from '../../forms/use-action-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type Service = ServicePage['service'];

function valuesOf(service: Service): ServiceFieldValues {
  return {
    name: service.name,
    category: service.category,
    description: service.description,
    office: service.office,
    interactivityLevel: String(service.interactivityLevel),
    takesPayment: service.takesPayment,
    needsIdentity: service.needsIdentity,
    hasAssistedDesk: service.hasAssistedDesk,
    visibility: service.visibility ?? 'public',
    internalNote: service.internalNote ?? '',
  };
}

/** Edits a service's details, its visibility and internal note (the slug, its address, stays). */
export function ServiceEditForm({
  istat,
  service,
  version,
  onDone,
}: {
  istat: string;
  service: Service;
  version: number;
  onDone: (message?: string) => void;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const update = useMutation(trpc.services.update.mutationOptions());
  const { form, editForm } = useActionForm({
    istat,
    schema: updateServiceInput,
    toInput: (values) => ({ slug: service.slug, version, ...serviceFieldsInput(values) }),
    send: (input) => update.mutateAsync(input),
    reload: () => void invalidate.service(istat, service.slug),
    version,
    labels: serviceFieldLabels(m),
    initial: valuesOf(service),
    saved: m.serviceForm.saved,
    onDone,
  });
  return (
    <EditForm {...editForm} label={m.serviceForm.title}>
      <ServiceFields form={form} />
    </EditForm>
  );
}
