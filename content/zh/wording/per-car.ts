import type { Wording } from '@/lib/registry/wording';

const DERIVED_LOSS = '单车亏损（推算）';
const BY_DELIVERIES = '分部业绩 ÷ 交付量';

/** Loss or profit per car: our divisions and the figures the press reported. */
export const perCarWording: Wording = {
  'per-car-derived-2024q2': { label: DERIVED_LOSS, measure: '分部业绩 ÷ 交付量（经调整净亏损）', note: '分部的全部成本都算在内，不只是汽车。', formula: BY_DELIVERIES },
  'per-car-derived-2024q3': { label: DERIVED_LOSS, measure: '分部业绩 ÷ 交付量（经调整净亏损）', note: '没有网页给出这一季度的单车数字。', formula: BY_DELIVERIES },
  'per-car-derived-2024q4': { label: DERIVED_LOSS, measure: '分部业绩 ÷ 交付量（经调整净亏损）', formula: BY_DELIVERIES },
  'per-car-derived-2025q1': { label: DERIVED_LOSS, measure: '分部业绩 ÷ 交付量（分部经营亏损）', note: '自2025年起，分部包括AI业务，口径也换成经营业绩，而不是经调整净业绩。', formula: BY_DELIVERIES },
  'per-car-derived-2025q2': { label: DERIVED_LOSS, measure: '分部业绩 ÷ 交付量（分部经营亏损）', formula: BY_DELIVERIES },
  'per-car-derived-2025q3': { label: '单车利润（推算）', measure: '分部业绩 ÷ 交付量（分部经营利润）', formula: BY_DELIVERIES },
  'per-car-derived-2024fy': {
    label: DERIVED_LOSS, measure: '分部业绩 ÷ 交付量（经调整净亏损），全年',
    note: '和各季度一样是我们自己算的；有一个中文网页也给出了同样的数字。', formula: '全年分部业绩 ÷ 全年交付量',
  },
  'per-car-reported-2024q2': {
    label: '单车亏损（报道口径）', measure: '报道中的单车亏损（经调整净亏损 ÷ 交付量）',
    differNote: '各网页的说法有两种：以人民币计“超过”某个整数（并折合成一个美元数字），或另一个更高的美元数字；两个美元数字是用同一笔亏损的两种美元总额分别相除得来的。一份来源文件给出的数字没有网页提到过；用分部亏损除以交付量推算（见推算条目），结果取整后与它相符。',
    alternativeNotes: [undefined, 'CTOL Digital把人民币数字换算成的美元数', '只见于来源文件；与推算值取整后相符'],
  },
  'per-car-reported-2024q4': { label: '单车亏损（报道口径）', measure: '报道中的单车亏损（经调整净亏损 ÷ 交付量）', note: '一份来源文件把它取整为约数。没有网页给出2024年第三季度的数字。' },
  'per-car-reported-2024fy': { label: '单车亏损（报道口径）', measure: '报道中的单车亏损（经调整净亏损 ÷ 交付量）' },
  'per-car-reported-2025q1': {
    label: '单车亏损（报道口径）', measure: '报道中的单车亏损（分部经营亏损 ÷ 交付量）',
    differNote: '差别在取整：分部亏损除以交付量，结果介于两个整百数之间，各网页有的向下取整，有的向上取整。',
  },
  'per-car-reported-2025q2': { label: '单车亏损（报道口径）', measure: '报道中的单车亏损（分部经营亏损 ÷ 交付量）' },
  'per-car-reported-2025q3': {
    label: '单车利润（报道口径）', measure: '报道中的单车利润（分部经营利润 ÷ 交付量）',
    note: '该网页称之为净利润；它等于分部经营利润除以当季交付量。',
  },
};
