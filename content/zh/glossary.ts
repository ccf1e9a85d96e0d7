import type { GlossaryEntry, TermId } from '@/content/glossary';

/**
 * The glossary in Chinese, for the same term ids as content/glossary.ts (the type makes a missing
 * or extra id a compile error). Plain words for a reader with no accounting background; no figures.
 */
export const glossaryZh: Record<TermId, GlossaryEntry> = {
  'adjusted-net-loss': {
    term: '经调整净亏损',
    definition: '扣除全部成本、利息和税项之后的亏损，再剔除公司视为一次性或非现金的项目（例如股份支付）。2024年小米用这一口径披露汽车所在分部的业绩。',
  },
  'operating-result': {
    term: '经营利润／经营亏损',
    definition: '销售收入减去产品成本和日常经营费用后剩下的部分，尚未计入利息和税项。从2025年起，小米按这一口径披露汽车所在分部的业绩。',
  },
  'non-gaap': {
    term: '非GAAP',
    definition: '公司在标准会计准则（GAAP或国际财务报告准则）之外自行调整的数字，通常剔除了它认为是一次性的项目。有参考价值，但不同公司之间不能直接比较。',
  },
  h1: {
    term: '上半年',
    definition: '一年的前六个月，即一月至六月。',
  },
  'production-licence': {
    term: '生产资质',
    definition: '在中国，企业要造车出售，须先取得政府颁发的生产资质。新进入者常常先借用现有车企的资质生产；SU7最初用的就是北汽的资质。',
  },
  nev: {
    term: '新能源汽车',
    definition: '中国对纯电动、插电式混合动力和燃料电池汽车的官方统称。这类车享受普通燃油车没有的税收优惠。',
  },
  segment: {
    term: '分部',
    definition: '公司在财报中单独披露的一块业务。小米把汽车和AI等其他创新业务放在同一个分部（智能电动汽车及AI等创新业务分部），所以分部业绩并不只是汽车的业绩。',
  },
  'gross-margin': {
    term: '毛利率',
    definition: '销售收入扣除所售产品的直接成本之后剩下的部分占收入的比例，尚未扣除研发、营销和管理等费用。',
  },
  'locked-order': {
    term: '锁单',
    definition: '退订期结束后买家确认的订单，定金已不能退回。比开售当晚下的大定更可靠。',
  },
};
