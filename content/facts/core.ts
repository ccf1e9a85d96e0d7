import type { RawFact } from '@/lib/registry/schema';

/**
 * The fact registry: every figure the site prints. Values are in base units (RMB, not RMB bn);
 * losses are negative. Checked against the project's research fact sheet; where sources conflict,
 * the figure has status 'differ' with the other values and their sources.
 */
export const facts: RawFact[] = [
  // ============================================================
  // Chapter 1: the 2021 bet
  // ============================================================
  {
    id: 'ev-business-announced', label: 'EV business announced', value: '2021-03-30', unit: 'date',
    period: '30 Mar 2021', measure: 'date Xiaomi announced its smart EV business',
    sources: [
      { source: 'cna-2021-03-30', quote: 'initially invest 10 billion yuan ... total investment goal of US$10 billion over the next ten years' },
      { source: 'evertiq-2021-03', quote: 'this will be the final major entrepreneurial project of my life' },
    ],
    status: { kind: 'agreed' },
    note: 'Announced as a wholly-owned subsidiary with Lei Jun as CEO (one outlet wrongly called him Chief Operating Officer).',
  },
  {
    id: 'initial-investment', label: 'Initial investment', value: 10_000_000_000, unit: 'RMB', scale: 'bn', digits: 0,
    period: '30 Mar 2021', measure: 'initial investment in the EV subsidiary',
    sources: [
      { source: 'cna-2021-03-30', quote: 'initially invest 10 billion yuan' },
      { source: 'doc-last-battle', quote: 'a wholly-owned subsidiary for car manufacturing with an initial investment of 10 billion RMB' },
    ],
    status: { kind: 'agreed' },
    note: 'This was the first phase; one outlet (Moneycontrol) wrongly called it the eventual investment.',
  },
  {
    id: 'planned-investment-usd', label: 'Planned investment', value: 10_000_000_000, unit: 'USD', scale: 'bn', digits: 0,
    period: 'Ten years from 2021', measure: 'planned total investment over ten years',
    sources: [
      { source: 'cna-2021-03-30', quote: 'total investment goal of US$10 billion over the next ten years' },
      { source: 'doc-last-battle', quote: 'planning to invest 10 billion USD over ten years' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'plan-years', label: 'Length of the plan', value: 10, unit: 'years', digits: 0,
    period: '30 Mar 2021', measure: 'period of the planned USD 10 bn investment',
    sources: [
      { source: 'cna-2021-03-30', quote: 'total investment goal of US$10 billion over the next ten years' },
      { source: 'doc-last-battle', quote: 'planning to invest 10 billion USD over ten years' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'deepmotion-acquisition', label: 'DeepMotion acquisition', value: 77_370_000, unit: 'USD', scale: 'm', digits: 2, qualifier: 'about',
    period: 'Aug 2021', measure: 'price paid for autonomous-driving company DeepMotion',
    sources: [{ source: 'pingwest-2021-08', quote: 'acquired autonomous driving company Deepmotion, for around 77.37 million USD' }],
    status: { kind: 'single' },
  },
  {
    id: 'autonomous-driving-investment', label: 'Autonomous-driving R&D', value: 3_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: '11 Aug 2022', measure: 'first-phase investment in autonomous-driving R&D',
    sources: [
      { source: 'digitimes-2022-08-12', quote: 'invest RMB 3.3 billion ($490 million) in research and development for the first phase' },
      { source: 'autotech-2022-08' },
    ],
    status: {
      kind: 'differ',
      note: 'The amount agrees, the date does not: the pages date it to Lei Jun\'s speech of 11 Aug 2022, while the source document lists it among the strategic decisions that followed the March 2021 plan.',
      alternatives: [
        {
          value: 3_300_000_000, unit: 'RMB',
          note: 'listed with the 2021 decisions, no date given',
          sources: [{ source: 'doc-last-battle', quote: 'A significant investment of 3.3 billion RMB is planned for research and development in autonomous driving' }],
        },
      ],
    },
    note: 'The first phase also covered more than 500 staff and 140 test cars.',
  },
  {
    id: 'autonomous-driving-announced', label: 'Autonomous-driving plan announced', value: '2022-08-11', unit: 'date',
    period: '11 Aug 2022', measure: 'date of the RMB 3.3 bn autonomous-driving announcement',
    sources: [
      { source: 'digitimes-2022-08-12', quote: 'invest RMB 3.3 billion ($490 million) in research and development for the first phase' },
      { source: 'autotech-2022-08' },
    ],
    status: { kind: 'agreed' },
    note: 'One source document places this among the 2021 decisions; see the autonomous-driving investment.',
  },
  {
    id: 'cumulative-investment-2022-2025h1', label: 'Invested in cars and new businesses', value: 30_000_000_000, unit: 'RMB', scale: 'bn', digits: 0, qualifier: 'more-than',
    period: '2022 to H1 2025', measure: 'cumulative investment in automotive and innovative businesses',
    sources: [{ source: 'reportify-2025-08', quote: 'invested over RMB 30 billion in automotive and innovative businesses from 2022 to the first half of 2025' }],
    status: { kind: 'single' },
  },
  {
    id: 'rd-spend-2024', label: 'R&D spending', value: 24_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'group R&D expenditure',
    sources: [{ source: 'doc-champagne', quote: "In 2024, Xiaomi's total R&D expenditure was 24.1 billion yuan" }],
    status: { kind: 'single' },
  },
  {
    id: 'rd-budget-2025', label: 'R&D budget', value: 30_000_000_000, unit: 'RMB', scale: 'bn', digits: 0,
    period: '2025 (planned)', measure: 'planned group R&D investment',
    sources: [{ source: 'doc-champagne', quote: 'In 2025, Xiaomi stated that R&D investment would reach 30 billion yuan' }],
    status: { kind: 'single' },
  },
  {
    id: 'ai-rd-budget-2025', label: 'AI share of R&D budget', value: 7_500_000_000, unit: 'RMB', scale: 'bn', digits: 1, qualifier: 'about',
    period: '2025 (planned)', measure: 'planned R&D investment in AI (a quarter of the R&D budget)',
    sources: [{ source: 'doc-champagne', quote: 'a quarter (about 7.5 billion yuan) allocated to the AI field' }],
    status: { kind: 'single' },
  },

  // ---- Group context, FY2024 ----
  {
    id: 'group-revenue-2024fy', label: 'Group revenue', value: 365_900_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'Xiaomi group revenue',
    sources: [
      { source: 'mobileworldlive-2025-03', quote: 'Total revenue increased 35 per cent year-on-year to CNY365.9 billion' },
      { source: 'doc-champagne', quote: "Xiaomi's total revenue for 2024 increased by 35.0% year-on-year to RMB 365.9 billion" },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'smartphone-revenue-2024fy', label: 'Smartphone revenue', value: 191_800_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'smartphones segment revenue',
    sources: [{ source: 'doc-champagne', quote: 'generating 191.8 billion yuan (accounting for 52.4%)' }],
    status: { kind: 'single' },
  },
  {
    id: 'smartphone-share-2024fy', label: 'Smartphones, share of revenue', value: 52.4, unit: '%', digits: 1,
    period: 'FY2024', measure: 'smartphones share of group revenue',
    sources: [{ source: 'doc-champagne', quote: 'generating 191.8 billion yuan (accounting for 52.4%)' }],
    status: { kind: 'single' },
  },
  {
    id: 'iot-revenue-2024fy', label: 'IoT revenue', value: 104_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'IoT and lifestyle products segment revenue',
    sources: [{ source: 'doc-champagne', quote: "this segment's revenue was 104.1 billion yuan (accounting for 28.4%)" }],
    status: { kind: 'single' },
  },
  {
    id: 'iot-share-2024fy', label: 'IoT, share of revenue', value: 28.4, unit: '%', digits: 1,
    period: 'FY2024', measure: 'IoT and lifestyle products share of group revenue',
    sources: [{ source: 'doc-champagne', quote: "this segment's revenue was 104.1 billion yuan (accounting for 28.4%)" }],
    status: { kind: 'single' },
  },
  {
    id: 'internet-revenue-2024fy', label: 'Internet services revenue', value: 34_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'internet services segment revenue',
    sources: [{ source: 'doc-champagne', quote: 'revenue reaching 34.1 billion yuan in 2024, accounting for about 10% of total revenue' }],
    status: { kind: 'single' },
  },
  {
    id: 'internet-share-2024fy', label: 'Internet services, share of revenue', value: 10, unit: '%', digits: 0, qualifier: 'about',
    period: 'FY2024', measure: 'internet services share of group revenue',
    sources: [{ source: 'doc-champagne', quote: 'accounting for about 10% of total revenue' }],
    status: { kind: 'single' },
  },
  {
    id: 'segment-revenue-2024fy', label: 'Smart EV segment revenue', value: 32_800_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'segment revenue (smart EV and other new initiatives)',
    sources: [
      { source: 'ctol-2025-03', quote: 'Generated RMB 32.8 billion ($4.55 billion)' },
      { source: 'doc-champagne', quote: 'generated revenue of 32.8 billion yuan, accounting for only 9% of total revenue' },
      { source: 'longbridge-2025-03' },
    ],
    status: { kind: 'agreed' },
    note: 'Some pages round it to 32.7 bn. EV-only revenue was 32.1 bn.',
  },
  {
    id: 'segment-share-2024fy', label: 'Smart EV segment, share of revenue', value: 9.0, unit: '%', digits: 1,
    period: 'FY2024', measure: 'smart EV segment share of group revenue',
    sources: [
      { source: 'lmsyx-2025-03', quote: '占小米集团整体营收的 9.0%' },
      { source: 'doc-champagne', quote: 'accounting for only 9% of total revenue' },
    ],
    status: {
      kind: 'differ',
      note: 'Both are right for their base: 9.0% uses the whole segment (32.8 bn), 8.8% uses EV-only revenue (32.1 bn), each against group revenue of 365.9 bn.',
      alternatives: [
        {
          value: 8.8, unit: '%',
          note: 'EV-only revenue 32.1 bn ÷ group revenue 365.9 bn',
          sources: [
            { source: 'cbgc-2025-03' },
            { source: 'mobileworldlive-2025-03', quote: 'Total revenue increased 35 per cent year-on-year to CNY365.9 billion' },
          ],
        },
      ],
    },
  },
  {
    id: 'ev-revenue-2024fy', label: 'EV revenue', value: 32_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'EV-only revenue',
    sources: [
      { source: 'daily8-2025-03', quote: 'reported 32.1 billion yuan in revenue for its EV business in 2024' },
      { source: 'cbgc-2025-03' },
    ],
    status: { kind: 'agreed' },
  },

  // ============================================================
  // Chapter 2: the SU7 launch
  // ============================================================
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

  // ============================================================
  // Chapter 3: the quarterly series (Q2 2024 to Q3 2025)
  // ============================================================
  // ---- Deliveries ----
  {
    id: 'deliveries-2024q2', label: 'Deliveries', value: 27_307, unit: 'cars',
    period: 'Q2 2024', measure: 'EV deliveries',
    sources: [{ source: 'cnevpost-2024-08-21', quote: 'a total of 27,307 units of the Xiaomi SU7 series were delivered' }],
    status: { kind: 'single' },
    note: 'The 2024 quarters add up to 60 cars fewer than the full-year total; see FY2024 deliveries.',
  },
  {
    id: 'deliveries-2024q3', label: 'Deliveries', value: 39_790, unit: 'cars',
    period: 'Q3 2024', measure: 'EV deliveries',
    sources: [
      { source: 'tmtpost-2024-11', quote: 'Deliveries for the third quarter totaled 39,790 vehicles' },
      { source: 'electrive-2025-11-21' },
    ],
    status: { kind: 'agreed' },
    note: 'The 2024 quarters add up to 60 cars fewer than the full-year total; see FY2024 deliveries.',
  },
  {
    id: 'deliveries-2024q4', label: 'Deliveries', value: 69_697, unit: 'cars',
    period: 'Q4 2024', measure: 'EV deliveries',
    sources: [{ source: 'vnnow-2025-08', quote: 'loss of CNY 700 million ... for 69,697 vehicles delivered' }],
    status: { kind: 'single' },
    note: 'Another page gives "nearly 70,000"; FY2024 136,854 minus 67,157 delivered to 30 Sep 2024 also gives 69,697.',
  },
  {
    id: 'deliveries-2025q1', label: 'Deliveries', value: 75_869, unit: 'cars',
    period: 'Q1 2025', measure: 'EV deliveries',
    sources: [
      { source: 'carnewschina-2025-05-28', quote: '75,869 SU7 series vehicles delivered during the quarter' },
      { source: 'reuters-daily8-2025-05-27', quote: 'delivering 75,869 SU7 sedans' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'deliveries-2025q2', label: 'Deliveries', value: 81_302, unit: 'cars',
    period: 'Q2 2025', measure: 'EV deliveries',
    sources: [
      { source: 'hk01-2025-08-19', quote: '交付新車達81,302輛' },
      { source: 'mitrade-2025-08-19' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'deliveries-2025q3', label: 'Deliveries', value: 108_796, unit: 'cars',
    period: 'Q3 2025', measure: 'EV deliveries',
    sources: [
      { source: 'yicai-2025-11-19', quote: 'Xiaomi Auto delivered 108,796 electric vehicles in the third quarter' },
      { source: 'doc-china-entrepreneur', quote: 'In the third quarter of 2025, 108,796 new Xiaomi cars were delivered' },
    ],
    status: { kind: 'agreed' },
  },

  // ---- EV-only revenue ----
  {
    id: 'ev-revenue-2024q2', label: 'EV revenue', value: 6_200_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q2 2024', measure: 'EV-only revenue',
    sources: [
      { source: 'cnevpost-2024-08-21', quote: 'RMB 6.4 billion ... of which RMB 6.2 billion was generated from EVs' },
      { source: 'doc-loses-60000', quote: 'smart electric vehicles had revenue of 6.2 billion yuan' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'ev-revenue-2024q3', label: 'EV revenue', value: 9_500_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2024', measure: 'EV-only revenue',
    sources: [
      { source: 'tmtpost-2024-11', quote: 'RMB9.7 billion, including RMB9.5 billion from EV' },
      { source: 'cjcn-2025-11' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'ev-revenue-2024q4', label: 'EV revenue', value: 16_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q4 2024', measure: 'EV-only revenue',
    sources: [{ source: 'mobileworldlive-2025-03', quote: 'Revenue from its smart EV initiative reached CNY16.3 billion' }],
    status: {
      kind: 'differ',
      note: 'No page quoting Xiaomi gives a clean EV-only figure for Q4 2024. 16.3 bn is worded "smart EV initiative"; the whole segment was 16.66 bn; the full-year EV revenue minus Q2 and Q3 gives about 16.4 bn.',
      alternatives: [
        {
          value: 16_660_000_000, unit: 'RMB',
          note: 'whole segment (EVs plus other new initiatives)',
          sources: [{ source: 'longbridge-2025-03', quote: 'Automotive & innovation business revenue: 16.66 billion yuan' }, { source: 'reportify-2025-03' }],
        },
        {
          value: 16_400_000_000, unit: 'RMB', qualifier: 'about',
          note: 'arithmetic: FY2024 EV revenue 32.1 bn − Q2 6.2 bn − Q3 9.5 bn (rounded inputs)',
          sources: [{ source: 'cbgc-2025-03' }, { source: 'cnevpost-2024-08-21' }, { source: 'tmtpost-2024-11' }],
        },
      ],
    },
  },
  {
    id: 'ev-revenue-2025q1', label: 'EV revenue', value: 18_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q1 2025', measure: 'EV-only revenue',
    sources: [
      { source: 'carnewschina-2025-05-28', quote: 'Electric vehicle sales accounted for 18.1 billion yuan' },
      { source: 'reuters-daily8-2025-05-27', quote: "Xiaomi's EV business generated 18.1 billion yuan in revenue during the first quarter" },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'ev-revenue-2025q2', label: 'EV revenue', value: 20_600_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q2 2025', measure: 'EV-only revenue',
    sources: [
      { source: 'wedoany-2025-08', quote: '21.3 billion yuan in revenue, with smart EVs contributing 20.6 billion yuan' },
      { source: 'hk01-2025-08-19' },
    ],
    status: {
      kind: 'differ',
      note: 'TradingKey (on Mitrade) writes RMB 2.06 billion, a units slip for 20.6 bn.',
      alternatives: [
        {
          value: 2_060_000_000, unit: 'RMB',
          note: 'units error',
          sources: [{ source: 'mitrade-2025-08-19', quote: 'RMB 2.06 billion' }],
        },
      ],
    },
  },
  {
    id: 'ev-revenue-2025q3', label: 'EV revenue', value: 28_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2025', measure: 'EV-only revenue',
    sources: [{ source: 'electrive-2025-11-21', quote: "28.3 billion yuan in revenue in Q3, out of the business unit's total revenue of 29.0 billion yuan" }],
    status: { kind: 'single' },
  },

  // ---- Segment revenue ----
  {
    id: 'segment-revenue-2024q2', label: 'Segment revenue', value: 6_400_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q2 2024', measure: 'segment revenue (smart EV and other new initiatives)',
    sources: [
      { source: 'cnevpost-2024-08-21', quote: 'RMB 6.4 billion ... of which RMB 6.2 billion was generated from EVs' },
      { source: 'doc-loses-60000', quote: 'The revenue of innovative businesses such as smart electric vehicles was 6.4 billion yuan' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'segment-revenue-2024q3', label: 'Segment revenue', value: 9_700_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2024', measure: 'segment revenue (smart EV and other new initiatives)',
    sources: [
      { source: 'tmtpost-2024-11', quote: 'RMB9.7 billion, including RMB9.5 billion from EV' },
      { source: 'cjcn-2025-11' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'segment-revenue-2024q4', label: 'Segment revenue', value: 16_660_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q4 2024', measure: 'segment revenue (smart EV and other new initiatives)',
    sources: [
      { source: 'longbridge-2025-03', quote: 'Automotive & innovation business revenue: 16.66 billion yuan' },
      { source: 'reportify-2025-03' },
    ],
    status: { kind: 'agreed' },
    note: 'Exactly 16.66 bn, printed as 16.7 bn.',
  },
  {
    id: 'segment-revenue-2025q1', label: 'Segment revenue', value: 18_600_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q1 2025', measure: 'segment revenue (smart EV, AI and other new initiatives)',
    sources: [{ source: 'carnewschina-2025-05-28', quote: '18.6 billion yuan ... Electric vehicle sales accounted for 18.1 billion yuan' }],
    status: { kind: 'single' },
  },
  {
    id: 'segment-revenue-2025q2', label: 'Segment revenue', value: 21_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q2 2025', measure: 'segment revenue (smart EV, AI and other new initiatives)',
    sources: [
      { source: 'wedoany-2025-08', quote: '21.3 billion yuan in revenue, with smart EVs contributing 20.6 billion yuan' },
      { source: 'hk01-2025-08-19' },
    ],
    status: { kind: 'agreed' },
    note: 'One summary page writes "RMB 213 billion", a units slip.',
  },
  {
    id: 'segment-revenue-2025q3', label: 'Segment revenue', value: 29_000_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2025', measure: 'segment revenue (smart EV, AI and other new initiatives)',
    sources: [{ source: 'electrive-2025-11-21', quote: "out of the business unit's total revenue of 29.0 billion yuan" }],
    status: { kind: 'single' },
  },

  // ---- Segment gross margin ----
  {
    id: 'gross-margin-2024q2', label: 'Gross margin', value: 15.4, unit: '%', digits: 1,
    period: 'Q2 2024', measure: 'segment gross margin',
    sources: [
      { source: 'cnevpost-2024-08-21', quote: 'with a gross margin of 15.4 percent' },
      { source: 'asiafinancial-2024-08' },
      { source: 'doc-loses-60000', quote: 'with a gross profit margin of 15.4%' },
      { source: 'doc-9200-per-car', quote: 'a higher-than-expected gross profit margin of 15.4%' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'gross-margin-2024q3', label: 'Gross margin', value: 17.1, unit: '%', digits: 1,
    period: 'Q3 2024', measure: 'segment gross margin',
    sources: [
      { source: 'yahoo-2024-11', quote: 'driven by a 17.1% gross profit margin' },
      { source: 'cjcn-2025-11', quote: '由2024年第三季度的17.1%上升' },
    ],
    status: {
      kind: 'differ',
      note: 'TMTPost gives 15.4% ("1.7 points up QoQ"), which is an error: 15.4% was the Q2 figure, and Xiaomi gave 17.1%.',
      alternatives: [
        {
          value: 15.4, unit: '%',
          note: 'error in the TMTPost report',
          sources: [{ source: 'tmtpost-2024-11', quote: '1.7 points up QoQ' }],
        },
      ],
    },
  },
  {
    id: 'gross-margin-2024q4', label: 'Gross margin', value: 20.4, unit: '%', digits: 1,
    period: 'Q4 2024', measure: 'segment gross margin',
    sources: [
      { source: 'reportify-2025-03' },
      { source: 'ctol-2025-03', quote: 'gross margin at 20.4%, exceeding expectations' },
      { source: 'lbkrs-2025-03', quote: 'gross margin of 20.4%, and an adjusted net loss of 700 million' },
      { source: 'doc-champagne', quote: 'in the fourth quarter, the gross margin for this business was 20.4%' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'gross-margin-2025q1', label: 'Gross margin', value: 23.2, unit: '%', digits: 1,
    period: 'Q1 2025', measure: 'segment gross margin',
    sources: [
      { source: 'carnewschina-2025-05-28', quote: 'reported a gross profit margin of 23.2% for the quarter' },
      { source: 'longport-2025-05' },
    ],
    status: { kind: 'agreed' },
    note: 'LongPort gives 23.17%.',
  },
  {
    id: 'gross-margin-2025q2', label: 'Gross margin', value: 26.4, unit: '%', digits: 1,
    period: 'Q2 2025', measure: 'segment gross margin',
    sources: [
      { source: 'wedoany-2025-08', quote: 'The segment reported a 26.4% gross margin' },
      { source: 'hk01-2025-08-19' },
      { source: 'doc-last-battle', quote: "Xiaomi's automotive business achieved a gross margin of 26.4% in Q2" },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'gross-margin-2025q3', label: 'Gross margin', value: 25.5, unit: '%', digits: 1,
    period: 'Q3 2025', measure: 'segment gross margin',
    sources: [
      { source: 'yicai-2025-11-19', quote: 'with a gross profit margin of 25.5 percent' },
      { source: 'doc-china-entrepreneur', quote: 'has achieved a gross margin of 25.5%' },
    ],
    status: {
      kind: 'differ',
      note: 'Chinaz gives 18.7% and a 163.com piece 26.4% (the Q2 figure); both are wrong.',
      alternatives: [
        {
          value: 18.7, unit: '%',
          note: 'wrong; the same page also expects profit only in 2026',
          sources: [{ source: 'chinaz-2025-11', quote: '汽车业务毛利率稳定在18.7%' }],
        },
      ],
    },
  },

  // ---- Segment result ----
  {
    id: 'segment-result-2024q2', label: 'Segment result', value: -1_800_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q2 2024', measure: 'adjusted net loss',
    sources: [
      { source: 'ctol-2024-08', quote: 'net loss of ¥1.8 billion ($240 million) for the quarter' },
      { source: 'doc-loses-60000', quote: 'had an adjusted net loss of 1.8 billion yuan' },
    ],
    status: { kind: 'agreed' },
    note: 'Segment: smart EV and other new initiatives. In US dollars the pages give $240m, $250m or $252m.',
  },
  {
    id: 'segment-result-2024q2-usd', label: 'Segment result in US dollars', value: -252_000_000, unit: 'USD', scale: 'm', digits: 0,
    period: 'Q2 2024', measure: 'adjusted net loss, converted to USD',
    sources: [
      { source: 'helm-2024-08-22', quote: 'perda de US $ 252 milhões' },
      { source: 'doc-9200-per-car', quote: 'a significant loss of $252 million in the second quarter' },
    ],
    status: {
      kind: 'differ',
      note: 'The same RMB 1.8 bn loss converted at different rates or roundings.',
      alternatives: [
        { value: -250_000_000, unit: 'USD', sources: [{ source: 'asiafinancial-2024-08', quote: 'adjusted loss of $250 million' }] },
        { value: -240_000_000, unit: 'USD', sources: [{ source: 'ctol-2024-08', quote: 'net loss of ¥1.8 billion ($240 million) for the quarter' }] },
      ],
    },
  },
  {
    id: 'segment-result-2024q3', label: 'Segment result', value: -1_500_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2024', measure: 'adjusted net loss',
    sources: [
      { source: 'tmtpost-2024-11', quote: 'adjusted net loss of RMB1.5 billion, narrowing 16.7% QoQ' },
      { source: 'autojournal-2024-11' },
    ],
    status: {
      kind: 'differ',
      note: 'Same amount, different measure. The pages report an adjusted net loss; the source document calls it an operating loss and compares it with the 2025 operating losses, so its "1.5 bn to 0.3 bn" line joins two measures. No Q3 2024 segment operating loss was found.',
      alternatives: [
        {
          value: -1_500_000_000, unit: 'RMB',
          note: 'called "operating loss" in the source document',
          sources: [{ source: 'doc-last-battle', quote: 'decreased from 1.5 billion RMB in Q3 2024 to 300 million RMB in Q2 2025' }],
        },
      ],
    },
  },
  {
    id: 'segment-result-2024q4', label: 'Segment result', value: -700_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q4 2024', measure: 'adjusted net loss',
    sources: [
      { source: 'lbkrs-2025-03', quote: 'gross margin of 20.4%, and an adjusted net loss of 700 million' },
      { source: 'reportify-2025-03' },
      { source: 'doc-champagne', quote: 'the adjusted net loss for smart electric vehicles and other innovative businesses was 700 million yuan' },
    ],
    status: {
      kind: 'differ',
      note: 'Reported in March 2025 as an adjusted net loss; the Q1 2025 comparison restates the same 0.7 bn as a segment operating loss, so it appears under both names. CTOL Digital\'s "RMB 7 billion" is a decimal slip.',
      alternatives: [
        {
          value: -700_000_000, unit: 'RMB',
          note: 'as segment operating loss (restated in the Q1 2025 comparison)',
          sources: [{ source: 'reportify-cn-2025-05', quote: '分部经营亏损5亿元,较上季7亿元有所改善' }],
        },
        {
          value: -7_000_000_000, unit: 'RMB',
          note: 'decimal error',
          sources: [{ source: 'ctol-2025-03', quote: 'net loss of RMB 7 billion ($970 million) in Q4' }],
        },
      ],
    },
  },
  {
    id: 'segment-result-2025q1', label: 'Segment result', value: -500_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q1 2025', measure: 'segment operating loss',
    sources: [
      { source: 'carnewschina-2025-05-28', quote: 'with an operating loss of 500 million yuan' },
      { source: 'joinsdaily-2025-05-28' },
      { source: 'reportify-cn-2025-05', quote: '分部经营亏损5亿元' },
    ],
    status: {
      kind: 'differ',
      note: 'Same amount, different name: Xiaomi\'s text and most pages call it a segment operating loss; Reuters calls it an adjusted net loss.',
      alternatives: [
        {
          value: -500_000_000, unit: 'RMB',
          note: 'called "adjusted net loss" by Reuters',
          sources: [{ source: 'reuters-daily8-2025-05-27', quote: 'The adjusted net loss related to its EV and other new initiatives reached 0.5 billion yuan' }],
        },
      ],
    },
  },
  {
    id: 'segment-result-2025q2', label: 'Segment result', value: -300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q2 2025', measure: 'segment operating loss',
    sources: [
      { source: 'wedoany-2025-08', quote: 'operating losses reduced to 300 million yuan' },
      { source: 'hk01-2025-08-19' },
      { source: 'doc-last-battle', quote: 'decreased from 1.5 billion RMB in Q3 2024 to 300 million RMB in Q2 2025' },
    ],
    status: { kind: 'agreed' },
    note: 'One summary page writes "RMB 3 billion", a units slip.',
  },
  {
    id: 'segment-result-2025q3', label: 'Segment result', value: 700_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2025', measure: 'segment operating profit',
    sources: [
      { source: 'yicai-2025-11-19', quote: 'reporting an operating profit of CNY700 million (USD98.5 million)' },
      { source: 'cjcn-2025-11' },
      { source: 'doc-china-entrepreneur', quote: 'with an operating result of 700 million yuan' },
    ],
    status: { kind: 'agreed' },
    note: 'First profitable quarter. The segment includes AI and other new initiatives, so this is not an EV-only result.',
  },

  // ---- Average selling price ----
  {
    id: 'asp-2024q2', label: 'Average selling price', value: 228_644, unit: 'RMB',
    period: 'Q2 2024', measure: 'EV average selling price per car',
    sources: [
      { source: 'hotscup-2024-08', quote: 'average selling price of 228,644 yuan ($32,058) per vehicle' },
      { source: 'hk01-2025-08-19', quote: 'ASP由2024年第二季度的每輛228,644元' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'asp-2024q3', label: 'Average selling price', value: 238_650, unit: 'RMB',
    period: 'Q3 2024', measure: 'EV average selling price per car',
    sources: [
      { source: 'tmtpost-2024-11', quote: '(ASP) of SU7 series was RMB238,650 per unit' },
      { source: 'electrive-2025-11-21', quote: 'from 238,650 yuan per unit to 260,053 yuan' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'asp-2024fy', label: 'Average selling price', value: 234_479, unit: 'RMB',
    period: 'FY2024', measure: 'EV average selling price per car',
    sources: [{ source: 'cbgc-2025-03', quote: 'ASP(平均销售价格)为每辆234,479元' }],
    status: { kind: 'single' },
    note: 'No separate Q4 2024 figure was found; Xiaomi compared Q1 2025 with this full-year figure.',
  },
  {
    id: 'asp-2025q1', label: 'Average selling price', value: 238_301, unit: 'RMB',
    period: 'Q1 2025', measure: 'EV average selling price per car',
    sources: [
      { source: 'infonowcast-2025-05', quote: 'increased slightly to 238,301 yuan per unit' },
      { source: 'reportify-cn-2025-05', quote: 'ASP为每辆23.83万元,较2024年上升1.63%' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'asp-2025q2', label: 'Average selling price', value: 253_662, unit: 'RMB',
    period: 'Q2 2025', measure: 'EV average selling price per car',
    sources: [
      { source: 'hk01-2025-08-19', quote: 'ASP由2024年第二季度的每輛228,644元,上升10.9%至次季每輛253,662元,主要是由於交付ASP較高的Xiaomi SU7 Ultra所致' },
      { source: 'vnnow-2025-08' },
    ],
    status: { kind: 'agreed' },
    note: 'Xiaomi put the rise from Q2 2024 down mainly to deliveries of the dearer SU7 Ultra.',
  },
  {
    id: 'asp-2025q3', label: 'Average selling price', value: 260_053, unit: 'RMB',
    period: 'Q3 2025', measure: 'EV average selling price per car',
    sources: [
      { source: 'electrive-2025-11-21', quote: 'from 238,650 yuan per unit to 260,053 yuan' },
      { source: 'am730-2025-11-19', quote: '智能電動汽車的ASP亦上升9%，至每輛約26萬元，主要由於交付ASP較高的Xiaomi SU7 Ultra及Xiaomi YU7系列所致' },
    ],
    status: { kind: 'agreed' },
    note: 'Xiaomi put the rise down mainly to deliveries of the dearer SU7 Ultra and YU7. A source document rounds it to "around 260,000 yuan".',
  },

  // ---- Loss or profit per car, as the pages give it ----
  {
    id: 'per-car-reported-2024q2', label: 'Loss per car (reported)', value: -60_000, unit: 'RMB', qualifier: 'more-than',
    period: 'Q2 2024', measure: 'loss per car as reported (adjusted net loss ÷ deliveries)',
    sources: [
      { source: 'ctol-2024-08', quote: 'loss of more than ¥60,000 per vehicle' },
      { source: 'doc-loses-60000', quote: "Xiaomi Auto's loss per vehicle exceeds 60,000 yuan" },
    ],
    status: {
      kind: 'differ',
      note: 'Pages give "more than RMB 60,000" (USD 8,400) or USD 9,200 per car; the two dollar figures divide different dollar totals for the same loss (USD 240 m and USD 252 m). One source document says RMB 66,000, which no web page gives; RMB 1.8 bn ÷ 27,307 cars is about RMB 65,900 (derived).',
      alternatives: [
        {
          value: -9_200, unit: 'USD',
          sources: [
            { source: 'helm-2024-08-22', quote: 'perda média de US $ 9.200 para cada carro' },
            { source: 'doc-9200-per-car', quote: "it's losing $9,200 per car with its electric vehicles" },
          ],
        },
        {
          value: -8_400, unit: 'USD',
          note: 'CTOL Digital\'s dollar conversion of the RMB 60,000',
          sources: [{ source: 'ctol-2024-08' }],
        },
        {
          value: -66_000, unit: 'RMB',
          note: 'source document only; matches the derived 65,900 rounded',
          sources: [{ source: 'doc-champagne', quote: 'the 66,000 yuan loss in the second quarter' }],
        },
      ],
    },
  },
  {
    id: 'per-car-reported-2024q4', label: 'Loss per car (reported)', value: -10_043, unit: 'RMB', qualifier: 'about',
    period: 'Q4 2024', measure: 'loss per car as reported (adjusted net loss ÷ deliveries)',
    sources: [{ source: 'vnnow-2025-08', quote: 'or about CNY 10,043 (USD 1,376) per vehicle' }],
    status: { kind: 'single' },
    note: 'A source document rounds it to "about 10,000 yuan". No page gives a Q3 2024 figure.',
  },
  {
    id: 'per-car-reported-2025q1', label: 'Loss per car (reported)', value: -6_500, unit: 'RMB', qualifier: 'about',
    period: 'Q1 2025', measure: 'loss per car as reported (segment operating loss ÷ deliveries)',
    sources: [{ source: 'carnewschina-2025-05-28', quote: 'average loss of 6,500 yuan (903 USD) per vehicle' }],
    status: {
      kind: 'differ',
      note: 'Rounding: 0.5 bn ÷ 75,869 cars is about 6,590; pages round to 6,500 or 6,600.',
      alternatives: [{ value: -6_600, unit: 'RMB', qualifier: 'about', sources: [{ source: 'vnnow-2025-08' }] }],
    },
  },
  {
    id: 'per-car-reported-2025q2', label: 'Loss per car (reported)', value: -3_700, unit: 'RMB', qualifier: 'about',
    period: 'Q2 2025', measure: 'loss per car as reported (segment operating loss ÷ deliveries)',
    sources: [{ source: 'vnnow-2025-08', quote: 'average operating loss of approximately CNY 3,700 (USD 507) per vehicle' }],
    status: { kind: 'single' },
  },
  {
    id: 'per-car-reported-2025q3', label: 'Profit per car (reported)', value: 6_434, unit: 'RMB',
    period: 'Q3 2025', measure: 'profit per car as reported (segment operating profit ÷ deliveries)',
    sources: [{ source: 'reportify-2025-11', quote: 'averaging a net profit of 6,434 yuan per vehicle sold' }],
    status: { kind: 'single' },
    note: 'The page calls it net profit; it equals the segment operating profit of RMB 0.7 bn ÷ 108,796 cars.',
  },
  {
    id: 'per-car-reported-2024fy', label: 'Loss per car (reported)', value: -45_300, unit: 'RMB', qualifier: 'about',
    period: 'FY2024', measure: 'loss per car as reported (adjusted net loss ÷ deliveries)',
    sources: [{ source: 'cbgc-2025-03', quote: '平均每卖一台车亏损4.53万元' }],
    status: { kind: 'single' },
  },

  // ---- Loss or profit per car, derived ----
  {
    id: 'per-car-derived-2024q2', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'Q2 2024', measure: 'segment result ÷ deliveries (adjusted net loss)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2024q2', 'deliveries-2024q2'], text: 'segment result ÷ deliveries' } },
    note: 'Includes the costs of the whole segment, not only the cars.',
  },
  {
    id: 'per-car-derived-2024q3', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'Q3 2024', measure: 'segment result ÷ deliveries (adjusted net loss)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2024q3', 'deliveries-2024q3'], text: 'segment result ÷ deliveries' } },
    note: 'No page gives a per-car figure for this quarter.',
  },
  {
    id: 'per-car-derived-2024q4', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'Q4 2024', measure: 'segment result ÷ deliveries (adjusted net loss)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2024q4', 'deliveries-2024q4'], text: 'segment result ÷ deliveries' } },
  },
  {
    id: 'per-car-derived-2025q1', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'Q1 2025', measure: 'segment result ÷ deliveries (segment operating loss)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2025q1', 'deliveries-2025q1'], text: 'segment result ÷ deliveries' } },
    note: 'From 2025 the segment includes AI, and the measure is the operating result, not the adjusted net result.',
  },
  {
    id: 'per-car-derived-2025q2', label: 'Loss per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'Q2 2025', measure: 'segment result ÷ deliveries (segment operating loss)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2025q2', 'deliveries-2025q2'], text: 'segment result ÷ deliveries' } },
  },
  {
    id: 'per-car-derived-2025q3', label: 'Profit per car (derived)', unit: 'RMB', roundTo: 100, qualifier: 'about',
    period: 'Q3 2025', measure: 'segment result ÷ deliveries (segment operating profit)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'divide', inputs: ['segment-result-2025q3', 'deliveries-2025q3'], text: 'segment result ÷ deliveries' } },
  },

  // ---- Full year 2024 ----
  {
    id: 'cumulative-deliveries-2024-09-30', label: 'Cumulative deliveries', value: 67_157, unit: 'cars',
    period: 'to 30 Sep 2024', measure: 'cumulative EV deliveries',
    sources: [{ source: 'yahoo-2024-11', quote: 'bringing total deliveries to 67,157 by September 30, 2024' }],
    status: { kind: 'single' },
    note: 'Q2 plus Q3 as published is 67,097, 60 fewer.',
  },
  {
    id: 'deliveries-2024fy', label: 'Deliveries', value: 136_854, unit: 'cars',
    period: 'FY2024', measure: 'EV deliveries',
    sources: [
      { source: 'cbgc-2025-03', quote: '共交付了136,854辆小米SU7系列汽车' },
      { source: 'doc-champagne', quote: 'the automotive business delivered 136,800 vehicles throughout the year' },
    ],
    status: {
      kind: 'differ',
      note: 'The published quarters (27,307 + 39,790 + 69,697) add up to 136,794, 60 fewer. The total to 30 Sep 2024 (67,157) is also 60 more than Q2 + Q3, and 136,854 − 67,157 = 69,697 matches Q4, so the gap sits in the Q2/Q3 quarterly figures.',
      alternatives: [
        {
          value: 136_794, unit: 'cars',
          note: 'sum of the published quarterly figures',
          sources: [{ source: 'cnevpost-2024-08-21' }, { source: 'tmtpost-2024-11' }, { source: 'vnnow-2025-08' }],
        },
      ],
    },
  },
  {
    id: 'gross-margin-2024fy', label: 'Gross margin', value: 18.5, unit: '%', digits: 1,
    period: 'FY2024', measure: 'segment gross margin',
    sources: [{ source: 'cbgc-2025-03', quote: '创新业务分部毛利率为18.5%' }],
    status: { kind: 'single' },
  },
  {
    id: 'segment-result-2024fy', label: 'Segment result', value: -6_200_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'FY2024', measure: 'adjusted net loss',
    sources: [
      { source: 'cbgc-2025-03', quote: '经调整净亏损人民币62亿元' },
      { source: 'doc-champagne', quote: 'the adjusted net loss for this business last year was 6.2 billion yuan' },
    ],
    status: { kind: 'agreed' },
  },

  // ============================================================
  // Chapter 4: first profit (Q3 2025)
  // ============================================================
  {
    id: 'group-revenue-2025q3', label: 'Group revenue', value: 113_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2025', measure: 'Xiaomi group revenue',
    sources: [
      { source: 'yicai-2025-11-19', quote: 'revenue rose 22 percent to CNY113.1 billion' },
      { source: 'doc-china-entrepreneur', quote: 'Xiaomi achieved a revenue of 113.1 billion yuan' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'group-revenue-growth-2025q3', label: 'Group revenue growth', value: 22.3, unit: '%', digits: 1,
    period: 'Q3 2025', measure: 'group revenue growth, year on year',
    sources: [
      { source: 'doc-china-entrepreneur', quote: 'representing a year - on - year increase of 22.3%' },
      { source: 'yicai-2025-11-19', quote: 'revenue rose 22 percent to CNY113.1 billion' },
    ],
    status: {
      kind: 'differ',
      note: 'EconoTimes writes "grew 2.3%", a typo for 22.3%.',
      alternatives: [{ value: 2.3, unit: '%', note: 'typo', sources: [{ source: 'econotimes-2025-11', quote: 'grew 2.3%' }] }],
    },
  },
  {
    id: 'group-adjusted-net-profit-2025q3', label: 'Group adjusted net profit', value: 11_300_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q3 2025', measure: 'Xiaomi group adjusted net profit (all businesses)',
    sources: [
      { source: 'cjcn-2025-11', quote: '本季度,集团经调整净利润为人民币113亿元,创历史新高,同比增长80.9%' },
      { source: 'doc-china-entrepreneur', quote: 'The adjusted net profit was 11.3 billion yuan, a record high' },
    ],
    status: { kind: 'agreed' },
    note: 'A record for the group. It covers every business, phones and appliances included, so it is not the car segment\'s result.',
  },
  {
    id: 'months-to-profit-xiaomi', label: 'Months from SU7 launch to profit', value: 19, unit: 'months', qualifier: 'about',
    period: 'Mar 2024 to Q3 2025', measure: 'months from SU7 launch to first segment operating profit',
    sources: [{ source: 'electrive-2025-11-21', quote: 'reached profitability approximately 19 months after the launch' }],
    status: { kind: 'single' },
  },
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
  {
    id: 'car-500000th-date', label: '500,000th car', value: '2025-11-20', unit: 'date',
    period: '20 Nov 2025', measure: 'date the 500,000th car rolled off the line',
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

  // ---- Peers: years from founding to first profitable quarter ----
  {
    id: 'years-to-profit-tesla', label: 'Tesla', value: 10, unit: 'years', digits: 0, qualifier: 'about',
    period: '2003 to Q1 2013', measure: 'net income',
    sources: [
      { source: 'hispanicbusiness-2013-05-08', quote: 'first quarterly profit in its ten-year history' },
      { source: 'businesswire-2009-08-07', quote: 'approximately $1 million of earnings on revenue of $20 million' },
    ],
    status: { kind: 'single' },
    note: 'Founded 2003; first quarterly net profit in Q1 2013 (USD 11.25m). As a private company it had a first profitable month in July 2009 (about USD 1m).',
  },
  {
    id: 'years-to-profit-li-auto', label: 'Li Auto', value: 5, unit: 'years', digits: 0, qualifier: 'about',
    period: '2015 to Q4 2020', measure: 'net income',
    sources: [
      { source: 'stocktitan-2021-03', quote: 'Net income was RMB107.5 million, reversing a Q3 loss' },
      { source: 'sec-li-auto-2021' },
    ],
    status: { kind: 'single' },
    note: 'Founded 2015; first quarterly net income in Q4 2020 (RMB 107.5m), about a year after Li ONE deliveries began, though FY2020 was still a net loss. A source document says Li Auto took "more than seven years", which depends on the measure.',
  },
  {
    id: 'years-to-profit-leapmotor', label: 'Leapmotor', value: 9, unit: 'years', digits: 0, qualifier: 'about',
    period: '2015 to Q4 2024', measure: 'net profit',
    sources: [
      { source: '36kr-2025-leapmotor', quote: 'After turning a profit in the fourth quarter of last year' },
      { source: '36kr-2025-12-30', quote: 'On December 24th, Leapmotor celebrated its tenth anniversary' },
      { source: 'reportify-2025-08-leapmotor' },
    ],
    status: { kind: 'single' },
    note: 'Founded Dec 2015; first quarterly net profit in Q4 2024, first half-year profit in H1 2025 (RMB 0.03 bn attributable, 0.33 bn adjusted).',
  },
  {
    id: 'years-to-profit-nio', label: 'NIO', value: 11, unit: 'years', digits: 0, qualifier: 'about',
    period: 'Nov 2014 to Q4 2025', measure: 'adjusted operating profit (non-GAAP)',
    sources: [
      { source: 'globenewswire-2026-03-10', quote: 'Quarterly Adjusted Profit From Operations (non-GAAP) Reached RMB1,251.3 Million' },
      { source: 'asiaict-2026-03', quote: 'first quarterly profit in 11 years' },
      { source: 'finanznachrichten-2026-02' },
    ],
    status: { kind: 'single' },
    note: 'Founded Nov 2014; first quarterly profit in Q4 2025 (adjusted operating profit RMB 1,251.3m, above the RMB 700m to 1.2bn of its profit alert).',
  },
  {
    id: 'years-to-profit-xpeng', label: 'XPeng', value: 11, unit: 'years', digits: 0, qualifier: 'about',
    period: '2014 to Q4 2025', measure: 'net profit',
    sources: [
      { source: 'laoyaoba-2026-03', quote: '2025年第四季度更是实现3.8亿元净利润' },
      { source: 'ft-xpeng-2026-05-28' },
    ],
    status: { kind: 'single' },
    note: 'Founded 2014; net profit of RMB 0.38 bn in Q4 2025, then a net loss of RMB 1.78 bn in Q1 2026. A source document dates its first profit to Q3 2025, which was a loss of the same size.',
  },
  {
    id: 'years-to-profit-xiaomi', label: 'Xiaomi', value: 4.5, unit: 'years', digits: 1, qualifier: 'about',
    period: '30 Mar 2021 to Q3 2025', measure: 'segment operating profit (includes AI)',
    sources: [
      { source: 'electrive-2025-11-21', quote: 'reached profitability approximately 19 months after the launch' },
      { source: 'cna-2021-03-30', quote: 'initially invest 10 billion yuan' },
    ],
    status: { kind: 'single' },
    note: 'Counted from the EV business announcement (30 Mar 2021) to Q3 2025 (RMB 0.7 bn); about 19 months from the SU7 launch.',
  },

  // ---- Like for like: months from first deliveries to the first profitable quarter ----
  {
    id: 'li-auto-first-deliveries', label: 'First Li ONE deliveries', value: '2019-12', unit: 'date',
    period: 'Dec 2019', measure: 'month Li Auto began delivering its first car, the Li ONE',
    sources: [
      { source: 'aristoday-2020-10', quote: 'delivered more than 20,000 Li ONE SUVs in the past ten months' },
      { source: 'benzinga-2022-02-01', quote: 'Li One is the company\'s first model and it went on sale in November 2019' },
    ],
    status: { kind: 'agreed' },
    note: 'On sale from November 2019; ten months of deliveries counted back from 18 October 2020 put the first deliveries in December 2019.',
  },
  {
    id: 'months-deliveries-to-profit-li-auto', label: 'Li Auto: months from first deliveries to profit', value: 12, unit: 'months', qualifier: 'about',
    period: 'Dec 2019 to Q4 2020', measure: 'months from the first deliveries to the end of the first quarter with net income (our count)',
    sources: [
      { source: 'aristoday-2020-10', quote: 'delivered more than 20,000 Li ONE SUVs in the past ten months' },
      { source: 'stocktitan-2021-03', quote: 'Net income was RMB107.5 million, reversing a Q3 loss' },
    ],
    status: { kind: 'agreed' },
    note: 'Counted by us from the two dates: first Li ONE deliveries in December 2019, first quarterly net income in Q4 2020 (to 31 December 2020).',
  },
  {
    id: 'months-deliveries-to-profit-xiaomi', label: 'Xiaomi: months from first deliveries to profit', value: 18, unit: 'months', qualifier: 'about',
    period: 'Apr 2024 to Q3 2025', measure: 'months from the first deliveries to the end of the first quarter with a segment operating profit (our count)',
    sources: [
      { source: 'hotscup-2024-04', quote: 'commenced deliveries of its limited batch of 5,000 vehicles on April 3' },
      { source: 'yicai-2025-11-19', quote: 'reporting an operating profit of CNY700 million' },
    ],
    status: { kind: 'agreed' },
    note: 'Counted by us from the two dates: first SU7 deliveries on 3 April 2024, first segment operating profit in Q3 2025 (to 30 September 2025). The measures differ: net income for Li Auto, a segment operating profit (segment includes AI) for Xiaomi.',
  },

  // ============================================================
  // Chapter 5: headwinds
  // ============================================================
  {
    id: 'share-price-peak', label: 'Share price peak', value: 61.45, unit: 'HKD', digits: 2,
    period: '27 Jun 2025', measure: 'record intraday share price (Hong Kong)',
    sources: [
      { source: 'cerus-2025-06', quote: 'surged 8 % at one point—hitting a record HK$61.45' },
      { source: 'doc-china-entrepreneur', quote: 'Compared with the peak of HK$61.45 on June 27' },
    ],
    status: { kind: 'agreed' },
    note: 'An intraday high the day after the YU7 launch, not a closing price.',
  },
  {
    id: 'share-price-2025-11-19', label: 'Share price after Q3 results', value: 38.86, unit: 'HKD', digits: 2,
    period: '19 Nov 2025', measure: 'closing share price (Hong Kong)',
    sources: [{ source: 'yicai-2025-11-19', quote: 'closed down 4.7 percent at HKD38.86' }],
    status: {
      kind: 'differ',
      note: 'Yicai gives the close as HK$38.86 and EconoTimes HK$38.88; the source document\'s HK$39.14 was an intraday price at the time of writing.',
      alternatives: [
        { value: 38.88, unit: 'HKD', sources: [{ source: 'econotimes-2025-11' }] },
        {
          value: 39.14, unit: 'HKD',
          note: 'intraday, down 4.02% at the time of writing',
          sources: [{ source: 'doc-china-entrepreneur', quote: 'had fallen by 4.02% and was at HK$39.14' }],
        },
      ],
    },
  },
  {
    id: 'share-price-fall-from-peak', label: 'Fall from the peak', value: 30, unit: '%', digits: 0, qualifier: 'more-than',
    period: '27 Jun to 19 Nov 2025', measure: 'share price fall from the June 2025 peak',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'Compared with the peak of HK$61.45 on June 27, the stock price has already fallen by more than 30%' }],
    status: { kind: 'single' },
    note: 'From HK$61.45 to the HK$38.86 close is a fall of about 37%.',
  },
  {
    id: 'purchase-tax-change-date', label: 'Purchase-tax exemption halved', value: '2026-01-01', unit: 'date',
    period: '1 Jan 2026', measure: 'date the NEV purchase-tax exemption became a 50% reduction',
    sources: [{ source: 'steelorbis-2025-12-29', quote: 'Starting from January 1, 2026, the purchase of new energy vehicles will change from full exemption of purchase tax to a 50 percent reduction' }],
    status: { kind: 'single' },
    note: 'The reduction runs to 31 Dec 2027.',
  },
  {
    id: 'purchase-tax-cap-2026', label: 'Purchase-tax reduction cap', value: 15_000, unit: 'RMB', qualifier: 'at-most',
    period: '2026–2027', measure: 'maximum purchase-tax reduction per car',
    sources: [
      { source: 'steelorbis-2025-12-29', quote: 'maximum tax reduction of RMB 15,000 ($2,134) per vehicle' },
      { source: 'doc-china-entrepreneur', quote: 'with a maximum amount of 15,000 yuan per vehicle' },
    ],
    status: { kind: 'agreed' },
    note: 'Until 2025 the exemption was full, capped at RMB 30,000.',
  },
  {
    id: 'delivery-target-2025-initial', label: 'Original 2025 delivery target', value: 300_000, unit: 'cars',
    period: '2025', measure: 'delivery target before March 2025',
    sources: [{ source: 'business-standard-2025-03-18', quote: 'raised its target for electric vehicle deliveries this year to 350,000 from 300,000' }],
    status: { kind: 'single' },
  },
  {
    id: 'delivery-target-2025', label: '2025 delivery target', value: 350_000, unit: 'cars',
    period: '2025 (set 18 Mar 2025)', measure: 'delivery target',
    sources: [
      { source: 'business-standard-2025-03-18', quote: 'raised its target for electric vehicle deliveries this year to 350,000 from 300,000' },
      { source: 'doc-china-entrepreneur', quote: 'We are expected to reach the annual target of 350,000 delivered vehicles this week' },
    ],
    status: { kind: 'agreed' },
    note: 'Raised from 300,000 in March 2025. One page wrongly calls 350,000 a 2026 target.',
  },
  {
    id: 'delivery-target-2025-raised', label: '2025 goal after Q3 (media reports)', value: 400_000, unit: 'cars', qualifier: 'more-than',
    period: '2025 (Nov 2025)', measure: 'expected deliveries for 2025, as media reported it',
    sources: [{ source: 'capitalcircuit-2025-11', quote: 'expects to deliver more than 400,000 cars in 2025 (up from a prior 350,000 target)' }],
    status: {
      kind: 'differ',
      note: 'The higher goal comes from media reports, not from Xiaomi: after the Q3 results Lu Weibing still called 350,000 the annual target.',
      alternatives: [
        { value: 350_000, unit: 'cars', note: 'Xiaomi\'s own words, Nov 2025', sources: [{ source: 'doc-china-entrepreneur', quote: 'We are expected to reach the annual target of 350,000 delivered vehicles this week' }] },
      ],
    },
    note: 'Other media reported the goal as "raised to 400,000"; no Xiaomi statement of it was found.',
  },
  {
    id: 'deliveries-2025-9m', label: 'Deliveries, first nine months', value: 265_967, unit: 'cars',
    period: 'Q1–Q3 2025', measure: 'cumulative EV deliveries',
    sources: [{ source: 'chinaz-2025-11', quote: '前三季度,小米汽车累计交付量达265,967辆' }],
    status: { kind: 'single' },
    note: 'Equals the three quarterly figures added up. The same page gives a wrong margin.',
  },
  {
    id: 'deliveries-2025fy', label: 'Deliveries', value: 411_625, unit: 'cars',
    period: 'FY2025', measure: 'EV deliveries',
    sources: [{ source: 'cnyes-2026-01', quote: '全年累計交付量達 41 萬 1625 輛' }],
    status: {
      kind: 'differ',
      note: 'The exact figure comes from a blogger cited by cnyes; Lei Jun said "more than 410,000". No official exact figure was found.',
      alternatives: [
        { value: 410_000, unit: 'cars', qualifier: 'more-than', sources: [{ source: 'electrive-2026-01-05', quote: 'more than 410,000 units delivered in 2025' }] },
      ],
    },
  },
  {
    id: 'deliveries-2025q4-derived', label: 'Deliveries (derived)', unit: 'cars', qualifier: 'about',
    period: 'Q4 2025', measure: 'EV deliveries (FY2025 minus first nine months)',
    sources: [],
    status: { kind: 'derived', formula: { op: 'subtract', inputs: ['deliveries-2025fy', 'deliveries-2025-9m'], text: 'FY2025 deliveries − deliveries in Q1–Q3 2025' } },
    note: 'No page gives a Q4 2025 figure; the full-year input is a blogger\'s count.',
  },
  {
    id: 'deliveries-2026q1', label: 'Deliveries', value: 80_000, unit: 'cars', qualifier: 'more-than',
    period: 'Q1 2026', measure: 'EV deliveries',
    sources: [{ source: 'progressiverobot-2026-05', quote: 'delivered more than eighty thousand units during the first quarter of twenty twenty six' }],
    status: { kind: 'single' },
    note: 'A single, weaker source (a blog summary).',
  },
  {
    id: 'delivery-target-2026', label: '2026 delivery target', value: 550_000, unit: 'cars',
    period: '2026', measure: 'delivery target',
    sources: [{ source: 'electrive-2026-01-05', quote: 'Xiaomi aims to deliver 550,000 vehicles this year' }],
    status: { kind: 'single' },
  },
  {
    id: 'segment-result-2026q1', label: 'Segment result', value: -3_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q1 2026', measure: 'segment result (innovative business segment)',
    sources: [{ source: 'chinadailybrief-2026-05', quote: 'pushing the innovative business segment back into a 3.1 billion RMB deficit' }],
    status: { kind: 'single' },
    note: 'A single, weaker source that does not say which measure it uses; the same page says deliveries fell more than 44% from Q4 2025.',
  },
  {
    id: 'group-revenue-2026q1', label: 'Group revenue', value: 99_100_000_000, unit: 'RMB', scale: 'bn', digits: 1,
    period: 'Q1 2026', measure: 'Xiaomi group revenue',
    sources: [{ source: 'progressiverobot-2026-05', quote: 'total corporate revenue of ninety nine point one billion renminbi' }],
    status: { kind: 'single' },
    note: 'A single, weaker source (a blog summary).',
  },

  // ============================================================
  // Chapter 6: Europe 2027
  // ============================================================
  {
    id: 'europe-earlier-target-reported', label: 'Earlier Europe timeline (2030) reported', value: '2024-07', unit: 'date',
    period: 'Jul 2024', measure: 'date an earlier target of entering Europe by 2030 was reported',
    sources: [
      { source: 'diarioguardiao-2024-07', quote: 'entrar no mercado automóvel europeu até 2030' },
      { source: 'electrive-2024-07-29', quote: 'no immediate plans to sell cars overseas' },
    ],
    status: { kind: 'agreed' },
    note: 'Superseded by the 2027 plan.',
  },
  {
    id: 'overseas-2027-mwc', label: '2027 first named (MWC)', value: '2025-03', unit: 'date',
    period: 'Mar 2025', measure: 'date Xiaomi named 2027 for selling cars outside China, Europe probably first',
    sources: [{ source: 'autocar-news-2025-03', quote: 'will appear outside China in 2027 ... The first region of sales can be Europe' }],
    status: { kind: 'single' },
  },
  {
    id: 'overseas-2027-results-call', label: '2027 stated on the results call', value: '2025-03-18', unit: 'date',
    period: '18 Mar 2025', measure: 'date Lu Weibing said cars would ship overseas from 2027 (Q4 2024 results call)',
    sources: [{ source: 'business-standard-2025-03-18', quote: 'Lu said the company aimed to start shipping cars overseas in 2027' }],
    status: { kind: 'single' },
  },
  {
    id: 'overseas-2027-lei-jun', label: 'Lei Jun: overseas only from 2027', value: '2025-07-02', unit: 'date',
    period: '2 Jul 2025', measure: 'date Lei Jun said overseas sales would come only from 2027, domestic demand first',
    sources: [
      { source: 'theindependent-2025-07', quote: 'will only consider selling its electric vehicles ... outside China from 2027' },
      { source: 'shiftdelete-2025-07' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'europe-test-car-registered', label: 'First Europe-registered test car', value: '2025-07-05', unit: 'date',
    period: '5 Jul 2025', measure: 'date of the first Xiaomi test car registered in Europe (SU7 Ultra, German plates)',
    sources: [
      { source: 'vnnow-2025-08', quote: "Xiaomi's first test vehicle registered in Europe" },
      { source: 'shiftdelete-2025-07' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'europe-2027-q2-call', label: 'Europe first, by 2027 (Q2 results)', value: '2025-08', unit: 'date',
    period: 'Aug 2025', measure: 'date Xiaomi said Europe would be its first market, by 2027 (Q2 2025 results)',
    sources: [{ source: 'autospies-2025-08', quote: 'first plans to enter the European market by 2027' }],
    status: { kind: 'single' },
  },
  {
    id: 'munich-rd-centre', label: 'Munich R&D centre', value: '2025-09', unit: 'date',
    period: 'Sep 2025', measure: 'opening of the EV R&D and design centre in Munich (first outside China)',
    sources: [
      { source: 'benzinga-2025-09', quote: "prepares for 'its entry to the European Market in 2027'" },
      { source: 'autoexpress-2025-09' },
    ],
    status: { kind: 'agreed' },
    note: 'Reported on 25–26 Sep 2025.',
  },
  {
    id: 'europe-2027-q3-results', label: 'Europe 2027 reaffirmed', value: '2025-11-18', unit: 'date',
    period: '18 Nov 2025', measure: 'date the 2027 Europe plan was reaffirmed (Q3 2025 results)',
    sources: [
      { source: 'businesstimes-2025-11-18', quote: 'The company aims to start selling EVs in Europe in 2027.' },
      { source: 'doc-china-entrepreneur', quote: 'Lei Jun has clearly stated that 2027 will be the time for Xiaomi cars to go overseas' },
    ],
    status: { kind: 'agreed' },
  },
  {
    id: 'german-brands-share-germany', label: 'German brands\' share in Germany', value: 50, unit: '%', digits: 0, qualifier: 'more-than',
    period: '2025', measure: 'market share of German car brands in Germany (as quoted by Lu Weibing)',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'The market share of German automobile brands is more than 50%' }],
    status: { kind: 'single' },
    note: 'Quoted by Lu Weibing in the source document; not checked further.',
  },
  {
    id: 'toyota-share-germany', label: 'Toyota\'s share in Germany', value: 3, unit: '%', digits: 0,
    period: '2025', measure: 'Toyota market share in Germany (as quoted by Lu Weibing)',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'Even Toyota, such a strong brand, only has a 3% market share in Germany' }],
    status: { kind: 'single' },
    note: 'Quoted by Lu Weibing in the source document; not checked further.',
  },
  {
    id: 'lu-weibing-germany-km', label: 'Km Lu Weibing drove on German highways', value: 800, unit: 'count', qualifier: 'nearly',
    period: 'Nov 2025', measure: 'kilometres driven in an SU7 and SU7 Ultra on German highways',
    sources: [{ source: 'doc-china-entrepreneur', quote: 'he has driven the SU7 and the SU7 Ultra on German highways for nearly 800 kilometers himself' }],
    status: { kind: 'single' },
    note: 'The unit is kilometres ("nearly 800").',
  },
];
