'use client';
/**
 * Small SVG marks shared by the charts, moved by motion so they animate the same in WebKit,
 * Firefox and Chromium. React renders each mark's resting geometry as SVG attributes (what the
 * server writes for JavaScript-off readers); useTween moves the attributes from where they were
 * when a step change alters them, and draws changes made by scroll progress at once.
 */
import { useContext, useEffect, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { AnimatePresence, PresenceContext, animateValue, usePresence } from 'motion/react';
import { useMoveTime, useTrack } from '../motion/ChartMotion';
import { EASE } from '../motion/timing';
import { useTween } from '../motion/useTween';
import { wrapLines } from '../wrap';

/** Line spacing of a wrapped label, in ems of its rendered size. */
export const LINE_EM = 1.2;

type Box = { x: number; y: number; width: number; height: number };
/** Paint only (fill, stroke, dashes): geometry and opacity are the mark's own props. */
type Paint = Omit<CSSProperties, 'x' | 'y' | 'width' | 'height' | 'opacity' | 'd' | 'cx' | 'cy'>;

export function Bar({ x, y, width, height, className = '', opacity = 1, rx, style }: Box & {
  className?: string; opacity?: number; rx?: number; style?: Paint;
}) {
  const h = Math.max(0, height);
  const ref = useTween<SVGRectElement>({ x, y, width, height: h, opacity });
  return <rect ref={ref} x={x} y={y} width={width} height={h} rx={rx} className={`chart-mark ${className}`} style={{ ...style, opacity }} />;
}

/** A dot whose centre and size move between states. */
export function Dot({ cx, cy, r, className = '', opacity = 1, style }: {
  cx: number; cy: number; r: number; className?: string; opacity?: number; style?: Paint;
}) {
  const ref = useTween<SVGCircleElement>({ cx, cy, r, opacity });
  return <circle ref={ref} cx={cx} cy={cy} r={r} className={`chart-mark ${className}`} style={{ ...style, opacity }} />;
}

type LabelProps = {
  x: number; y: number; anchor?: 'start' | 'middle' | 'end'; className?: string; opacity?: number; size?: number; weight?: number;
};

/**
 * A text label. With `wrap` (a string child), it is broken into lines of at most that many
 * characters (wrap.ts), one <tspan> a line, 1.2em apart so the spacing follows the raised size on
 * a phone. `lines="up"` stacks them upward, so the last line stays on `y` (a footnote at the
 * bottom edge grows into the chart, not out of it).
 */
export function Label({ x, y, children, anchor = 'middle', className = 'c-ink', opacity = 1, size = 12, weight, wrap, lines: stack = 'down' }: LabelProps & {
  children: ReactNode; wrap?: number; lines?: 'down' | 'up';
}) {
  const ref = useTween<SVGTextElement>({ x, y, opacity });
  const lines = wrap && typeof children === 'string' ? wrapLines(children, wrap) : null;
  const firstDy = stack === 'up' && lines ? `${-(lines.length - 1) * LINE_EM}em` : undefined;
  return (
    <text ref={ref} x={x} y={y} textAnchor={anchor} className={`mark-text ${className}`} fontSize={size} fontWeight={weight} style={{ opacity }}>
      {lines
        ? lines.map((line, i) => (
            <tspan key={i} x={x} dy={i ? `${LINE_EM}em` : firstDy} data-line="">
              {line}
            </tspan>
          ))
        : children}
    </text>
  );
}

/**
 * A value label whose figure rolls from one value to the next in a step change, each frame printed
 * by the registry's formatter (`format`), so every in-between reads like a real figure.
 */
export function Figure({ value, format, x, y, anchor = 'middle', className = 'c-ink', opacity = 1, size = 12, weight }: LabelProps & {
  value: number; format: (v: number) => string;
}) {
  const ref = useTween<SVGTextElement>({ x, y, opacity, text: value }, format);
  return (
    <text ref={ref} x={x} y={y} textAnchor={anchor} className={`mark-text ${className}`} fontSize={size} fontWeight={weight} style={{ opacity }}>
      {format(value)}
    </text>
  );
}

/**
 * A path whose shape morphs between states (same commands: number by number; different point
 * counts: vertex by vertex). WebKit ignores CSS `d`, so the attribute itself is tweened.
 */
export function Shape({ d, className, opacity = 1, style }: { d: string; className: string; opacity?: number; style?: Paint }) {
  const ref = useTween<SVGPathElement>({ d, opacity });
  return <path ref={ref} d={d} className={`chart-mark ${className}`} style={{ ...style, opacity }} />;
}

/** A horizontal rule; drawn as a path so a move between states morphs like any other shape. */
export function Rule({ x1, x2, y, className = 'c-axis' }: { x1: number; x2: number; y: number; className?: string }) {
  return <Shape d={`M${x1},${y}H${x2}`} className={className} />;
}

/**
 * Marks that come and go with the step (keyed children: ticks of a new scale, a card's lines).
 * Each <Appear> fades in when it arrives in a step change and fades out before it is removed.
 * The first render shows them as they are.
 */
export function Presence({ children }: { children: ReactNode }) {
  return <AnimatePresence initial={false}>{children}</AnimatePresence>;
}

export function Appear({ children }: { children: ReactNode }) {
  const ref = useRef<SVGGElement>(null);
  const [present, safeToRemove] = usePresence();
  const arrivedWithPage = useContext(PresenceContext)?.initial === false;
  const moveTime = useMoveTime();
  const track = useTrack();
  const fade = (from: number, to: number, done?: () => void) => {
    const el = ref.current;
    const ms = moveTime();
    if (!el || !ms) return void done?.();
    el.style.opacity = String(from);
    const run = track(animateValue({
      keyframes: [from, to], duration: ms, ease: EASE, onUpdate: (v) => (el.style.opacity = String(v)),
      onComplete: () => {
        run.done();
        done?.();
      },
    }));
    return () => run.stop();
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => (arrivedWithPage ? undefined : fade(0, 1)), []);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => (present ? undefined : fade(Number(ref.current?.style.opacity || 1), 0, safeToRemove)), [present]);
  return <g ref={ref} style={{ opacity: 1 }}>{children}</g>;
}

/** 0→1 over the first share of a step's progress, eased: marks a step reveals grow as the reader scrolls in. */
export function grow(progress: number, over = 0.35): number {
  const t = Math.min(1, progress / over);
  return 1 - (1 - t) * (1 - t);
}
