import { story } from '@/content/story';

/**
 * The story's cover in Chinese. The chapter order (and so the /zh URLs) is the English story's:
 * re-exported, never copied, so the two editions cannot drift apart.
 */
export const storyZh = {
  // Lei Jun called the car "the last major venture of my life": 豪赌 is the bet, 最后的 his own word.
  title: '最后的豪赌',
  subtitle: '雷军如何把小米的未来押在汽车上',
  standfirst:
    '2021年，一家手机公司的创始人宣布要造车，并说这将是他人生中最后一次重大创业。本文讲的是：这笔钱换来了什么，每卖一辆车是赚是亏，小米承载汽车业务的那个分部何时首次实现经营盈利，以及它在进军欧洲的路上要面对什么。',
  chapters: story.chapters,
} as const;
