import spritesUrl from './sprites.svg?url';

export type IconName =
  | 'it-file'
  | 'it-exchange-circle'
  | 'it-software'
  | 'it-check-circle'
  | 'it-check'
  | 'it-close'
  | 'it-close-circle'
  | 'it-clock'
  | 'it-warning-circle'
  | 'it-error'
  | 'it-minus-circle'
  | 'it-minus'
  | 'it-info-circle'
  | 'it-calendar'
  | 'it-rss'
  | 'it-arrow-left'
  | 'it-arrow-right'
  | 'it-arrow-down-circle'
  | 'it-external-link'
  | 'it-pa'
  | 'it-map-marker'
  | 'it-user'
  | 'it-chart-line'
  | 'it-restore'
  | 'it-list'
  | 'it-download'
  | 'it-help-circle'
  | 'it-locked'
  | 'it-ban'
  | 'it-refresh'
  | 'it-settings'
  | 'it-logout'
  | 'it-pencil'
  | 'it-plus'
  | 'it-plus-circle'
  | 'it-comment'
  | 'it-note'
  | 'it-key'
  | 'it-copy'
  | 'it-flag'
  | 'it-files'
  | 'it-print'
  | 'it-card';

type IconProps = {
  name: IconName;
  size?: 'xs' | 'sm' | 'lg';
  className?: string;
  /** When set, the icon is announced; otherwise it is decorative next to its text. */
  title?: string;
};

/** A Bootstrap Italia sprite icon; decorative unless given a title. */
export function Icon({ name, size = 'sm', className = '', title }: IconProps) {
  return (
    <svg
      className={`icon icon-${size} ${className}`.trim()}
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
    >
      {title ? <title>{title}</title> : null}
      <use href={`${spritesUrl}#${name}`} />
    </svg>
  );
}
