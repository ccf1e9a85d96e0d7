/**
 * What pages say about themselves to search engines, link previews and social cards: titles,
 * descriptions, image alt texts, Open Graph locales, the JSON-LD language, the as-of sentence and
 * the words printed on the 1200×630 cards. The story's title and subtitle come from
 * content/story.ts or content/zh/story.ts as {title} and {subtitle}.
 */
import { defineWords } from '@/lib/i18n/words';

export const metaWords = defineWords({
  en: {
    // lib/seo.ts
    'site.title': '{title}: {subtitle}',
    'site.titleTemplate': '%s · {title}',
    'site.coverAlt': '{title}: {subtitle}.',
    'site.ogLocale': 'en',
    'chapter.cardAlt': '{title}. {label}, {period}: {text}.',
    'jsonLd.inLanguage': 'en',

    // app/(en)/data/page.tsx
    'data.title': 'Data room',
    'data.description': 'Every figure in the story with its measure, period, status and sources, how the figures were made, and the data to download.',

    // components/present/pages/metadata.ts (the titles of app/(en)/present/… and app/zh/present/…)
    'present.title': 'Presentation',
    'present.chapterTitle': '{chapter}: presentation',
    'speaker.title': 'Speaker view',

    // app/not-found.tsx (new: the 404 page has no title of its own today and falls back to the site's)
    'notFound.title': 'Page not found',

    // lib/as-of.ts (also the data room's introduction and the deck's end slide)
    'asOf.sentence': 'The newest figures are for {newest}; the research was last checked on {checked}.',

    // lib/social-card.ts (the card models; components/social/*.tsx draw them and print no words of their own)
    'card.chapterKicker': '{story} · Chapter {n} of {total}',
    'card.figureCaption': '{caption}, {period}',
    'card.coverKicker': 'A data story in {count} chapters',
    'card.coverAsOf': 'Newest figures {newest} · checked {checked}',
  },
  zh: {
    'site.title': '{title}：{subtitle}',
    'site.titleTemplate': '%s · {title}',
    'site.coverAlt': '{title}：{subtitle}。',
    'site.ogLocale': 'zh_CN',
    'chapter.cardAlt': '{title}。{label}，{period}：{text}。',
    'jsonLd.inLanguage': 'zh-CN',

    'data.title': '数据室',
    'data.description': '本文的每个数字及其口径、时期、状态和来源，数据是怎样得出的，以及可供下载的数据。',

    'present.title': '演示',
    'present.chapterTitle': '{chapter}：演示',
    'speaker.title': '演讲者视图',

    'notFound.title': '页面不存在',

    'asOf.sentence': '最新数据截至{newest}；资料最后核对于{checked}。',

    'card.chapterKicker': '{story} · 第{n}章（共{total}章）',
    'card.figureCaption': '{caption}，{period}',
    'card.coverKicker': '数据故事，共{count}章',
    'card.coverAsOf': '最新数据：{newest} · 核对于{checked}',
  },
});

/**
 * The cover card says the number of chapters in words ("in six chapters"); past ten it prints the
 * figure (lib/social-card.ts COUNT_WORDS). Chinese counts chapters with 两 for two.
 */
export const countWords = defineWords({
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  zh: ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
});

export type MetaWords = (typeof metaWords)['en'];
