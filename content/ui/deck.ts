/**
 * The presenter's interface words: the "Present" link, the deck's stage and controls, the
 * overview, the keyboard help, the speaker view and its stopwatch, the handout and its print bar,
 * and the end slide. Key names that keyboards print in Latin letters (Page Down, Esc, Home, F)
 * stay as they are in both editions; only the ones said in words (Space, "a number") are here.
 * Route titles of the presenter's pages are in content/ui/meta.ts.
 */
import { defineWords } from '@/lib/i18n/words';

export const deckWords = defineWords({
  en: {
    // components/present/PresentLink.tsx, components/pages/ChapterPage.tsx
    'presentLink.label': 'Present',

    // components/present/Deck.tsx
    'deck.heading': '{story}: presentation',
    'deck.slideRole': 'slide',
    'deck.stageLabel': 'Slide {n} of {total}: {label}',
    'deck.status': 'Slide {n} of {total}',

    // components/present/DeckBar.tsx ({keys} as today, Latin key names; the number is read "Slide 3 of 20")
    'deckBar.toolbar': 'Presentation controls',
    'deckBar.reading': 'Back to reading at this step',
    'deckBar.prev': 'Previous slide',
    'deckBar.next': 'Next slide',
    'deckBar.overview': 'Overview of all slides',
    'deckBar.speaker': 'Open the speaker view',
    'deckBar.fullscreen': 'Full screen',
    'deckBar.help': 'Keyboard shortcuts',
    'deckBar.buttonTitle': '{label} ({keys})',
    'deckBar.goto': 'Go to slide {n}, then Enter',
    'deckBar.numberBefore': 'Slide ',
    'deckBar.numberOf': ' of ',
    'deckBar.numberAfter': '',

    // components/present/Overview.tsx
    'overview.label': 'All slides',
    'overview.pick': 'Slide {n}: {label}',

    // components/present/SlideView.tsx (slideLabel and the title slide's kicker)
    'slide.titleLabel': 'Chapter {n}: {title}',
    'slide.endLabel': 'The end',
    'slide.stepLabel': '{chapter}, step {n}',
    'slide.kicker': '{story} · Chapter {n}',

    // components/present/HelpOverlay.tsx
    'help.title': 'Keys',
    'help.then': ' then ',
    'help.more': 'Swipe left or right on a touch screen. The cursor and the controls hide after two seconds without mouse movement.',
    'help.close': 'Close',

    // components/present/keymap.ts (KEY_HELP: the words of each row; keys said in words)
    'keys.next': 'Next slide',
    'keys.prev': 'Previous slide',
    'keys.firstLast': 'First or last slide',
    'keys.goto': 'Go to that slide',
    'keys.blackout': 'Black screen on or off',
    'keys.fullscreen': 'Full screen on or off',
    'keys.overview': 'Overview of all slides (arrows and Enter to jump)',
    'keys.speaker': 'Open the speaker view',
    'keys.help': 'This list of keys',
    'keys.space': 'Space',
    'keys.shiftSpace': 'Shift+Space',
    'keys.aNumber': 'a number',

    // components/present/Speaker.tsx
    'speaker.heading': '{story}: speaker view',
    'speaker.position': 'Slide {n} of {total}',
    'speaker.blackout': 'The audience screen is black (B to show it)',
    'speaker.goto': 'Go to slide {n}, then Enter',
    'speaker.current': 'Current slide',
    'speaker.next': 'Next: slide {n}',
    'speaker.last': 'Last slide',
    'speaker.notes': 'Notes',
    'speaker.noNotes': 'No notes for this slide.',
    'speaker.more': 'Also in this step on the reading page',
    'speaker.nav': 'Speaker controls',
    'speaker.prev': 'Previous',
    'speaker.nextButton': 'Next',
    'speaker.blackoutButton': 'Black screen',
    'speaker.keys': 'Keys',
    'speaker.handout': 'Handout with notes',

    // components/present/SpeakerClock.tsx (the sr-only words end in a space: they run into the figure)
    'clock.group': 'Elapsed time',
    'clock.elapsed': 'Elapsed ',
    'clock.start': 'Start',
    'clock.pause': 'Pause',
    'clock.resume': 'Resume',
    'clock.reset': 'Reset',
    'clock.now': 'Time now ',

    // components/present/Handout.tsx
    'handout.title': '{story}: handout',
    'handout.titleWithNotes': '{story}: handout with speaker notes',
    'handout.notes': 'Notes',

    // components/present/PrintBar.tsx
    'printBar.intro': 'One slide a landscape page. Print or save as PDF from here, or print the deck itself.',
    'printBar.print': 'Print',
    'printBar.withoutNotes': 'Without notes',
    'printBar.withNotes': 'With speaker notes',
    'printBar.backToDeck': 'Back to the deck',
    'printBar.backToSpeaker': 'Back to the speaker view',

    // components/present/build-deck.tsx (the end slide; {link} is the data room's address as a link)
    'end.dataRoom': 'Every figure in this talk, with its sources, is in the data room: {link}',
  },
  zh: {
    'presentLink.label': '演示',

    'deck.heading': '{story}：演示',
    'deck.slideRole': '幻灯片',
    'deck.stageLabel': '第{n}页，共{total}页：{label}',
    'deck.status': '第{n}页，共{total}页',

    'deckBar.toolbar': '演示控制',
    'deckBar.reading': '回到阅读页的这一段',
    'deckBar.prev': '上一页',
    'deckBar.next': '下一页',
    'deckBar.overview': '全部幻灯片一览',
    'deckBar.speaker': '打开演讲者视图',
    'deckBar.fullscreen': '全屏',
    'deckBar.help': '键盘快捷键',
    'deckBar.buttonTitle': '{label}（{keys}）',
    'deckBar.goto': '跳到第{n}页，按回车确认',
    'deckBar.numberBefore': '第',
    'deckBar.numberOf': '页，共',
    'deckBar.numberAfter': '页',

    'overview.label': '全部幻灯片',
    'overview.pick': '第{n}页：{label}',

    'slide.titleLabel': '第{n}章：{title}',
    'slide.endLabel': '结束',
    'slide.stepLabel': '{chapter}，第{n}段',
    'slide.kicker': '{story} · 第{n}章',

    'help.title': '快捷键',
    'help.then': '，再按',
    'help.more': '在触摸屏上可左右滑动翻页。鼠标两秒不动，光标和控制按钮会自动隐藏。',
    'help.close': '关闭',

    'keys.next': '下一页',
    'keys.prev': '上一页',
    'keys.firstLast': '第一页或最后一页',
    'keys.goto': '跳到该页',
    'keys.blackout': '黑屏／恢复',
    'keys.fullscreen': '全屏／退出全屏',
    'keys.overview': '全部幻灯片一览（用方向键和回车跳转）',
    'keys.speaker': '打开演讲者视图',
    'keys.help': '本快捷键列表',
    'keys.space': '空格',
    'keys.shiftSpace': 'Shift+空格',
    'keys.aNumber': '页码数字',

    'speaker.heading': '{story}：演讲者视图',
    'speaker.position': '第{n}页，共{total}页',
    'speaker.blackout': '观众屏幕已黑屏（按B恢复）',
    'speaker.goto': '跳到第{n}页，按回车确认',
    'speaker.current': '当前幻灯片',
    'speaker.next': '下一页：第{n}页',
    'speaker.last': '最后一页',
    'speaker.notes': '讲稿',
    'speaker.noNotes': '这一页没有讲稿。',
    'speaker.more': '阅读页这一段的其余内容',
    'speaker.nav': '演讲者控制',
    'speaker.prev': '上一页',
    'speaker.nextButton': '下一页',
    'speaker.blackoutButton': '黑屏',
    'speaker.keys': '快捷键',
    'speaker.handout': '带讲稿的讲义',

    'clock.group': '已用时间',
    'clock.elapsed': '已用时间',
    'clock.start': '开始',
    'clock.pause': '暂停',
    'clock.resume': '继续',
    'clock.reset': '重置',
    'clock.now': '当前时间',

    'handout.title': '{story}：讲义',
    'handout.titleWithNotes': '{story}：带讲稿的讲义',
    'handout.notes': '讲稿',

    'printBar.intro': '每页横向打印一张幻灯片。可在此打印或存为PDF，也可以直接打印演示页。',
    'printBar.print': '打印',
    'printBar.withoutNotes': '不带讲稿',
    'printBar.withNotes': '带讲稿',
    'printBar.backToDeck': '返回演示',
    'printBar.backToSpeaker': '返回演讲者视图',

    'end.dataRoom': '本次演讲中的每个数字及其来源，都在数据室里：{link}',
  },
});

export type DeckWords = (typeof deckWords)['en'];
