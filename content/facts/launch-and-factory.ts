/**
 * The cars and where they are made: the SU7, SU7 Ultra and YU7 launches (prices, order counts and
 * the time windows behind them, waiting times), the Beijing factory, production milestones, the
 * sales and service network, and the model changeover into 2026. Quarterly deliveries are in
 * quarterly-results.ts.
 */
import type { RawFact } from '@/lib/registry/schema';

export const facts: RawFact[] = [
  // ---- SU7 ----
  {
    id: 'su7-unveiled', label: 'SU7 unveiled', value: '2023-12', unit: 'date',
    period: 'Dec 2023', measure: 'technology reveal of the SU7',
    sources: [{ source: 'suaramerdeka-2024-03', quote: 'Saat pertama kali diumumkan pada Desember 2023' }],
    status: { kind: 'single' },
    note: 'A reveal, not a launch: prices and orders followed on 28 Mar 2024. Some pages wrongly say the SU7 launched in 2023.',
  },
  {
    id: 'su7-launch-date', label: 'SU7 launch', value: '2024-03-28', unit: 'date',
    period: '28 Mar 2024', measure: 'SU7 launch date (prices announced, orders opened)',
    sources: [{ source: 'cnevpost-2024-08-21', quote: 'Xiaomi officially launched the SU7 on March 28' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-price-standard', label: 'SU7 starting price (Standard)', value: 215_900, unit: 'RMB',
    period: '28 Mar 2024', measure: 'starting price, SU7 Standard',
    sources: [{ source: 'cnevpost-2024-08-21', quote: 'starting prices of RMB 215,900, RMB 245,900, and RMB 299,900' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-price-pro', label: 'SU7 starting price (Pro)', value: 245_900, unit: 'RMB',
    period: '28 Mar 2024', measure: 'starting price, SU7 Pro',
    sources: [{ source: 'cnevpost-2024-08-21', quote: 'starting prices of RMB 215,900, RMB 245,900, and RMB 299,900' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-price-max', label: 'SU7 starting price (Max)', value: 299_900, unit: 'RMB',
    period: '28 Mar 2024', measure: 'starting price, SU7 Max',
    sources: [{ source: 'cnevpost-2024-08-21', quote: 'starting prices of RMB 215,900, RMB 245,900, and RMB 299,900' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-orders-27-minutes', label: 'SU7 orders in 27 minutes', value: 50_000, unit: 'count',
    period: '28 Mar 2024', measure: 'firm orders in the first 27 minutes (refundable within 7 days)',
    sources: [{ source: 'szdaily-2024-03-29', quote: '50,000 orders ... in the first 27 minutes' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-orders-24h', label: 'SU7 orders in 24 hours', value: 88_898, unit: 'count',
    period: '28–29 Mar 2024', measure: 'firm orders in the first 24 hours (refundable within 7 days)',
    sources: [{ source: 'teslarati-2024-03', quote: 'received 88,898 orders' }],
    status: { kind: 'single' },
    note: 'One source document rounds this to "almost 90,000 preorders within a day".',
  },
  {
    id: 'su7-order-refund-days', label: 'Refund window for SU7 orders', value: 7, unit: 'days',
    period: 'Mar 2024', measure: 'days within which an SU7 order could be refunded',
    sources: [{ source: 'teslarati-2024-03', quote: 'option to go for a refund at any time within seven days' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-order-deposit', label: 'SU7 order deposit', value: 5_000, unit: 'RMB',
    period: 'Mar 2024', measure: 'deposit to place an SU7 order',
    sources: [{ source: 'teslarati-2024-03', quote: 'pay RMB 5,000 ($700) to order the vehicle' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-locked-orders', label: 'SU7 locked orders', value: 75_723, unit: 'count',
    period: '24 Apr 2024', measure: 'locked-in (non-refundable) orders',
    sources: [{ source: 'infralog-2024-04', quote: "we've secured 75,723 lock-in orders" }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-first-deliveries', label: 'First SU7 deliveries', value: '2024-04-03', unit: 'date',
    period: '3 Apr 2024', measure: 'date of the first SU7 deliveries (Founders Edition)',
    sources: [{ source: 'hotscup-2024-04', quote: 'commenced deliveries of its limited batch of 5,000 vehicles on April 3' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-days-to-100000', label: 'Days to the 100,000th SU7', value: 230, unit: 'days',
    period: 'Nov 2024', measure: 'days from launch to the 100,000th SU7 produced',
    sources: [{ source: 'theinterface-2024-11', quote: 'it took us only 230 days to produce 100,000 units' }],
    status: { kind: 'single' },
  },
  {
    id: 'monthly-output-2024-11', label: 'Monthly output', value: 20_000, unit: 'cars',
    period: 'Nov 2024', measure: 'monthly production of the Beijing factory',
    sources: [{ source: 'autojournal-2024-11', quote: 'factory now produces 20,000 cars monthly' }],
    status: { kind: 'single' },
    note: 'The factory ran double shifts from June 2024.',
  },

  // ---- SU7 Ultra ----
  {
    id: 'su7-ultra-presale-date', label: 'SU7 Ultra pre-sale', value: '2024-10-29', unit: 'date',
    period: '29 Oct 2024', measure: 'production SU7 Ultra shown and pre-sale opened',
    sources: [{ source: 'lbkrs-2024-10', quote: 'pre-sale price of 814,900 yuan' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-presale-price', label: 'SU7 Ultra pre-sale price', value: 814_900, unit: 'RMB',
    period: '29 Oct 2024', measure: 'SU7 Ultra pre-sale price',
    sources: [{ source: 'lbkrs-2024-10', quote: 'pre-sale price of 814,900 yuan' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-preorders-10-minutes', label: 'SU7 Ultra pre-orders in 10 minutes', value: 3_680, unit: 'count',
    period: '29 Oct 2024', measure: 'pre-orders in the first 10 minutes',
    sources: [{ source: 'yahoo-2024-11', quote: 'hit 3,680 vehicles within 10 minutes' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-launch-date', label: 'SU7 Ultra launch', value: '2025-02-27', unit: 'date',
    period: '27 Feb 2025', measure: 'SU7 Ultra launch date',
    sources: [{ source: 'nnzcw-2025-02', quote: '2025 年 2 月 27 日正式上市' }],
    status: { kind: 'single' },
    note: 'From a low-quality site, consistent with doc-champagne ("released 20 days ago" on 18 Mar 2025); one page wrongly gives 2024.',
  },
  {
    id: 'su7-ultra-launch-price', label: 'SU7 Ultra launch price', value: 529_900, unit: 'RMB',
    period: '27 Feb 2025', measure: 'SU7 Ultra price at launch',
    sources: [
      { source: 'nnzcw-2025-02', quote: '实际售价 52.99 万元' },
      { source: 'plastmatch-2025-08', quote: 'initial price of nearly 530,000 yuan' },
    ],
    status: { kind: 'agreed' },
    note: 'Cut from the 814,900 pre-sale price; some pages still give the pre-sale price as the launch price.',
  },
  {
    id: 'su7-ultra-locked-3-days', label: 'SU7 Ultra locked orders in 3 days', value: 10_000, unit: 'count', qualifier: 'more-than',
    period: 'Feb–Mar 2025', measure: 'locked orders within 3 days of launch',
    sources: [
      { source: 'futunn-2025-03', quote: 'within 3 days of its launch, the number of locked orders exceeded 0.01 million' },
      { source: 'doc-champagne', quote: 'completed its annual target of 10,000 units in just 3 days' },
    ],
    status: { kind: 'agreed' },
    note: 'Not the same as the "more than 10,000 firm orders in 2 hours" one site reports; those are a different order type.',
  },
  {
    id: 'su7-ultra-firm-orders-2h', label: 'SU7 Ultra firm orders in 2 hours', value: 10_000, unit: 'count', qualifier: 'more-than',
    period: '27 Feb 2025', measure: 'firm (大定) orders within 2 hours of launch',
    sources: [{ source: 'nnzcw-2025-02', quote: '2 小时破 1 万台' }],
    status: { kind: 'single' },
    note: 'Low-quality site; firm orders, not locked orders, and not documented as refundable. The research also found the count in a Japanese paper (Niigata Nippo) that misstated the launch price; we hold no link to it.',
  },

  // ---- YU7 ----
  {
    id: 'yu7-launch-date', label: 'YU7 launch', value: '2025-06-26', unit: 'date',
    period: '26 Jun 2025', measure: 'YU7 launch date',
    sources: [
      { source: 'cna-2025-06-27', quote: "the vehicle's launch on Thursday night (Jun 26)" },
      { source: 'asiaict-2025-06-27' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-price-standard', label: 'YU7 starting price', value: 253_500, unit: 'RMB',
    period: '26 Jun 2025', measure: 'starting price, YU7 Standard',
    sources: [
      { source: 'asiaict-2025-06-27', quote: 'the standard version priced at 253,500 yuan, the Pro version at 279,900 yuan, and the Max version at 329,900 yuan' },
      { source: 'cna-2025-06-27', quote: 'priced from 253,500 yuan' },
    ],
    status: { kind: 'agreed' },
    note: 'A pre-launch page guessed 245,900.',
  },
  {
    id: 'yu7-orders-3-minutes', label: 'YU7 orders in 3 minutes', value: 200_000, unit: 'count',
    period: '26 Jun 2025', measure: 'paid pre-orders in the first 3 minutes',
    sources: [
      { source: 'itiger-2025-09-25', quote: 'over 200,000 vehicle orders within just three minutes' },
      { source: 'cerus-2025-06', quote: 'Within just three minutes, the company secured 200,000 preorder reservations' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-orders-1-hour', label: 'YU7 orders in 1 hour', value: 289_000, unit: 'count',
    period: '26 Jun 2025', measure: 'pre-orders in the first hour',
    sources: [
      { source: 'cna-2025-06-27', quote: '289,000 pre-orders for the five-seater YU7 ... within the first hour of sales' },
      { source: 'cerus-2025-06', quote: 'scaling to 289,000 within an hour' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-locked-18-hours', label: 'YU7 locked orders in 18 hours', value: 240_000, unit: 'count', qualifier: 'more-than',
    period: '26–27 Jun 2025', measure: 'locked (non-refundable) orders within 18 hours',
    sources: [{ source: 'itiger-2025-09-25', quote: 'over 240,000 vehicles were locked in within 18 hours' }],
    status: { kind: 'single' },
  },

  // ---- The time windows behind the launch order counts above ----
  {
    id: 'su7-orders-window-minutes', label: 'Window for the first SU7 order count', value: 27, unit: 'minutes',
    period: '28 Mar 2024', measure: 'minutes after orders opened in which 50,000 firm SU7 orders came in',
    sources: [{ source: 'szdaily-2024-03-29', quote: '50,000 orders ... in the first 27 minutes' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-preorder-window-minutes', label: 'Window for the SU7 Ultra pre-order count', value: 10, unit: 'minutes',
    period: '29 Oct 2024', measure: 'minutes after the pre-sale opened in which 3,680 SU7 Ultra pre-orders came in',
    sources: [{ source: 'yahoo-2024-11', quote: 'hit 3,680 vehicles within 10 minutes' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-ultra-firm-window-hours', label: 'Window for the SU7 Ultra firm-order count', value: 2, unit: 'hours',
    period: '27 Feb 2025', measure: 'hours after launch in which SU7 Ultra firm (大定) orders passed 10,000',
    sources: [{ source: 'nnzcw-2025-02', quote: '2 小时破 1 万台' }],
    status: { kind: 'single' },
    note: 'Low-quality site; firm orders, not locked orders.',
  },
  {
    id: 'su7-ultra-locked-window-days', label: 'Window for the SU7 Ultra locked-order count', value: 3, unit: 'days',
    period: 'Feb–Mar 2025', measure: 'days after launch in which SU7 Ultra locked orders passed 10,000',
    sources: [
      { source: 'futunn-2025-03', quote: 'within 3 days of its launch, the number of locked orders exceeded 0.01 million' },
      { source: 'doc-champagne', quote: 'completed its annual target of 10,000 units in just 3 days' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-orders-window-minutes', label: 'Window for the first YU7 order count', value: 3, unit: 'minutes',
    period: '26 Jun 2025', measure: 'minutes after launch in which 200,000 paid YU7 pre-orders came in',
    sources: [
      { source: 'itiger-2025-09-25', quote: 'over 200,000 vehicle orders within just three minutes' },
      { source: 'cerus-2025-06', quote: 'Within just three minutes, the company secured 200,000 preorder reservations' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'yu7-locked-window-hours', label: 'Window for the YU7 locked-order count', value: 18, unit: 'hours',
    period: '26–27 Jun 2025', measure: 'hours after launch in which more than 240,000 YU7 orders were locked',
    sources: [{ source: 'itiger-2025-09-25', quote: 'over 240,000 vehicles were locked in within 18 hours' }],
    status: { kind: 'single' },
  },

  // ---- Waiting times shown in the Xiaomi Auto app (source document doc-champagne) ----
  {
    id: 'wait-quoted-date', label: 'Waiting times read from the Xiaomi Auto app', value: '2025-03', unit: 'date',
    period: 'Mar 2025', measure: 'month the quoted delivery waits applied to a new order',
    sources: [{ source: 'doc-champagne', quote: 'The Xiaomi Auto app shows that if you order a car now' }],
    status: { kind: 'single' },
    note: 'The article was written just after Xiaomi\'s results of 18 Mar 2025.',
  },
  {
    id: 'wait-su7-max-low', label: 'Wait for an SU7 Max, in weeks (shortest)', value: 30, unit: 'count',
    period: 'Mar 2025', measure: 'delivery wait for a new SU7 Max order, in weeks (lower end of the range)',
    sources: [{ source: 'doc-champagne', quote: 'the delivery cycle for the Xiaomi SU7 Max version is 30-33 weeks' }],
    status: { kind: 'single' },
    note: 'The value is in weeks. The same source says the other two SU7 versions took even longer.',
  },
  {
    id: 'wait-su7-max-high', label: 'Wait for an SU7 Max, in weeks (longest)', value: 33, unit: 'count',
    period: 'Mar 2025', measure: 'delivery wait for a new SU7 Max order, in weeks (upper end of the range)',
    sources: [{ source: 'doc-champagne', quote: 'the delivery cycle for the Xiaomi SU7 Max version is 30-33 weeks' }],
    status: { kind: 'single' },
    note: 'The value is in weeks.',
  },
  {
    id: 'wait-su7-ultra', label: 'Wait for an SU7 Ultra, in weeks', value: 40, unit: 'count', qualifier: 'about',
    period: 'Mar 2025', measure: 'delivery wait for a new SU7 Ultra order, in weeks',
    sources: [{ source: 'doc-champagne', quote: 'with the SU7 Ultra delivery cycle also being longer, around 40 weeks' }],
    status: { kind: 'single' },
    note: 'The value is in weeks.',
  },

  // ---- Factory ----
  {
    id: 'factory-capacity-total', label: 'Factory capacity (phases 1 and 2)', value: 300_000, unit: 'cars',
    period: 'Phases 1 and 2', measure: 'annual production capacity, Beijing factory phases 1 + 2',
    sources: [{ source: 'cnevpost-2025-06-20', quote: 'annual production capacity of 150,000 vehicles each for phase 1 and phase 2' }],
    status: { kind: 'single' },
  },
  {
    id: 'factory-phase1-capacity', label: 'Phase 1 capacity', value: 150_000, unit: 'cars',
    period: 'Phase 1 (completed 2023)', measure: 'annual production capacity, Beijing factory phase 1',
    sources: [{ source: 'cnevpost-2025-06-20', quote: 'annual production capacity of 150,000 vehicles each for phase 1 and phase 2' }],
    status: {
      kind: 'differ',
      note: 'Most pages say 150,000 a year. A low-quality site gives 200,000 or 300,000, and some pages cite the 200,000-a-year BAIC plant whose production licence the SU7 first used.',
      alternatives: [
        {
          value: 200_000, unit: 'cars',
          note: 'BAIC plant in Beijing (the SU7 first used BAIC\'s production licence)',
          sources: [{ source: 'suaramerdeka-2024-03', quote: 'bisa memproduksi hingga 200.000 unit mobil per tahun' }],
        },
        {
          value: 200_000, unit: 'cars',
          note: 'low-quality site; also gives 300,000',
          sources: [{ source: 'nnzcw-2025-02' }],
        },
      ],
    },
  },
  {
    id: 'factory-phase2-capacity', label: 'Phase 2 capacity', value: 150_000, unit: 'cars',
    period: 'Phase 2', measure: 'annual production capacity, Beijing factory phase 2',
    sources: [{ source: 'cnevpost-2025-06-20', quote: 'annual production capacity of 150,000 vehicles each for phase 1 and phase 2' }],
    status: { kind: 'single' },
  },
  {
    id: 'phase2-construction-start', label: 'Phase 2 construction starts', value: '2024-07-26', unit: 'date',
    period: '26 Jul 2024', measure: 'start of construction, factory phase 2',
    sources: [{ source: 'evmagz-2024-07', quote: 'began construction on July 26, just 24 hours after securing the land deal' }],
    status: { kind: 'single' },
    note: 'The land (RMB 842m, 531,130 m²) was bought the day before.',
  },
  {
    id: 'phase2-operational', label: 'Phase 2 operational', value: '2025-08', unit: 'date',
    period: 'Aug 2025', measure: 'factory phase 2 reported operational',
    sources: [{ source: 'wedoany-2025-08', quote: 'A second factory with equivalent capacity is now operational' }],
    status: { kind: 'single' },
    note: 'In June 2025 formal production had been expected to begin in July or August (CnEVPost).',
  },
  {
    id: 'phase3-land-date', label: 'Phase 3 land bought', value: '2025-06-19', unit: 'date',
    period: '19 Jun 2025', measure: 'date the phase 3 land was secured',
    sources: [{ source: 'cnevpost-2025-06-20', quote: 'secured the land plot ... on June 19 for RMB 635 million' }],
    status: { kind: 'single' },
  },
  {
    id: 'phase3-land-price', label: 'Phase 3 land price', value: 635_000_000, unit: 'RMB', scale: 'm', digits: 0,
    period: '19 Jun 2025', measure: 'price of the phase 3 land (485,134 m²)',
    sources: [{ source: 'cnevpost-2025-06-20', quote: 'secured the land plot ... on June 19 for RMB 635 million' }],
    status: { kind: 'single' },
  },

  // ---- Production and delivery milestones ----
  {
    id: 'su7-production-milestone', label: 'SU7 production milestone', value: 100_000, unit: 'cars',
    period: 'Nov 2024', measure: 'SU7s produced when Xiaomi marked the milestone, 230 days after launch',
    sources: [{ source: 'theinterface-2024-11', quote: 'it took us only 230 days to produce 100,000 units' }],
    status: { kind: 'single' },
  },
  {
    id: 'car-500000th-date', label: '500,000th car', value: '2025-11-20', unit: 'date',
    period: '20 Nov 2025', measure: 'date the 500,000th car rolled off the line',
    sources: [{ source: 'capitalcircuit-2025-11', quote: '500,000th electric vehicle rolled off the line in Beijing on November 20' }],
    status: { kind: 'single' },
  },
  {
    id: 'car-production-milestone', label: 'Production milestone', value: 500_000, unit: 'cars',
    period: '20 Nov 2025', measure: 'Xiaomi cars (all models) produced when the milestone car left the Beijing line',
    sources: [{ source: 'capitalcircuit-2025-11', quote: '500,000th electric vehicle rolled off the line in Beijing on November 20' }],
    status: { kind: 'single' },
  },
  {
    id: 'deliveries-600000-date', label: '600,000 cars delivered', value: '2026-02-13', unit: 'date',
    period: '13 Feb 2026', measure: 'date cumulative deliveries passed 600,000',
    sources: [{ source: 'smahz-2026-02', quote: '累计交付量已成功突破60万台,历时22个月' }],
    status: { kind: 'single' },
    note: '22 months after the first delivery.',
  },
  {
    id: 'cumulative-deliveries-2026-02', label: 'Cumulative deliveries passed', value: 600_000, unit: 'cars',
    period: '13 Feb 2026', measure: 'cumulative EV deliveries since April 2024 (the mark passed)',
    sources: [{ source: 'smahz-2026-02', quote: '累计交付量已成功突破60万台,历时22个月' }],
    status: { kind: 'single' },
    note: 'The count behind the date fact "600,000 cars delivered" (deliveries-600000-date).',
  },

  // ---- Sales and service network ----
  {
    id: 'sales-stores-2025-09', label: 'Car sales stores', value: 402, unit: 'count',
    period: '30 Sep 2025', measure: 'car sales stores in mainland China',
    sources: [
      { source: 'yicai-2025-11-19', quote: '402 car sales stores in 119 cities ... 209 service outlets in 125 cities' },
      { source: 'doc-china-entrepreneur', quote: 'Xiaomi had opened 402 sales outlets in 119 cities' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'sales-store-cities-2025-09', label: 'Cities with sales stores', value: 119, unit: 'count',
    period: '30 Sep 2025', measure: 'cities with car sales stores',
    sources: [
      { source: 'yicai-2025-11-19', quote: '402 car sales stores in 119 cities' },
      { source: 'doc-china-entrepreneur', quote: 'Xiaomi had opened 402 sales outlets in 119 cities' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'service-outlets-2025-09', label: 'Service outlets', value: 209, unit: 'count',
    period: '30 Sep 2025', measure: 'car service outlets',
    sources: [
      { source: 'yicai-2025-11-19', quote: '209 service outlets in 125 cities' },
      { source: 'doc-china-entrepreneur', quote: 'set up 209 service points in 125 cities' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'service-cities-2025-09', label: 'Cities with service outlets', value: 125, unit: 'count',
    period: '30 Sep 2025', measure: 'cities with car service outlets',
    sources: [
      { source: 'yicai-2025-11-19', quote: '209 service outlets in 125 cities' },
      { source: 'doc-china-entrepreneur', quote: 'set up 209 service points in 125 cities' },
    ],
    status: { kind: 'agreed' },
  },

  // ---- The YU7's first six months, and the 2026 changeover ----
  {
    id: 'yu7-deliveries-six-months', label: 'YU7 deliveries in its first six months', value: 150_000, unit: 'cars', qualifier: 'more-than',
    period: 'Jun 2025 to Jan 2026', measure: 'YU7 deliveries in the six months after its launch',
    sources: [{ source: 'office369-2026-01', quote: '上市半年交付超15万辆,是SU7同期交付量的2.3倍' }],
    status: { kind: 'single' },
  },
  {
    id: 'yu7-vs-su7-six-months', label: 'YU7 against the SU7 at the same stage', value: 2.3, unit: 'count', digits: 1,
    period: 'first six months after launch', measure: 'YU7 deliveries in its first six months as a multiple of the SU7\'s in its first six months',
    sources: [{ source: 'office369-2026-01', quote: '上市半年交付超15万辆,是SU7同期交付量的2.3倍' }],
    status: { kind: 'single' },
    note: 'A multiple ("2.3 times"), not a count.',
  },
  {
    id: 'deliveries-2025-12', label: 'Deliveries in December 2025', value: 50_000, unit: 'cars', qualifier: 'more-than',
    period: 'Dec 2025', measure: 'EV deliveries in the month (a monthly record)',
    sources: [{ source: 'office369-2026-01', quote: '2025年12月单月交付就突破了5万辆' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-first-generation-deliveries', label: 'First-generation SU7 deliveries', value: 370_000, unit: 'cars', qualifier: 'nearly',
    period: 'Apr 2024 to Feb 2026', measure: 'cumulative deliveries of the first-generation SU7, which had gone out of production',
    sources: [{ source: 'smahz-2026-02', quote: '初代SU7已正式停产,累计交付量接近37万辆' }],
    status: { kind: 'single' },
    note: 'The same report says a new SU7 was due in April 2026.',
  },
  {
    id: 'deliveries-2026-01', label: 'Deliveries', value: 39_000, unit: 'cars', qualifier: 'more-than',
    period: 'Jan 2026', measure: 'EV deliveries in the month',
    sources: [{ source: 'smahz-2026-02', quote: '2026年1月,其交付量超过39000台' }],
    status: { kind: 'single' },
  },
  {
    id: 'su7-new-generation-due', label: 'New SU7 due', value: '2026-04', unit: 'date',
    period: 'Apr 2026', measure: 'month the new-generation SU7 was due, as reported in February 2026',
    sources: [{ source: 'smahz-2026-02', quote: '初代SU7已正式停产' }],
    status: { kind: 'single' },
    note: 'A plan reported in February 2026; whether the car arrived then is not in our sources.',
  },
];
