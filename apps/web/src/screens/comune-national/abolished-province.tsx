import { PROVINCES_ABOLISHED_2025 } from '@switchoff/domain';
import { useI18n } from '../../i18n/i18n';

/**
 * Said on the page of a comune left under a province abolished in 2025 (Sardinia): no list the
 * project ships gives its new province, so the page says so instead of guessing one.
 */
export function AbolishedProvinceNote({ provinceIstat }: { provinceIstat: string }) {
  const { m } = useI18n();
  if (PROVINCES_ABOLISHED_2025[provinceIstat] === undefined) return null;
  return <p className="small mb-0">{m.national.abolishedProvince}</p>;
}
