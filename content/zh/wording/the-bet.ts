import type { Wording } from '@/lib/registry/wording';

/** The decision and the money: the 2021 announcement, the pledge, R&D, and Xiaomi's revenue mix. */
export const betWording: Wording = {
  'ev-business-announced': { label: '宣布造车', measure: '小米宣布进军智能电动汽车业务的日期', note: '以全资子公司形式成立，由雷军出任CEO（曾有一家媒体误称他担任首席运营官）。' },
  'initial-investment': { label: '首期投资', measure: '对电动汽车子公司的首期投资', note: '这只是第一期投资；曾有一家媒体（Moneycontrol）误称其为最终投资总额。' },
  'planned-investment-usd': { label: '计划投资', measure: '计划投资总额（投入年限见“投资计划期限”）', period: '2021年起十年' },
  'plan-years': { label: '投资计划期限', measure: '美元投资计划的投入年限' },
  'deepmotion-acquisition': { label: '收购深动科技', measure: '收购自动驾驶公司深动科技（DeepMotion）的对价' },
  'autonomous-driving-investment': {
    label: '自动驾驶研发投入', measure: '自动驾驶研发的第一期投入',
    note: '第一期还包括组建自动驾驶研发团队和测试车队，规模见相关条目。',
    differNote: '金额一致，日期不一：网页资料将其系于雷军2022年8月11日的演讲，而一份来源文件把它列在2021年3月造车计划之后的各项战略决策之中。',
    alternativeNotes: ['与2021年的各项决策列在一起，未注明日期'],
  },
  'autonomous-driving-announced': { label: '公布自动驾驶计划', measure: '宣布自动驾驶研发投入的日期', note: '一份来源文件把它列入2021年的各项决策；见“自动驾驶研发投入”。' },
  'autonomous-driving-team-2022': { label: '自动驾驶研发团队', measure: '自动驾驶研发团队人数', note: '同一网页预计，到2022年底团队规模还将进一步扩大。' },
  'autonomous-driving-test-fleet': { label: '自动驾驶测试车队', measure: '自动驾驶项目第一期的测试车数量', note: '这是2022年8月公布的计划，并非实际上路的车辆数。' },
  'cumulative-investment-2022-2025h1': { label: '汽车及创新业务累计投入', measure: '对汽车及创新业务的累计投入' },
  'rd-spend-2024': { label: '研发支出', measure: '集团研发支出' },
  'rd-budget-2025': { label: '研发预算', measure: '集团计划研发投入', period: '2025年（计划）' },
  'ai-rd-budget-2025': { label: '研发预算中的AI部分', measure: '计划投向AI的研发资金（研发预算的一部分）', period: '2025年（计划）' },
  'group-revenue-2024fy': { label: '集团总收入', measure: '小米集团总收入' },
  'smartphone-revenue-2024fy': { label: '智能手机收入', measure: '智能手机分部收入' },
  'smartphone-share-2024fy': { label: '智能手机收入占比', measure: '智能手机收入占集团总收入的比例' },
  'iot-revenue-2024fy': { label: 'IoT与生活消费产品收入', measure: 'IoT与生活消费产品分部收入' },
  'iot-share-2024fy': { label: 'IoT与生活消费产品收入占比', measure: 'IoT与生活消费产品收入占集团总收入的比例' },
  'internet-revenue-2024fy': { label: '互联网服务收入', measure: '互联网服务分部收入' },
  'internet-share-2024fy': { label: '互联网服务收入占比', measure: '互联网服务收入占集团总收入的比例' },
  'segment-revenue-2024fy': {
    label: '智能电动汽车等创新业务分部收入', measure: '分部收入（智能电动汽车等创新业务）',
    note: '部分网页给出的数字在末位略低；仅汽车业务的收入见“汽车收入”。',
  },
  'segment-share-2024fy': {
    label: '智能电动汽车等创新业务分部收入占比', measure: '智能电动汽车等创新业务分部收入占集团总收入的比例',
    differNote: '两个数字各按自己的口径计算，都没有错：本数字以整个分部的收入计，另一个以仅汽车业务的收入计，分母都是集团总收入。',
    alternativeNotes: ['仅汽车业务收入 ÷ 集团总收入'],
  },
  'ev-revenue-2024fy': { label: '汽车收入', measure: '仅智能电动汽车业务的收入' },
  'usd-cny-rate-2025-08': {
    label: '美元兑人民币汇率', measure: '路透社报道小米2025年上半年业绩时所用的汇率',
    note: '此处保留两位小数；推算人民币承诺额时用的是更精确的汇率。这是报道截至2025年年中投入那一周的汇率，换个日期汇率就不同。',
  },
  'planned-investment-rmb-2025-rate': { label: '承诺投资折合人民币（推算）', measure: '以美元计的投资承诺折合成人民币', period: '2021年承诺，按2025年8月汇率', formula: '以美元计的承诺投资额 × 美元兑人民币汇率（2025年8月）' },
  'investment-share-of-pledge': {
    label: '已投入占承诺的比例（推算）', measure: '对汽车及创新业务的投入占人民币承诺额的比例',
    note: '向下取整：累计投入是“超过”某一金额，而且包括其他创新业务，不只是汽车。',
    formula: '2022年至2025年上半年累计投入 ÷ 折合人民币的承诺额，以百分比表示',
  },
};
