import type { Wording } from '@/lib/registry/wording';

/** The plan to sell cars in Europe, from the first report to the Munich centre. */
export const europeWording: Wording = {
  'europe-earlier-target-reported': { label: '此前报道的进入欧洲时间（2030年）', measure: '报道小米此前计划在2030年前进入欧洲的日期', note: '已被2027年的计划取代。' },
  'europe-target-year-earlier': { label: '此前的欧洲目标年份', measure: '据报道小米计划进入欧洲汽车市场的年份', note: '2024年7月报道，当时小米还表示暂无在海外卖车的计划；后被2027年取代。' },
  'europe-target-year': { label: '欧洲目标年份', measure: '小米计划开始在欧洲卖车的年份', note: '这是目标年份，不是具体日期：没有给出月份。2025年3月首次提出，此后每次业绩会都重申。' },
  'overseas-2027-mwc': { label: '首次提出2027年（MWC）', measure: '小米首次提出2027年在中国以外卖车、欧洲可能最先的日期' },
  'overseas-2027-results-call': { label: '业绩会上表态2027年', measure: '卢伟冰表示汽车将从2027年起出海的日期（2024年第四季度业绩会）' },
  'overseas-2027-lei-jun': { label: '雷军：2027年才出海', measure: '雷军表示先满足国内需求、2027年才开始海外销售的日期' },
  'europe-test-car-registered': { label: '首辆欧洲上牌测试车', measure: '首辆在欧洲上牌的小米测试车的日期（SU7 Ultra，德国牌照）' },
  'europe-2027-q2-call': { label: '欧洲优先、2027年前（二季报）', measure: '小米表示欧洲将是首个海外市场、2027年前进入的日期（2025年第二季度业绩）' },
  'munich-rd-centre': { label: '慕尼黑研发中心', measure: '慕尼黑汽车研发与设计中心开业（中国以外首个）', note: '报道于2025年9月25–26日。' },
  'munich-ex-bmw-executives': { label: '为慕尼黑招揽的前宝马高管', measure: '小米招揽的前宝马高管人数', note: '来源单一且为二手报道；未见其他来源证实。' },
  'europe-2027-q3-results': { label: '重申2027年进入欧洲', measure: '重申2027年欧洲计划的日期（2025年第三季度业绩）' },
  'europe-germany-first-reported': { label: '报道称先只在德国开卖', measure: '报道欧洲销售将只从德国开始的日期', note: '来源单一且为二手报道；在我们找到的资料中，小米没有证实。' },
  'german-brands-share-germany': { label: '德国品牌在德国的份额', measure: '德国汽车品牌在德国的市场份额（卢伟冰引述）', note: '来源文件中卢伟冰的引述，未进一步核实。' },
  'toyota-share-germany': { label: '丰田在德国的份额', measure: '丰田在德国的市场份额（卢伟冰引述）', note: '来源文件中卢伟冰的引述，未进一步核实。' },
  'lu-weibing-germany-km': { label: '卢伟冰在德国高速上驾驶的公里数', measure: '驾驶SU7和SU7 Ultra在德国高速公路上行驶的公里数', note: '单位是公里。' },
};
