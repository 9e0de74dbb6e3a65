import type { GeoContext } from 'd3-geo';

/** Coordinates are written in tenths of the drawing's unit (600 wide): finer is not seen. */
const SCALE = 10;

const tenths = (n: number): string => String(n / SCALE);

/**
 * A d3-geo path context writing compact SVG path data: coordinates rounded to a tenth of a unit,
 * a point nearer than `tolerance` units to the last one written left out (the files carry more
 * detail than a 600-unit drawing shows), each point after a ring's first relative to the one
 * before. A ring that would keep fewer than three points is written whole: every area, however
 * small, stays drawn and clickable.
 */
export class PathWriter implements GeoContext {
  #out: string[] = [];
  #ring: [number, number][] = [];
  #kept: [number, number][] = [];
  readonly #minSquared: number;

  constructor(tolerance: number) {
    this.#minSquared = (tolerance * SCALE) ** 2;
  }

  moveTo(x: number, y: number): void {
    this.#flush();
    const point: [number, number] = [Math.round(x * SCALE), Math.round(y * SCALE)];
    this.#ring = [point];
    this.#kept = [point];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * SCALE), Math.round(y * SCALE)];
    this.#ring.push(point);
    const last = this.#kept[this.#kept.length - 1];
    if (last !== undefined && (point[0] - last[0]) ** 2 + (point[1] - last[1]) ** 2 < this.#minSquared) return;
    this.#kept.push(point);
  }

  closePath(): void {
    this.#flush();
  }

  /** Rings are polygons' outlines: d3 draws no arcs or points for them, and no path is begun. */
  arc(): void {}

  beginPath(): void {}

  /** The path data written so far. */
  result(): string {
    this.#flush();
    return this.#out.join('');
  }

  #flush(): void {
    if (this.#ring.length === 0) return;
    const points = this.#kept.length >= 3 ? this.#kept : this.#ring;
    const [first, ...rest] = points;
    if (first !== undefined) {
      let [x, y] = first;
      const steps = rest.map(([px, py]) => {
        const dy = tenths(py - y);
        const step = `${tenths(px - x)}${dy.startsWith('-') ? '' : ' '}${dy}`;
        x = px;
        y = py;
        return step;
      });
      this.#out.push(`M${tenths(first[0])} ${tenths(first[1])}${steps.length > 0 ? `l${steps.join(' ')}` : ''}z`);
    }
    this.#ring = [];
    this.#kept = [];
  }
}
