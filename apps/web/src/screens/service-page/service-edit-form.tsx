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
import { validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
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
  const toInput = (values: ServiceFieldValues) => ({ slug: service.slug, version, ...serviceFieldsInput(values) });
  const form = useForm<ServiceFieldValues>({
    labels: serviceFieldLabels(m),
    initial: valuesOf(service),
    sourceKey: version,
    validate: (values) => validateWith(updateServiceInput, toInput(values)),
    submit: (values) => {
      const parsed = updateServiceInput.parse(toInput(values));
      return update.mutateAsync({ istat, ...parsed });
    },
    onSuccess: () => {
      void invalidate.service(istat, service.slug);
      onDone(m.serviceForm.saved);
    },
  });
  return (
    <EditForm
      form={form}
      label={m.serviceForm.title}
      onReload={() => void invalidate.service(istat, service.slug)}
      onCancel={() => onDone()}
    >
      <ServiceFields form={form} />
    </EditForm>
  );
}
