import { ICON_SHAPES } from './icon-shapes';

/** A Bootstrap Italia icon the app draws (scripts/write-icon-shapes.ts adds a newly named one). */
export type IconName = keyof typeof ICON_SHAPES;

type IconProps = {
  name: IconName;
  size?: 'xs' | 'sm' | 'lg';
  className?: string;
  /** When set, the icon is announced; otherwise it is decorative next to its text. */
  title?: string;
};

/**
 * The paths of a Bootstrap Italia icon, for an `<svg>` whose box is 24 × 24 (`viewBox="0 0 24 24"`):
 * drawn in the page itself, so no sprite arrives after the first paint to restyle every icon.
 */
export function IconPaths({ name }: { name: IconName }) {
  return ICON_SHAPES[name].map((shape) => (
    <path key={shape.d} d={shape.d} transform={'transform' in shape ? shape.transform : undefined} />
  ));
}

/** A Bootstrap Italia icon; decorative unless given a title. */
export function Icon({ name, size = 'sm', className = '', title }: IconProps) {
  return (
    <svg
      className={`icon icon-${size} ${className}`.trim()}
      viewBox="0 0 24 24"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
    >
      {title ? <title>{title}</title> : null}
      <IconPaths name={name} />
    </svg>
  );
}
