/**
 * The frame every chart draws in: an SVG with a title and a description of what the current step
 * shows. The description is also a polite live region, so a screen reader hears each new state
 * once, when the step changes (it depends on the step only, never on progress).
 *
 * Text stays readable however small the drawing is scaled: once mounted, the frame measures how
 * large one viewBox unit is drawn and gives the SVG the smallest font size (in viewBox units) that
 * still renders at MIN_TEXT_PX; the stylesheet raises every smaller label to it. The server renders
 * no minimum (readers without JavaScript get the drawing scaled), and since text never changes the
 * SVG's box, raising it shifts no layout.
 */
import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { H, W, minFontUnits } from './types';

export function ChartFrame({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  const svg = useRef<SVGSVGElement>(null);
  const [minFont, setMinFont] = useState(0);
  useEffect(() => {
    const el = svg.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const box = el.getBoundingClientRect();
      setMinFont(minFontUnits(box.width, box.height));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, []);
  // On the wrapper, not the SVG: the drawing of a step state stays the same markup at every size
  // (the deck and the page are compared that way); the labels inherit it.
  const style = minFont ? ({ '--chart-min-font': `${minFont}px` } as CSSProperties) : undefined;
  return (
    <div className="chart" style={style}>
      <svg ref={svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {children}
      </svg>
      <p className="sr-only" aria-live="polite" data-chart-description>
        {description}
      </p>
    </div>
  );
}
