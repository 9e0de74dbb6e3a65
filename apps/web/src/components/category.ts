import { useI18n } from '../i18n/i18n';

/** The label of a subject-matter code in the chosen language; the code itself if unknown. */
export function useCategoryLabel() {
  const { m } = useI18n();
  const labels: Record<string, string> = m.categories;
  return (code: string): string => labels[code] ?? code;
}
