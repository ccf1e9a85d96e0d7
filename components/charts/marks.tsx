/**
 * Small SVG marks shared by the charts. Geometry is set both as attributes (what every renderer
 * reads, and what the server writes for JavaScript-off readers) and as CSS properties, so the
 * stylesheet's transitions animate them between step states; reduced motion turns that off.
 */
import type { CSSProperties, ReactNode } from 'react';

type Box = { x: number; y: number; width: number; height: number };

export function Bar({ x, y, width, height, className, opacity = 1 }: Box & { className: string; opacity?: number }) {
  const h = Math.max(0, height);
  const style = { x, y, width, height: h, opacity } as CSSProperties;
  return <rect x={x} y={y} width={width} height={h} className={`mark ${className}`} style={style} />;
}

export function Label({ x, y, children, anchor = 'middle', className = 'c-ink', opacity = 1, size = 12, weight }: {
  x: number; y: number; children: ReactNode; anchor?: 'start' | 'middle' | 'end'; className?: string; opacity?: number; size?: number; weight?: number;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className={`mark-text ${className}`} fontSize={size} fontWeight={weight}
      style={{ opacity }}>
      {children}
    </text>
  );
}

/** A path whose shape animates: the `d` attribute for all renderers, `d: path()` for CSS transitions. */
export function Shape({ d, className, opacity = 1 }: { d: string; className: string; opacity?: number }) {
  return <path d={d} className={`mark ${className}`} style={{ d: `path('${d}')`, opacity } as CSSProperties} />;
}

/** A horizontal rule; drawn as a path so a move between states animates like any other shape. */
export function Rule({ x1, x2, y, className = 'c-axis' }: { x1: number; x2: number; y: number; className?: string }) {
  return <Shape d={`M${x1},${y}H${x2}`} className={className} />;
}

/** 0→1 over the first share of a step's progress, eased: marks a step reveals grow as the reader scrolls in. */
export function grow(progress: number, over = 0.35): number {
  const t = Math.min(1, progress / over);
  return 1 - (1 - t) * (1 - t);
}
