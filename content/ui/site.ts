/**
 * The reading site's interface words: skip link, header, menu, language switch, cover, chapter
 * page furniture, chapter navigation, sources list, figures' tooltips, glossary popovers, sharing
 * and the 404 page. Templates take {named} values (lib/i18n/words.ts `fill`); a value that is
 * markup (a link, a <strong>) is a placeholder too, so the Chinese word order can differ.
 * The story's own title, subtitle and standfirst are in content/story.ts and content/zh/story.ts.
 */
import { defineWords } from '@/lib/i18n/words';

export const siteWords = defineWords({
  en: {
    // components/pages/Document.tsx
    'layout.skipLink': 'Skip to the story',

    // components/layout/ChapterMenu.tsx
    'menu.button': 'Chapters',
    'menu.navLabel': 'All chapters',
    'menu.cover': 'Cover',
    'menu.dataRoom': 'Data room',

    // components/layout/SiteHeader.tsx (the language switch: the link's text is the other
    // edition's name in its own language, its accessible name says what it does)
    'language.switch': '中文',
    'language.switchName': 'Read this page in Chinese',

    // components/pages/CoverPage.tsx ({newest} and {checked} are <strong>, {dataRoom} the link)
    'cover.asOf': 'Newest figures: {newest}. Research last checked: {checked}. Every figure links to its sources in the {dataRoom}.',
    'cover.asOfDataRoom': 'data room',
    'cover.chaptersHeading': 'Chapters',

    // components/story/ChapterList.tsx
    'chapterList.readingTime': '{minutes} min read',
    'chapterList.comingSoon': 'Coming soon',

    // components/pages/ChapterPage.tsx
    'chapter.readingTime': '{minutes} min read',
    'chapter.share': 'Share this chapter',

    // components/story/ChapterNav.tsx
    'chapterNav.label': 'Chapters',
    'chapterNav.previous': 'Previous',
    'chapterNav.next': 'Next',
    // The last chapter's "next" is the data room, not a chapter: Chinese says so.
    'chapterNav.nextToData': 'Next',
    'chapterNav.backTo': 'Back to',
    'chapterNav.cover': 'the cover',
    'chapterNav.dataRoom': 'The data room',

    // components/story/ChapterSources.tsx ({dataRoom} is the link)
    'sources.heading': 'Sources',
    'sources.intro': 'Every figure in this chapter links to its row in the {dataRoom}, with the words each source uses.',
    'sources.introDataRoom': 'data room',
    'sources.entry': ', {publisher}, {date}.',

    // components/story/ChartDataTable.tsx ({download} and {sources} are links)
    'chartData.summary': 'Data behind this chart',
    'chartData.period': 'Period',
    'chartData.figure': 'Figure',
    'chartData.value': 'Value',
    'chartData.listCaption': '{title}: {list}',
    'chartData.links': '{download} (CSV) · {sources}',
    'chartData.download': 'Download the data',
    'chartData.sources': 'Sources in the data room',

    // components/story/Fact.tsx (the tooltip; {how} is fact.derived or empty, {more} fact.more or empty)
    'fact.tip': '{label} ({measure}, {period}). {how}Source: {publisher}, {date}{more}; {status}.',
    'fact.derived': 'Derived: {formula}. ',
    'fact.more': ' and {n} more',
    'fact.status.single': 'one source',
    'fact.status.agreed': 'sources agree',
    'fact.status.differ': 'sources differ',
    'fact.status.derived': 'derived',

    // components/story/Term.tsx
    'term.name': '{term}:',
    'term.close': 'Close the definition of {term}',
    'term.fallbackOpen': ' (',
    'term.fallbackClose': ')',

    // components/story/Step.tsx (the hint is heard by screen readers only, after the label)
    'step.share': 'Share',
    'step.shareHint': 'this step',

    // components/share/ShareButton.tsx
    'share.copied': 'Link copied',
    'share.manual': 'Copy the link from the field',
    'share.linkLabel': 'Link',

    // components/pages/NotFoundPage.tsx
    'notFound.title': 'Page not found',
    'notFound.text': "There is no page at this address. The story's chapters are here:",
  },
  zh: {
    'layout.skipLink': '跳到正文',

    'menu.button': '目录',
    'menu.navLabel': '全部章节',
    'menu.cover': '封面',
    'menu.dataRoom': '数据室',

    'language.switch': 'English',
    'language.switchName': '阅读本页英文版',

    'cover.asOf': '最新数据截至{newest}，资料最后核对于{checked}。每个数字都链接到{dataRoom}中的出处。',
    'cover.asOfDataRoom': '数据室',
    'cover.chaptersHeading': '章节',

    'chapterList.readingTime': '阅读约{minutes}分钟',
    'chapterList.comingSoon': '即将推出',

    'chapter.readingTime': '阅读约{minutes}分钟',
    'chapter.share': '分享本章',

    'chapterNav.label': '章节',
    'chapterNav.previous': '上一章',
    'chapterNav.next': '下一章',
    'chapterNav.nextToData': '接下来',
    'chapterNav.backTo': '返回',
    'chapterNav.cover': '封面',
    'chapterNav.dataRoom': '数据室',

    'sources.heading': '资料来源',
    'sources.intro': '本章的每个数字都链接到{dataRoom}中对应的一行，并附上各来源的原话。',
    'sources.introDataRoom': '数据室',
    'sources.entry': '，{publisher}，{date}。',

    'chartData.summary': '本图数据',
    'chartData.period': '时期',
    'chartData.figure': '数据项',
    'chartData.value': '数值',
    'chartData.listCaption': '{title}：{list}',
    'chartData.links': '{download}（CSV）· {sources}',
    'chartData.download': '下载数据',
    'chartData.sources': '在数据室查看来源',

    'fact.tip': '{label}（{measure}，{period}）。{how}来源：{publisher}，{date}{more}；{status}。',
    'fact.derived': '推算：{formula}。',
    'fact.more': '，另有{n}个来源',
    'fact.status.single': '单一来源',
    'fact.status.agreed': '来源一致',
    'fact.status.differ': '来源不一',
    'fact.status.derived': '推算得出',

    'term.name': '{term}：',
    'term.close': '关闭“{term}”的释义',
    'term.fallbackOpen': '（',
    'term.fallbackClose': '）',

    'step.share': '分享',
    'step.shareHint': '这一段',

    'share.copied': '链接已复制',
    'share.manual': '请从输入框中复制链接',
    'share.linkLabel': '链接',

    'notFound.title': '页面不存在',
    'notFound.text': '这个地址没有页面。本文的各章在这里：',
  },
});

export type SiteWords = (typeof siteWords)['en'];
