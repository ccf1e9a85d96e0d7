/**
 * A chapter's 1200×630 social card, as Satori draws it: story and chapter title on the left with
 * the headline figure large, a small version of the chapter's chart on the right.
 */
import type { ChapterCardModel } from '@/lib/social-card';
import { CARD } from '@/lib/seo';
import { MiniBars } from './MiniBars';
import { ACCENT, INK, MUTED, PAD, PAPER } from './palette';

const LEFT = 640;
const CHART_W = 380;

/** Large, but never wider than the column: Inter's heavy figures run about 0.62 em a character. */
function figureSize(text: string): number {
  return Math.max(48, Math.min(96, Math.floor(LEFT / (text.length * 0.62))));
}

export function ChapterCard({ card }: { card: ChapterCardModel }) {
  return (
    <div style={{ display: 'flex', width: CARD.width, height: CARD.height, background: PAPER, color: INK, fontFamily: 'Inter', borderTop: `14px solid ${ACCENT}` }}>
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: LEFT + PAD, padding: `${PAD - 14}px 0 ${PAD - 8}px ${PAD}px` }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 24, fontWeight: 700, color: ACCENT, letterSpacing: 0.5 }}>{card.kicker}</div>
          <div style={{ display: 'flex', fontSize: card.title.length > 40 ? 50 : 58, fontWeight: 800, lineHeight: 1.08, letterSpacing: -1.5, marginTop: 18 }}>{card.title}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: figureSize(card.figure), fontWeight: 800, color: ACCENT, letterSpacing: -1.5, lineHeight: 1 }}>{card.figure}</div>
          <div style={{ display: 'flex', fontSize: 26, color: MUTED, marginTop: 10 }}>{card.figureCaption}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 22, color: MUTED }}>{card.address}</div>
      </div>
      {card.chart && (
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', flexGrow: 1, padding: `0 ${PAD}px 0 ${PAD / 2}px` }}>
          <MiniBars chart={card.chart} width={CHART_W} height={300} />
        </div>
      )}
    </div>
  );
}
