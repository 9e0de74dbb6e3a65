import { useI18n } from '../i18n/i18n';

/** Slippage in words: "45 giorni di slittamento", "10 giorni di anticipo", "Nessuno slittamento". */
export function useSlippageText() {
  const { m, f } = useI18n();
  return (days: number | null): string => {
    if (days === null) return f.notAvailable;
    if (days === 0) return m.roadmap.slippageNone;
    const amount = Math.abs(days) === 1 ? m.common.oneDay : m.common.days({ n: f.number(Math.abs(days)) });
    return days > 0 ? m.roadmap.slippageLate({ days: amount }) : m.roadmap.slippageEarly({ days: amount });
  };
}
