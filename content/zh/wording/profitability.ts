import type { Wording } from '@/lib/registry/wording';

/** The road to the first profit: Xiaomi against the other carmakers, and the network behind the sales. */
export const profitabilityWording: Wording = {
  'months-to-profit-xiaomi': { label: '从SU7上市到盈利的月数', measure: '从SU7上市到首次实现分部经营利润的月数' },
  'years-to-profit-tesla': { label: '特斯拉', measure: '净利润', note: '2003年成立；2013年第一季度首次实现季度净利润。上市之前，它在2009年7月曾首次实现单月盈利，金额很小。' },
  'years-to-profit-li-auto': {
    label: '理想汽车', measure: '净利润',
    note: '2015年成立；2020年第四季度首次实现季度净利润，距理想ONE开始交付约一年，但2020年全年仍是净亏损。一份来源文件说理想汽车用的时间要长得多（见“来源文件的说法”条目），这取决于用哪种口径。',
  },
  'years-to-profit-leapmotor': { label: '零跑汽车', measure: '净利润', note: '2015年12月成立；2024年第四季度首次实现季度净利润，2025年上半年首次实现半年盈利（归母净利润很小，经调整净利润要高一些）。' },
  'years-to-profit-nio': { label: '蔚来', measure: '经调整经营利润（非GAAP）', note: '2014年11月成立；2025年第四季度首次实现季度盈利（经调整经营利润），高于其盈利预告给出的区间。' },
  'years-to-profit-xpeng': { label: '小鹏汽车', measure: '净利润', note: '2014年成立；2025年第四季度实现净利润，2026年第一季度又转为净亏损。一份来源文件把它首次盈利的时间定在2025年第三季度，而那个季度其实亏损了相近的金额。' },
  'years-to-profit-xiaomi': { label: '小米', measure: '分部经营利润（含AI业务）', note: '从宣布造车（2021年3月30日）算到2025年第三季度首次实现分部经营利润；若从SU7上市算起，月数见“从SU7上市到盈利的月数”。' },
  'years-to-profit-doc-claim': {
    label: '理想汽车和零跑汽车的盈利年数（来源文件的说法）', measure: '一份来源文件所说理想汽车和零跑汽车实现盈利所用的年数', period: '截至2025年11月',
    note: '该文件没有说明口径和起止时间。按网页资料，两家首次实现季度盈利分别在2020年第四季度和2024年第四季度（年数见各自条目），所以这个说法符合零跑，却不符合理想汽车的首个盈利季度。',
  },
  'li-auto-first-deliveries': { label: '理想ONE首批交付', measure: '理想汽车开始交付首款车型理想ONE的月份', note: '2019年11月开售；从2020年10月18日倒推其交付月数，首批交付落在2019年12月。' },
  'months-deliveries-to-profit-li-auto': {
    label: '理想汽车：从首批交付到盈利的月数', measure: '从首批交付到首个实现净利润的季度结束时的月数（本站计算）',
    note: '由本站按两个日期计算：理想ONE于2019年12月首批交付，2020年第四季度（截至2020年12月31日）首次实现季度净利润。',
  },
  'months-deliveries-to-profit-xiaomi': {
    label: '小米：从首批交付到盈利的月数', measure: '从首批交付到首个实现分部经营利润的季度结束时的月数（本站计算）',
    note: '由本站按两个日期计算：SU7于2024年4月3日首批交付，2025年第三季度（截至2025年9月30日）首次实现分部经营利润。口径不同：理想汽车是净利润，小米是分部经营利润（分部含AI业务）。',
  },
  'sales-stores-2025-09': { label: '汽车销售门店', measure: '中国大陆汽车销售门店数' },
  'sales-store-cities-2025-09': { label: '销售门店覆盖城市', measure: '设有汽车销售门店的城市数' },
  'service-outlets-2025-09': { label: '服务网点', measure: '汽车服务网点数' },
  'service-cities-2025-09': { label: '服务网点覆盖城市', measure: '设有汽车服务网点的城市数' },
};
