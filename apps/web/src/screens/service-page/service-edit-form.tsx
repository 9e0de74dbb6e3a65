import { updateServiceInput } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import type { ServicePage } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import {
  SERVICE_FIELD_DEFAULTS,
  ServiceFields,
  serviceFieldLabels,
  serviceFieldsInput,
} from '../../editing/service-fields';
import { EditForm } from '../../forms/edit-form';
import { formValues } from '../../forms/form-values';
import { useActionForm } from '../../forms/use-action-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

type Service = ServicePage['service'];

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
    initial: formValues(SERVICE_FIELD_DEFAULTS, service),
    saved: m.serviceForm.saved,
    onDone,
  });
  return (
    <EditForm {...editForm} label={m.serviceForm.title}>
      <ServiceFields form={form} />
    </EditForm>
  );
}
