import type { Wording } from '@/lib/registry/wording';

const SEG_2024 = '分部收入（智能电动汽车等创新业务）';
const SEG_2025 = '分部收入（智能电动汽车及AI等创新业务）';
const QUARTER_GAP = '2024年各季度数字相加略少于全年交付总数；见2024年全年交付量。';

/** The quarterly results: deliveries, revenue, margin, segment result and average selling price. */
export const resultsWording: Wording = {
  'deliveries-2024q2': { label: '交付量', measure: '汽车交付量', note: QUARTER_GAP },
  'deliveries-2024q3': { label: '交付量', measure: '汽车交付量', note: QUARTER_GAP },
  'deliveries-2024q4': { label: '交付量', measure: '汽车交付量', note: '另有网页给出的是取整的约数；用2024年全年交付量减去截至2024年9月30日的累计交付量，结果与本数字相同。' },
  'deliveries-2025q1': { label: '交付量', measure: '汽车交付量' },
  'deliveries-2025q2': { label: '交付量', measure: '汽车交付量' },
  'deliveries-2025q3': { label: '交付量', measure: '汽车交付量' },
  'cumulative-deliveries-2024-09-30': { label: '累计交付量', measure: '汽车累计交付量', period: '截至2024年9月30日', note: '把公布的第二、三季度交付量相加，略少于本数字。' },
  'deliveries-2024fy': {
    label: '交付量', measure: '汽车交付量',
    differNote: '公布的三个季度数字相加比全年总数略少。截至2024年9月30日的累计交付量比第二、三季度之和多出同样的差额，而全年总数减去该累计数正好等于第四季度的数字，可见差额出在第二、三季度的季度数字里。',
    alternativeNotes: ['公布的各季度交付量之和'],
  },
  'ev-revenue-2024q2': { label: '汽车收入', measure: '仅智能电动汽车业务的收入' },
  'ev-revenue-2024q3': { label: '汽车收入', measure: '仅智能电动汽车业务的收入' },
  'ev-revenue-2024q4': {
    label: '汽车收入', measure: '仅智能电动汽车业务的收入',
    differNote: '引述小米的网页都没有给出2024年第四季度干净的仅汽车收入。本数字的原文措辞是“智能电动汽车业务”；整个分部的收入略高；用全年汽车收入减去第二、三季度，得到的数字也略高。',
    alternativeNotes: ['整个分部（汽车及其他创新业务）', '推算：2024年全年汽车收入 − 第二季度 − 第三季度（用的是取整后的数字）'],
  },
  'ev-revenue-2025q1': { label: '汽车收入', measure: '仅智能电动汽车业务的收入' },
  'ev-revenue-2025q2': {
    label: '汽车收入', measure: '仅智能电动汽车业务的收入',
    differNote: 'TradingKey（刊于Mitrade）写的数字差了一个数量级，是单位写错了。',
    alternativeNotes: ['单位错误'],
  },
  'ev-revenue-2025q3': { label: '汽车收入', measure: '仅智能电动汽车业务的收入' },
  'segment-revenue-2024q2': { label: '分部收入', measure: SEG_2024 },
  'segment-revenue-2024q3': { label: '分部收入', measure: SEG_2024 },
  'segment-revenue-2024q4': { label: '分部收入', measure: SEG_2024, note: '公布的数字更精确，这里作了四舍五入。' },
  'segment-revenue-2025q1': { label: '分部收入', measure: SEG_2025 },
  'segment-revenue-2025q2': { label: '分部收入', measure: SEG_2025, note: '有一页摘要写错了单位，数字被放大。' },
  'segment-revenue-2025q3': { label: '分部收入', measure: SEG_2025 },
  'gross-margin-2024q2': { label: '毛利率', measure: '分部毛利率' },
  'gross-margin-2024q3': {
    label: '毛利率', measure: '分部毛利率',
    differNote: '钛媒体给出的数字（并称环比有所上升）有误：那是第二季度的毛利率，小米公布的是本数字。',
    alternativeNotes: ['钛媒体报道中的错误'],
  },
  'gross-margin-2024q4': { label: '毛利率', measure: '分部毛利率' },
  'gross-margin-2024fy': { label: '毛利率', measure: '分部毛利率' },
  'gross-margin-2025q1': { label: '毛利率', measure: '分部毛利率', note: 'LongPort（长桥）给出的是保留两位小数的数字。' },
  'gross-margin-2025q2': { label: '毛利率', measure: '分部毛利率' },
  'gross-margin-2025q3': {
    label: '毛利率', measure: '分部毛利率',
    differNote: '站长之家给出的数字，以及网易一篇文章给出的数字（那是第二季度的毛利率），都是错的。',
    alternativeNotes: ['有误；同一页还预计要到2026年才能盈利'],
  },
  'segment-result-2024q2': { label: '分部业绩', measure: '经调整净亏损', note: '分部为智能电动汽车等创新业务。折合成美元，各网页给出的数字不一（见美元口径条目）。' },
  'segment-result-2024q2-usd': { label: '分部业绩（美元）', measure: '经调整净亏损，折合美元', differNote: '同一笔人民币亏损，按不同汇率或取整方式换算成美元。' },
  'segment-result-2024q3': {
    label: '分部业绩', measure: '经调整净亏损',
    differNote: '金额相同，口径不同。各网页报的是经调整净亏损；来源文件称之为经营亏损，并拿它与2025年的经营亏损比较，所以文中从这一季度一路收窄到2025年第二季度的说法，把两种口径连在了一起。未找到2024年第三季度的分部经营亏损数字。',
    alternativeNotes: ['来源文件称之为“经营亏损”'],
  },
  'segment-result-2024q4': {
    label: '分部业绩', measure: '经调整净亏损',
    differNote: '2025年3月公布时是经调整净亏损；2025年第一季度的同比对照把同一金额列为分部经营亏损，所以两个名称下都能见到它。CTOL Digital给出的数字小数点错了一位。',
    alternativeNotes: ['作为分部经营亏损（在2025年第一季度的对照中重列）', '小数点错位'],
  },
  'segment-result-2024fy': { label: '分部业绩', measure: '经调整净亏损' },
  'segment-result-2025q1': {
    label: '分部业绩', measure: '分部经营亏损',
    differNote: '金额相同，名称不同：小米的文字和多数网页称之为分部经营亏损，路透社称之为经调整净亏损。',
    alternativeNotes: ['路透社称之为“经调整净亏损”'],
  },
  'segment-result-2025q2': { label: '分部业绩', measure: '分部经营亏损', note: '有一页摘要写错了单位，数字被放大。' },
  'segment-result-2025q3': { label: '分部业绩', measure: '分部经营利润', note: '首个盈利季度。分部还包括AI等其他创新业务，所以这不是仅汽车业务的业绩。' },
  'asp-2024q2': { label: '平均售价', measure: '汽车平均售价（ASP，每辆）' },
  'asp-2024q3': { label: '平均售价', measure: '汽车平均售价（ASP，每辆）' },
  'asp-2024fy': { label: '平均售价', measure: '汽车平均售价（ASP，每辆）', note: '未找到2024年第四季度单独的数字；小米是拿2025年第一季度与这个全年数字比较的。' },
  'asp-2025q1': { label: '平均售价', measure: '汽车平均售价（ASP，每辆）' },
  'asp-2025q2': { label: '平均售价', measure: '汽车平均售价（ASP，每辆）', note: '小米称，较2024年第二季度上升，主要是因为售价更高的SU7 Ultra开始交付。' },
  'asp-2025q3': { label: '平均售价', measure: '汽车平均售价（ASP，每辆）', note: '小米称，上升主要是因为售价更高的SU7 Ultra和YU7的交付。一份来源文件把它取整为约数。' },
  'group-revenue-2025q3': { label: '集团总收入', measure: '小米集团总收入' },
  'group-revenue-growth-2025q3': { label: '集团收入增速', measure: '集团总收入同比增长率', differNote: 'EconoTimes写的增速漏了一位数字，是笔误。', alternativeNotes: ['笔误'] },
  'group-adjusted-net-profit-2025q3': { label: '集团经调整净利润', measure: '小米集团经调整净利润（全部业务）', note: '集团创纪录的利润。它涵盖全部业务，手机和家电也在其中，所以不是汽车分部的业绩。' },
};
