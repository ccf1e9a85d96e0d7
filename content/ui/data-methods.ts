/**
 * The data room's "How the figures were made" section (components/data/Methods.tsx), apart from
 * the rest of the data room's words because it is prose. Figures are placeholders: {period},
 * {newest}, {checked} and the counts are filled from the registry, {ev} and {segment} are <Fact>s,
 * and the emphasised words ({adjusted}, {operating}, {reported}, {derived}) have their own keys.
 * Re-exported through content/ui/data.ts.
 */
import { defineWords } from '@/lib/i18n/words';

export const methodsWords = defineWords({
  en: {
    // components/data/Methods.tsx
    'methods.heading': 'How the figures were made',

    'methods.segment.heading': 'What “the car business” means here',
    'methods.segment.text': 'Xiaomi does not report its cars on their own. Their results sit in one reporting segment, called “Smart EV and other new initiatives” in 2024 and renamed “Smart EV, AI and other new initiatives”{renamedFrom}. That segment’s revenue, gross margin and result include Xiaomi’s AI work and its other new ventures, so no loss or profit in this story is a pure car figure.{pair} No page gives a profit or loss for the cars alone.',
    'methods.segment.renamedFrom': ' from {period}',
    'methods.segment.pair': ' Where the pages give revenue from the cars alone, the table lists it separately: in {period} the cars brought in {ev} of the segment’s {segment}.',

    'methods.measure.heading': 'A change of measure in 2025',
    'methods.measure.text': 'For 2024, Xiaomi gave the segment’s {adjusted}. From 2025 it gives the segment’s {operating} loss or profit. They are different measures. Only the last quarter of 2024 is found under both names, because Xiaomi restated that loss as an operating loss when it compared it with early 2025; for the earlier 2024 quarters only the adjusted net loss was found, and one news agency still called an early-2025 loss an adjusted net loss. Any line from 2024 into 2025, such as the loss per car, therefore joins two measures. The trend runs the same way on both sides of the change, and every row of the table names its measure.',
    'methods.measure.adjusted': 'adjusted net loss',
    'methods.measure.operating': 'operating',
    'methods.measure.caption': 'The segment’s result, quarter by quarter, with the measure it was reported as',
    'methods.measure.period': 'Period',
    'methods.measure.result': 'Result',
    'methods.measure.measure': 'Measure',

    'methods.perCar.heading': 'Per-car figures',
    'methods.perCar.text': 'Xiaomi never published a loss or profit per car. The story shows two kinds. {reported} figures are what newspapers and sites printed. {derived} figures are our own division: the segment’s result for a quarter divided by the cars delivered in that quarter, rounded and marked “about”. Both spread the whole segment’s result, AI included, over cars delivered (not cars built or ordered). The reported figures differ from ours in rounding and in currency, not in direction. Every derived figure in the registry:',
    'methods.perCar.reported': 'Reported',
    'methods.perCar.derived': 'Derived',
    'methods.derived.caption': 'Derived figures: how each is computed from its inputs',
    'methods.derived.figure': 'Figure',
    'methods.derived.computation': 'Computation',
    'methods.derived.exact': 'Exact result',
    'methods.derived.printed': 'Printed as',
    'methods.derived.row': '{label}, {period}',

    'methods.current.heading': 'How current the figures are',
    'methods.current.text': 'The newest figures are for {newest}. Every figure was last checked against its sources on {checked}; results published after that date are not in the story. Where no source gave a figure, for instance an average selling price for the fourth quarter of 2024 alone, the story says so rather than estimating one.',

    'methods.rules.heading': 'How disagreements were settled',
    'methods.rules.text': 'The registry holds {facts} figures from {sources} sources: {web} public web pages, {filing} official releases and {documents} source documents supplied with the project, which have no public link. Of the figures, {statuses}. The rules:',
    // One entry of {statuses}, joined with data's list.separator and list.lastSeparator. English
    // prints the status label in lower case (w[STATUS_WORD[k]].toLowerCase()).
    'methods.rules.status': '{n} are “{status}”',
    'methods.rules.1': 'A figure is kept at the value that traces back to Xiaomi’s own results, or that independent pages agree on.',
    'methods.rules.2': 'When sources differ only in rounding, currency or base (the whole segment against the cars alone), the row keeps one value and lists every other, with who gives it and why it differs.',
    'methods.rules.3': 'Plain mistakes, such as a decimal point in the wrong place, a wrong year or a price from a different launch, are named in the row and never used.',
    'methods.rules.4': 'When the same amount appears under two measure names, the row keeps the name Xiaomi used at the time and notes the other.',
    'methods.rules.5': 'A figure that only the source documents give, and no public page confirms, is shown as an alternative, not as the main value.',
    'methods.rules.6': 'A derived figure is always marked as derived, shows its formula and inputs, and cites its inputs’ sources.',
  },
  zh: {
    'methods.heading': '数据是怎样得出的',

    'methods.segment.heading': '这里说的“汽车业务”指什么',
    'methods.segment.text': '小米并不单独披露汽车业务。汽车的业绩放在一个报告分部里：2024年叫“智能电动汽车等创新业务”，后来更名为“智能电动汽车及AI等创新业务”{renamedFrom}。这个分部的收入、毛利率和业绩都包含小米的AI业务和其他新业务，所以本文中的亏损或盈利都不是纯粹的汽车数字。{pair}没有任何页面给出汽车本身的盈亏。',
    'methods.segment.renamedFrom': '（自{period}起）',
    'methods.segment.pair': '若页面给出了汽车本身的收入，表中会单独列出：{period}，分部收入{segment}中有{ev}来自汽车。',

    'methods.measure.heading': '2025年口径的变化',
    'methods.measure.text': '2024年，小米披露的是分部的{adjusted}；自2025年起，披露的是分部的{operating}亏损或利润。这是两种不同的口径。只有2024年第四季度在两种口径下都能找到：小米在与2025年初对比时，把那一季的亏损重新列为经营亏损。2024年更早的几个季度只找到经调整净亏损；还有一家通讯社把2025年初的一笔亏损仍称作经调整净亏损。因此，任何从2024年延续到2025年的曲线（比如单车亏损）都跨越了两种口径。口径变化前后的趋势方向一致，表中每一行都注明了口径。',
    'methods.measure.adjusted': '经调整净亏损',
    'methods.measure.operating': '经营',
    'methods.measure.caption': '分部逐季业绩及其披露口径',
    'methods.measure.period': '时期',
    'methods.measure.result': '业绩',
    'methods.measure.measure': '口径',

    'methods.perCar.heading': '单车数字',
    'methods.perCar.text': '小米从未公布单车亏损或单车利润。本文给出两类数字。{reported}数字是报纸和网站刊登的。{derived}数字是我们自己算的：一个季度的分部业绩除以当季交付的汽车数量，取整后标为“约”。两者都是把整个分部（含AI业务）的业绩摊到交付的汽车上（不是生产或订购的汽车）。报道数字与我们的数字只在取整和币种上有差别，方向一致。登记的全部推算数字如下：',
    'methods.perCar.reported': '报道',
    'methods.perCar.derived': '推算',
    'methods.derived.caption': '推算数字：每个数字如何由输入数据算出',
    'methods.derived.figure': '数据项',
    'methods.derived.computation': '算法',
    'methods.derived.exact': '精确结果',
    'methods.derived.printed': '文中写法',
    'methods.derived.row': '{label}，{period}',

    'methods.current.heading': '数据有多新',
    'methods.current.text': '最新数据截至{newest}。每个数字最后一次与来源核对是在{checked}；此后发布的业绩没有收入本文。没有来源给出的数字（例如单独的2024年第四季度平均售价），本文会直接说明，不作估算。',

    'methods.rules.heading': '来源不一时怎样取舍',
    'methods.rules.text': '登记表收录了{facts}个数字，出自{sources}个来源：{web}个公开网页、{filing}份官方公告，以及{documents}份随项目提供、没有公开链接的源文件。这些数字中，{statuses}。取舍规则如下：',
    'methods.rules.status': '{n}个为“{status}”',
    'methods.rules.1': '一个数字取可追溯到小米自身业绩的数值，或多个独立页面一致认可的数值。',
    'methods.rules.2': '如果来源之间只在取整、币种或统计范围（整个分部还是只算汽车）上有差别，该行保留一个数值，并列出其他所有数值，注明由谁给出、为何不同。',
    'methods.rules.3': '明显的错误，比如小数点位置错了、年份错了，或者价格来自另一次发布会，会在该行点明，但从不采用。',
    'methods.rules.4': '同一金额出现在两种口径名称下时，该行采用小米当时使用的名称，并注明另一种。',
    'methods.rules.5': '只有源文件给出、没有公开页面证实的数字，列为备选数值，不作为主数值。',
    'methods.rules.6': '推算数字一律标明“推算得出”，列出公式和输入数据，并引用输入数据的来源。',
  },
});
