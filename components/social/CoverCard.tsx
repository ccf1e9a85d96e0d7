/** The cover's 1200×630 social card: the story's title and subtitle, and its chapters. */
import type { CoverCardModel } from '@/lib/social-card';
import { CARD } from '@/lib/seo';
import { ACCENT, INK, MUTED, PAD, PAPER, RULE } from './palette';

export function CoverCard({ card }: { card: CoverCardModel }) {
  return (
    <div style={{ display: 'flex', width: CARD.width, height: CARD.height, background: PAPER, color: INK, fontFamily: 'Inter', borderTop: `14px solid ${ACCENT}` }}>
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: 640, padding: `${PAD - 14}px 0 ${PAD - 8}px ${PAD}px` }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 24, fontWeight: 700, color: ACCENT }}>{card.kicker}</div>
          <div style={{ display: 'flex', fontSize: 88, fontWeight: 800, lineHeight: 1, letterSpacing: -2.5, marginTop: 24 }}>{card.title}</div>
          <div style={{ display: 'flex', fontSize: 34, color: MUTED, lineHeight: 1.25, marginTop: 24 }}>{card.subtitle}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 22, color: MUTED }}>
          <div style={{ display: 'flex' }}>{card.asOf}</div>
          <div style={{ display: 'flex', marginTop: 6 }}>{card.address}</div>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: `0 ${PAD}px 0 ${PAD / 2}px` }}>
        {card.chapters.map(({ number, title }) => (
          <div key={title} style={{ display: 'flex', alignItems: 'baseline', fontSize: 26, fontWeight: 700, padding: '12px 0', borderTop: `2px solid ${RULE}` }}>
            <span style={{ color: ACCENT, width: 52 }}>{String(number).padStart(2, '0')}</span>
            <span style={{ flexShrink: 1 }}>{title}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
