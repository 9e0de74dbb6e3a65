/** Lower case with accents dropped ("Vallée d'Aoste" → "vallee d'aoste"): where every comparison of names starts. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
