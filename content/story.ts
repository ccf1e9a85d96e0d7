/** The story as a whole: its words on the cover and the order of its chapters (slugs are a public URL contract). */
export const story = {
  title: 'The Last Big Bet',
  subtitle: "How Lei Jun staked Xiaomi's future on cars",
  standfirst:
    "In 2021 the founder of a phone company said he would build cars, and that it would be the last big venture of his life. This is what the money bought, what each car cost, when the part of Xiaomi that holds the cars first made an operating profit, and what it faces on the way to Europe.",
  /**
   * The date the research was last checked against its sources. Not the date of the figures: the
   * newest figure's period is worked out from the registry (lib/as-of.ts), and the two are shown apart.
   */
  figuresAsOf: '2026-12-01',
  chapters: ['the-bet', 'the-launch', 'loss-per-car', 'profitability', 'headwinds', 'europe-2027'],
} as const;

export type ChapterSlug = (typeof story.chapters)[number];
