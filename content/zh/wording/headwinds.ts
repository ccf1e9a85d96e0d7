import type { Wording } from '@/lib/registry/wording';

/** After the first profit: the share price, the purchase tax, delivery targets and the 2026 slowdown. */
export const headwindsWording: Wording = {
  'share-price-peak': { label: '股价高点', measure: '港股盘中历史最高价', note: '这是YU7上市次日的盘中最高价，不是收盘价。' },
  'share-price-2025-11-19': {
    label: '三季报发布后的股价', measure: '港股收盘价',
    differNote: '第一财经给出的收盘价是本数字，EconoTimes的略高；来源文件的数字是写作时的盘中价。',
    alternativeNotes: [undefined, '写作时的盘中价，当时股价正在下跌'],
  },
  'share-price-fall-from-peak': { label: '较高点的跌幅', measure: '股价较2025年6月高点的跌幅', period: '2025年6月27日至11月19日', note: '按高点和该日收盘价计算，实际跌幅比本数字还要大一些。' },
  'purchase-tax-change-date': { label: '购置税免征改为减半', measure: '新能源汽车购置税由免征改为减半征收的日期', note: '减半征收执行到2027年12月31日。' },
  'purchase-tax-cap-2026': { label: '购置税减免上限', measure: '每辆车购置税减免额上限', note: '2025年底前为全额免征，每辆车的免税额上限也更高（见2025年的免征上限）。' },
  'purchase-tax-cap-2025': { label: '购置税免征上限', measure: '每辆车购置税免征额上限（全额免征）', period: '截至2025年12月31日', note: '2025年底前新能源汽车全额免征购置税，以此金额为限；自2026年起减半征收，上限也随之减半。' },
  'delivery-target-2025-initial': { label: '2025年原定交付目标', measure: '2025年3月之前的交付目标' },
  'delivery-target-2025': { label: '2025年交付目标', measure: '交付目标', period: '2025年（2025年3月18日设定）', note: '2025年3月由原定目标上调。有网页误称这是2026年的目标。' },
  'delivery-target-2025-raised': {
    label: '三季报后的2025年目标（媒体报道）', measure: '媒体报道的2025年预计交付量', period: '2025年（2025年11月）',
    note: '另有媒体报道说目标“上调至”某个整数；未找到小米本身的这一表述。',
    differNote: '更高的目标出自媒体报道，而非小米：三季报发布后，卢伟冰仍称年度目标是3月设定的那个数字。',
    alternativeNotes: ['小米自己的说法，2025年11月'],
  },
  'deliveries-2025-9m': { label: '前三季度交付量', measure: '汽车累计交付量', note: '等于三个季度的数字之和。同一网页给出的毛利率是错的。' },
  'deliveries-2025fy': { label: '交付量', measure: '汽车交付量', differNote: '确切数字来自钜亨网引用的一位博主；雷军的说法是“超过”一个整数（见另一数字）。没有找到官方的确切数字。' },
  'deliveries-2025q4-derived': { label: '交付量（推算）', measure: '汽车交付量（全年减去前三季度）', note: '没有网页给出2025年第四季度的数字；全年数字本身来自一位博主的统计。', formula: '2025年全年交付量 − 2025年前三季度交付量' },
  'deliveries-2025-12': { label: '2025年12月交付量', measure: '当月汽车交付量（单月新高）' },
  'deliveries-2026-01': { label: '交付量', measure: '当月汽车交付量' },
  'deliveries-2026q1': { label: '交付量', measure: '汽车交付量', note: '来源单一且较弱（一篇博客摘要）。' },
  'deliveries-2026q1-change': { label: '交付量较2025年第四季度的降幅', measure: '季度汽车交付量环比降幅', note: '来源单一且较弱（一篇新闻摘要）。与推算的2025年第四季度交付量和报道的2026年第一季度交付量大致吻合。' },
  'delivery-target-2026': { label: '2026年交付目标', measure: '交付目标' },
  'segment-result-2026q1': { label: '分部业绩', measure: '分部业绩（创新业务分部）', note: '来源单一且较弱，没有说明用的是哪种口径；同一网页还称交付量较上一季度大幅下降（见降幅条目）。' },
  'group-revenue-2026q1': { label: '集团总收入', measure: '小米集团总收入', note: '来源单一且较弱（一篇博客摘要）。' },
  'cumulative-deliveries-2026-02': { label: '累计交付突破', measure: '自2024年4月起的汽车累计交付量（越过的关口）', note: '即“累计交付突破日”那条日期背后的数量。' },
  'deliveries-600000-date': { label: '累计交付突破日', measure: '累计交付量越过这一关口（数量见“累计交付突破”）的日期', note: '此时距首批交付不到两年。' },
  'lei-jun-safety-posts-date': { label: '雷军在微博回应安全质疑', measure: '雷军连发多条微博回应外界对小米汽车安全性质疑的日期', note: '他说，2024年4月一次采访中把外观放在首位的那句话被断章取义了。' },
};
