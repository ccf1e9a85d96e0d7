'use client';
/**
 * Small SVG marks shared by the charts, animated with motion so they move the same in WebKit,
 * Firefox and Chromium. Geometry is written as SVG attributes (what the server renders for
 * JavaScript-off readers, and what motion tweens). A change made in a step change tweens over the
 * rest of the move; a change made by scroll progress alone is set at once (see motion/timing.ts).
 * `initial={false}`: a mark's first render is its resting state, so hydration changes nothing.
 */
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { AnimatePresence, animate, m, useMotionValue, useTransform, type MotionValue } from 'motion/react';
import { useMarkTransition } from './motion/ChartMotion';
import { interpolatePath } from './motion/path';

type Box = { x: number; y: number; width: number; height: number };
/** Paint only (fill, stroke, dashes): geometry and opacity are the mark's own props. */
type Paint = Omit<CSSProperties, 'x' | 'y' | 'width' | 'height' | 'opacity' | 'd' | 'cx' | 'cy'>;

export function Bar({ x, y, width, height, className = '', opacity = 1, rx, style }: Box & {
  className?: string; opacity?: number; rx?: number; style?: Paint;
}) {
  const transition = useMarkTransition();
  const h = Math.max(0, height);
  return (
    <m.rect className={`chart-mark ${className}`} rx={rx} style={style} initial={false}
      animate={{ attrX: x, attrY: y, width, height: h, opacity }} transition={transition} />
  );
}

/** A dot whose centre moves between states. */
export function Dot({ cx, cy, r, className = '', opacity = 1, style }: {
  cx: number; cy: number; r: number; className?: string; opacity?: number; style?: Paint;
}) {
  const transition = useMarkTransition();
  return <m.circle className={`chart-mark ${className}`} style={style} initial={false} animate={{ cx, cy, r, opacity }} transition={transition} />;
}

type LabelProps = {
  x: number; y: number; anchor?: 'start' | 'middle' | 'end'; className?: string; opacity?: number; size?: number; weight?: number;
};

export function Label({ x, y, children, anchor = 'middle', className = 'c-ink', opacity = 1, size = 12, weight }: LabelProps & {
  children: ReactNode | MotionValue<string>;
}) {
  const transition = useMarkTransition();
  return (
    <m.text textAnchor={anchor} className={`mark-text ${className}`} fontSize={size} fontWeight={weight}
      initial={false} animate={{ attrX: x, attrY: y, opacity }} transition={transition}>
      {children as ReactNode}
    </m.text>
  );
}

/**
 * A value label whose figure rolls from one value to the next in a step change, each frame printed
 * by the registry's formatter (`format`), so every in-between reads like a real figure.
 */
export function Figure({ value, format, ...label }: LabelProps & { value: number; format: (v: number) => string }) {
  const transition = useMarkTransition();
  const shown = useMotionValue(value);
  const text = useTransform(shown, format);
  const latest = useRef(transition);
  latest.current = transition;
  useEffect(() => {
    const t = latest.current;
    if (!('ease' in t)) {
      shown.set(value);
      return;
    }
    const run = animate(shown, value, t);
    return () => run.stop();
  }, [value, shown]);
  return <Label {...label}>{text}</Label>;
}

/**
 * A path whose shape morphs: the `d` attribute is a motion value, tweened with interpolatePath
 * (same commands: number by number; different point counts: vertex by vertex).
 */
export function Shape({ d, className, opacity = 1, style }: { d: string; className: string; opacity?: number; style?: Paint }) {
  const transition = useMarkTransition();
  const path = useMotionValue(d);
  const latest = useRef(transition);
  latest.current = transition;
  useEffect(() => {
    const from = path.get();
    if (from === d) return;
    const t = latest.current;
    if (!('ease' in t)) {
      path.set(d);
      return;
    }
    const mix = interpolatePath(from, d);
    const run = animate(0, 1, { ...t, onUpdate: (v) => path.set(mix(v)), onComplete: () => path.set(d) });
    return () => run.stop();
  }, [d, path]);
  return (
    <m.path d={path} className={`chart-mark ${className}`} style={style} initial={false}
      animate={{ opacity }} transition={transition} />
  );
}

/** A horizontal rule; drawn as a path so a move between states morphs like any other shape. */
export function Rule({ x1, x2, y, className = 'c-axis' }: { x1: number; x2: number; y: number; className?: string }) {
  return <Shape d={`M${x1},${y}H${x2}`} className={className} />;
}

/**
 * Marks that come and go with the step (keyed children: ticks of a new scale, a card's lines):
 * each fades in when it appears and out when it leaves. The first render shows them as they are.
 */
export function Presence({ children }: { children: ReactNode }) {
  return <AnimatePresence initial={false}>{children}</AnimatePresence>;
}

/** One keyed mark group inside <Presence>. */
export function Appear({ children }: { children: ReactNode }) {
  const transition = useMarkTransition();
  // Entering and leaving take the whole move when they come with a step change.
  const fade = 'ease' in transition ? transition : { duration: 0 };
  return (
    <m.g initial={{ opacity: 0 }} animate={{ opacity: 1 }} exit={{ opacity: 0 }} transition={fade}>
      {children}
    </m.g>
  );
}

/** 0→1 over the first share of a step's progress, eased: marks a step reveals grow as the reader scrolls in. */
export function grow(progress: number, over = 0.35): number {
  const t = Math.min(1, progress / over);
  return 1 - (1 - t) * (1 - t);
}
