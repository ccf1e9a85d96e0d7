import type { Source } from '@/lib/registry/schema';

/**
 * Every page and document the fact registry cites. Web pages come from the project's research fact sheet.
 * Dates are publication dates as far as known; where only the month (or less) is known the month is given,
 * and a few month values are inferred from the page's content (see the comment beside them).
 */
export const sources: Source[] = [
  // ---- The five source documents the story was commissioned from: no public URL ----
  { id: 'doc-last-battle', publisher: 'Chinese business commentary (summary)', title: '小米雷军:孤注一掷的"最后一战"? (Xiaomi\'s Lei Jun: an all-or-nothing "last battle"?)', date: '2025-09', language: 'zh', kind: 'document' },
  { id: 'doc-china-entrepreneur', publisher: 'China Entrepreneur (中国企业家杂志)', title: 'Lei Jun ist nicht mehr so sanftmütig, und es bleiben noch zwei harte Kämpfe zu bestehen', date: '2025-11-19', language: 'de', kind: 'document' },
  { id: 'doc-loses-60000', publisher: 'Chinese tech news (English translation)', title: "Lei Jun responds to 'Xiaomi loses more than 60,000 yuan when selling a car'", date: '2024-08-21', kind: 'document' },
  { id: 'doc-champagne', publisher: 'Chinese business magazine (author Wang Xiaojun)', title: "Lei Jun still can't pop the champagne", date: '2025-03', kind: 'document' },
  { id: 'doc-9200-per-car', publisher: 'English-language tech news', title: "China's popular new electric vehicle producer reports a loss of $9,200 per $30,000 smart car sold", date: '2024-08-22', kind: 'document' },

  // ---- 2021 plan, early decisions ----
  { id: 'cna-2021-03-30', publisher: 'CNA', title: 'Xiaomi announces smart EV business, to invest US$10 billion over ten years', url: 'https://www.channelnewsasia.com/news/business/xiaomi-announces-smart-ev-business--to-invest-us-10-billion-over-ten-years-14524220', date: '2021-03-30', kind: 'web' },
  { id: 'evertiq-2021-03', publisher: 'Evertiq', title: 'Xiaomi enters the smart electric vehicle business', url: 'https://evertiq.com/news/49822', date: '2021-03', kind: 'web' },
  { id: 'pingwest-2021-08', publisher: 'PingWest', title: 'Xiaomi acquires autonomous driving company DeepMotion', url: 'https://en.pingwest.com/w/10620', date: '2021-08', kind: 'web' },
  { id: 'digitimes-2022-08-12', publisher: 'DigiTimes', title: 'Xiaomi to invest RMB 3.3 billion in autonomous driving R&D', url: 'https://www.digitimes.com/news/a20220812VL203/av-xiaomi.html', date: '2022-08-12', kind: 'web' },
  { id: 'autotech-2022-08', publisher: 'AutoTech News', title: 'Xiaomi aims to be among top players in autonomous driving', url: 'https://autotech.news/xiaomi-aims-to-be-among-top-players-in-autonomous-driving/', date: '2022-08', kind: 'web' },

  // ---- Europe: single secondary reports ----
  { id: 'gaya-2025', publisher: 'Gaya One', title: 'Xiaomi recruits former BMW executives for its Munich centre', url: 'https://gaya.one/en/technologies/cars/1f0088b9-5aec-63d6-a631-69f9989c8642', date: '2025', kind: 'web' },
  { id: 'autogear-2026-01', publisher: 'Autogear', title: 'Xiaomi hat im Jahr 2025 mehr als 400.000 Autos verkauft', url: 'https://autogear.pt/de/xiaomi-hat-im-jahr-2025-mehr-als-400-000-autos-verkauft', date: '2026-01', language: 'de', kind: 'web' },

  // ---- Factory ----
  { id: 'evmagz-2024-07', publisher: 'EVMagz', title: 'Xiaomi expands EV manufacturing with second phase of Beijing factory', url: 'https://evmagz.com/xiaomi-expands-ev-manufacturing-with-second-phase-of-beijing-factory', date: '2024-07', kind: 'web' },
  { id: 'cnevpost-2025-06-20', publisher: 'CnEVPost', title: 'Xiaomi secures new land for its Beijing EV project', url: 'https://cnevpost.com/2025/06/20/xiaomi-new-land-beijing-ev-project/', date: '2025-06-20', kind: 'web' },
  { id: 'nnzcw-2025-02', publisher: 'nnzcw.cn (low-quality site)', title: 'Xiaomi SU7 Ultra goes on sale (Chinese)', url: 'http://nnzcw.cn/post/63960.html', date: '2025-02', language: 'zh', kind: 'web' }, // month inferred: reports the 27 Feb 2025 launch

  // ---- SU7 launch ----
  { id: 'suaramerdeka-2024-03', publisher: 'Suara Merdeka', title: 'Xiaomi to start selling its first electric car, the SU7, in March', url: 'https://suaramerdeka.biz/?p=6929', date: '2024-03', language: 'id', kind: 'web' },
  { id: 'teslarati-2024-03', publisher: 'Teslarati', title: 'Xiaomi receives 88,898 SU7 orders in 24 hours', url: 'https://www.teslarati.com/xiaomi-receives-88898-su7-orders-24-hours/', date: '2024-03', kind: 'web' },
  { id: 'szdaily-2024-03-29', publisher: 'Shenzhen Daily', title: 'Xiaomi SU7 draws 50,000 orders in 27 minutes', url: 'http://www.szdaily.com/content/2024-03/29/content_30834304.htm', date: '2024-03-29', kind: 'web' },
  { id: 'hotscup-2024-04', publisher: 'Hotscup', title: "Xiaomi's SU7 electric sedan surges in popularity, garnering 70,000 orders", url: 'https://hotscup.com/xiaomis-su7-electric-sedan-surges-in-popularity-garnering-70000-orders', date: '2024-04', kind: 'web' },
  { id: 'infralog-2024-04', publisher: 'Infralog', title: "Xiaomi CEO hails over 75,000 lock-in orders for SU7, says 'I couldn't be prouder'", url: 'https://www.infralog.in/xiaomi-ceo-hails-over-75000-lock-in-orders-for-su7-says-i-couldnt-be-prouder/', date: '2024-04', kind: 'web' },
  { id: 'theinterface-2024-11', publisher: 'The Interface', title: 'Xiaomi produces the 100,000th SU7 in under eight months', url: 'https://theinterface.uk/blog-posts/xiaomi-produces-the-100-000th-su7-in-under-eight-months', date: '2024-11', kind: 'web' },

  // ---- Q2 2024 results ----
  { id: 'cnevpost-2024-08-21', publisher: 'CnEVPost', title: 'Xiaomi sets 2024 car delivery target of 120,000, reveals financial performance', url: 'https://cnevpost.com/2024/08/21/xiaomi-sets-2024-car-delivery-target-of-120000-reveals-financial-performance', date: '2024-08-21', kind: 'web' },
  { id: 'asiafinancial-2024-08', publisher: 'Asia Financial', title: 'Xiaomi EV unit helps drive Q2 revenues past forecast', url: 'https://www.asiafinancial.com/xiaomi-ev-unit-helps-drive-q2-revenues-past-forecast', date: '2024-08', kind: 'web' },
  { id: 'ctol-2024-08', publisher: 'CTOL Digital', title: 'Xiaomi sells EVs at $8,400 loss, CEO confident in future', url: 'https://ctol.digital/news/xiaomi-sells-evs-at-8400-loss-ceo-confident-in-future', date: '2024-08', kind: 'web' },
  { id: 'helm-2024-08-22', publisher: 'Helm News', title: "China's Xiaomi reports a multi-million-dollar loss at its electric vehicle division despite strong sales", url: 'https://pt.helm.news/2024-08-22/chinas-xiaomi-reports-m-loss-electric-vehicle-division-despite-selling.html', date: '2024-08-22', language: 'pt', kind: 'web' },
  { id: 'hotscup-2024-08', publisher: 'Hotscup', title: 'Xiaomi delivers over 27,000 EVs in its first quarter, exceeds expectations', url: 'https://hotscup.com/xiaomi-delivers-over-27000-evs-in-first-quarter-exceeds-expectations', date: '2024-08', kind: 'web' },

  // ---- Q3 2024 results, SU7 Ultra pre-sale ----
  { id: 'lbkrs-2024-10', publisher: 'Longbridge', title: 'Xiaomi SU7 Ultra production version opens pre-sale at 814,900 yuan', url: 'https://mini-app.lbkrs.com/news/218316440', date: '2024-10', kind: 'web' },
  { id: 'tmtpost-2024-11', publisher: 'TMTPost', title: 'Xiaomi third-quarter 2024 results: EV deliveries, revenue and adjusted net loss', url: 'https://en.tmtpost.com/post/7343984', date: '2024-11', kind: 'web' },
  { id: 'yahoo-2024-11', publisher: 'Yahoo Finance (copy on cerveza-artesanal.com)', title: 'Xiaomi increases EV delivery target', url: 'https://cerveza-artesanal.com/go-back?.done=%2Fnews%2Fxiaomi-increases-ev-delivery-target-084427830.html', date: '2024-11', kind: 'web' },
  { id: 'autojournal-2024-11', publisher: 'Auto Journal Africa', title: 'Xiaomi targets 130,000 EV deliveries amid booming demand', url: 'https://autojournal.africa/xiaomi-targets-130000-ev-deliveries-amid-booming-demand', date: '2024-11', kind: 'web' },

  // ---- Q4 2024 / FY2024 results (March 2025) ----
  { id: 'mobileworldlive-2025-03', publisher: 'Mobile World Live', title: 'Smartphones, EVs fuel record Xiaomi sales', url: 'https://www.mobileworldlive.com/xiaomi/smartphones-evs-fuel-record-xiaomi-sales/', date: '2025-03', kind: 'web' },
  { id: 'reportify-2025-03', publisher: 'Reportify', title: 'Xiaomi Q4 and full-year 2024 results: report summary', url: 'https://reportify.ai/reports/1100587909611917312', date: '2025-03', kind: 'web' },
  { id: 'longbridge-2025-03', publisher: 'Longbridge', title: 'Xiaomi 2024 results: revenue by business', url: 'https://longbridge.com/en/topics/28172275', date: '2025-03', kind: 'web' },
  { id: 'lbkrs-2025-03', publisher: 'Longbridge', title: 'Xiaomi Q4 2024: smart EV gross margin 20.4%, adjusted net loss 700 million', url: 'https://web-origin.lbkrs.com/topics/28180979', date: '2025-03', kind: 'web' },
  { id: 'ctol-2025-03', publisher: 'CTOL Digital', title: 'Xiaomi posts record $50 billion revenue in 2024 on EV and AIoT growth', url: 'https://ctol.digital/news/xiaomi-record-50-billion-revenue-2024-ev-aiot-growth', date: '2025-03', kind: 'web' },
  { id: 'cbgc-2025-03', publisher: 'SCOL (cbgc.scol.com.cn)', title: "Xiaomi's 2024 car business: 136,854 SU7 delivered, adjusted net loss 6.2 billion yuan (Chinese)", url: 'https://cbgc.scol.com.cn/news/6084171', date: '2025-03', language: 'zh', kind: 'web' },
  { id: 'daily8-2025-03', publisher: 'Daily8', title: 'Xiaomi reports 32.1 billion yuan EV revenue for 2024', url: 'https://www.daily8.com/en/article/83d65918d02c5df3a5a96450cde4a9b4', date: '2025-03', kind: 'web' },
  { id: 'lmsyx-2025-03', publisher: 'lmsyx.cn', title: "Xiaomi 2024 annual results: innovative business 9.0% of group revenue (Chinese)", url: 'http://lmsyx.cn/post/83939.html', date: '2025-03', language: 'zh', kind: 'web' },
  { id: 'business-standard-2025-03-18', publisher: 'Business Standard', title: 'Xiaomi raises EV sales target, plans new global stores as Q4 revenue rises', url: 'https://www.business-standard.com/world-news/xiaomi-raises-ev-sales-target-plans-new-global-stores-as-q4-revenue-rises-125031801042_1.html', date: '2025-03-18', kind: 'web' },
  { id: 'futunn-2025-03', publisher: 'Futu News', title: 'Xiaomi SU7 Ultra locks in more than 10,000 orders within three days of launch', url: 'https://news.futunn.com/en/post/54536633/', date: '2025-03', kind: 'web' },
  { id: 'autocar-news-2025-03', publisher: 'Autocar.news', title: 'Xiaomi names the time for its exit to the world market', url: 'https://autocar.news/xiaomi-named-the-time-for-the-exit-to-the-world-market-market/amp', date: '2025-03', kind: 'web' },

  // ---- Q1 2025 results (May 2025) ----
  { id: 'carnewschina-2025-05-28', publisher: 'CarNewsChina', title: 'Xiaomi loses 900 USD for every car sold in the first quarter', url: 'https://carnewschina.com/2025/05/28/xiaomi-loses-900-usd-for-every-car-sold-in-the-first-quarter', date: '2025-05-28', kind: 'web' },
  { id: 'longport-2025-05', publisher: 'LongPort', title: 'Xiaomi Q1 2025: smart EV segment gross margin 23.17%', url: 'https://longportapp.com/en/topics/30106467', date: '2025-05', kind: 'web' },
  { id: 'joinsdaily-2025-05-28', publisher: 'han.joinsdaily.com', title: 'Xiaomi Q1 2025: innovative business operating loss 500 million yuan; SU7 Ultra locked orders above 23,000 (Chinese)', url: 'http://han.joinsdaily.com/info/t-2505280981.html', date: '2025-05-28', language: 'zh', kind: 'web' },
  { id: 'reuters-daily8-2025-05-27', publisher: 'Reuters (via Daily8)', title: 'Xiaomi reports 47% revenue growth in Q1 as it launches new electric SUV', url: 'https://www.daily8.com/en/article/ac9c37cae792be47d3235425b6faac76', date: '2025-05-27', kind: 'web' },
  { id: 'reportify-cn-2025-05', publisher: 'Reportify', title: 'Xiaomi Q1 2025: segment operating loss 500 million yuan, ASP 238,300 yuan (Chinese)', url: 'https://reportify.cn/news/1125128923403915264', date: '2025-05', language: 'zh', kind: 'web' },
  { id: 'infonowcast-2025-05', publisher: 'InfoNowCast', title: 'Reviving legends: the electrifying transformation of classic cars', url: 'https://infonowcast.com/en/reviving-legends-electrifying-transformation-of-classic-cars', date: '2025-05', kind: 'web' }, // month inferred: cites the Q1 2025 ASP

  // ---- SU7 Ultra, YU7 (2025) ----
  { id: 'cna-2025-06-27', publisher: 'CNA', title: "China's Xiaomi receives almost 300,000 SUV pre-orders in minutes", url: 'https://www.channelnewsasia.com/east-asia/xiaomi-suv-yu7-electric-vehicles-preorders-tesla-5207061', date: '2025-06-27', kind: 'web' },
  { id: 'asiaict-2025-06-27', publisher: 'AsiaICT', title: "Industry figures question Xiaomi YU7's 200,000 pre-orders in three minutes", url: 'http://www.asiaict.com/icv/10037.html', date: '2025-06-27', kind: 'web' },
  { id: 'cerus-2025-06', publisher: 'cerus.eu.org', title: 'Chinese phonemaker touts 200,000 electric SUV orders in 3 minutes', url: 'https://cerus.eu.org/xiaomi-yu7-orders-200k-ev-in-3-minutes', date: '2025-06', kind: 'web' },
  { id: 'itiger-2025-09-25', publisher: 'Tiger Brokers (Deep News)', title: "Lei Jun: Xiaomi YU7's astonishing order volume at launch drew widespread skepticism", url: 'https://www.itiger.com/news/1184189960', date: '2025-09-25', kind: 'web' },
  { id: 'plastmatch-2025-08', publisher: 'Plastmatch', title: 'SU7 Ultra faces tepid response, Xiaomi adjusts', url: 'https://www.plastmatch.com/news/su7-ultra-faces-tepid-response-xiaomi-adjusts-vgsz2chl-detail', date: '2025-08', kind: 'web' }, // month inferred: gives sales to end-July 2025

  // ---- Q2 2025 results, Europe plans ----
  { id: 'theindependent-2025-07', publisher: 'The Independent Singapore', title: 'Xiaomi to consider selling cars outside China from 2027 after YU7 SUV racks up record sales', url: 'https://theindependent.sg/xiaomi-to-consider-selling-cars-outside-china-from-2027-after-yu7-suv-racks-up-record-sales/', date: '2025-07', kind: 'web' },
  { id: 'shiftdelete-2025-07', publisher: 'ShiftDelete.Net', title: 'Xiaomi to sell electric vehicles in Europe', url: 'https://en.shiftdelete.net/xiaomi-to-sell-electric-vehicles-in-europe', date: '2025-07', kind: 'web' },
  { id: 'hk01-2025-08-19', publisher: 'HK01', title: 'Xiaomi Q2 2025 results: 81,302 cars delivered (Chinese)', url: 'https://www.hk01.com/%E8%B2%A1%E7%B6%93%E5%BF%AB%E8%A8%8A/60268091/', date: '2025-08-19', language: 'zh-Hant', kind: 'web' },
  { id: 'mitrade-2025-08-19', publisher: 'Mitrade (TradingKey)', title: 'Xiaomi Q2 2025 results: EV deliveries and revenue', url: 'https://www.mitrade.com/au/insights/news/live-news/article-8-1051539-20250819', date: '2025-08-19', kind: 'web' },
  { id: 'wedoany-2025-08', publisher: 'Wedoany', title: 'Xiaomi smart EV segment: Q2 2025 revenue 21.3 billion yuan, 26.4% gross margin', url: 'https://en.wedoany.com/shortnews/56038.html', date: '2025-08', kind: 'web' },
  { id: 'vnnow-2025-08', publisher: 'VnNow', title: 'Xiaomi to sell electric vehicles in Europe by 2027', url: 'https://vnnow.net/en/automobiles/xiaomi-to-sell-electric-vehicles-in-europe-by-2027-123790.html', date: '2025-08', kind: 'web' }, // month inferred: cites Q2 2025 results
  { id: 'autospies-2025-08', publisher: 'AutoSpies', title: 'Xiaomi plans to dominate BYD and Tesla in the European market', url: 'https://www.autospies.com/news/Xiaomi-Plans-To-Dominate-BYD-and-Tesla-In-The-European-Market-126574/', date: '2025-08', kind: 'web' },
  { id: 'reportify-2025-08', publisher: 'Reportify', title: 'Xiaomi invested over RMB 30 billion in automotive and innovative businesses from 2022 to H1 2025', url: 'https://reportify.ai/social-media/710503537492669', date: '2025-08', kind: 'web' }, // month inferred: covers H1 2025
  { id: 'reuters-daily8-2025-08-20', publisher: 'Reuters (via Daily8)', title: "Xiaomi's second-quarter revenue up 30.5%, boosted by EV orders", url: 'https://www.daily8.com/en/article/915088b07a7c18470c9acdebc9c9107e', date: '2025-08-20', kind: 'web' },
  { id: 'benzinga-2025-09', publisher: 'Benzinga', title: 'Xiaomi opens EV R&D and design centre in Munich ahead of 2027 European entry', url: 'https://www.benzinga.com/markets/eurozone/25/09/47886452/', date: '2025-09', kind: 'web' },
  { id: 'autoexpress-2025-09', publisher: 'Auto Express', title: 'Watch out: Xiaomi cars are coming to Europe in 2027', url: 'https://www.autoexpress.co.uk/xiaomi/367903/watch-out-xiaomi-cars-coming-europe-2027', date: '2025-09', kind: 'web' },
  { id: 'diarioguardiao-2024-07', publisher: 'Diário Guardião', title: 'Xiaomi aims to enter the European car market by 2030', url: 'https://diarioguardiao.pt/?p=175059', date: '2024-07', language: 'pt', kind: 'web' },
  { id: 'electrive-2024-07-29', publisher: 'electrive', title: 'Xiaomi expands production capacity', url: 'https://electrive.com/2024/07/29/xiaomi-expands-production-capacity', date: '2024-07-29', kind: 'web' },

  // ---- Q3 2025 results, first profit ----
  { id: 'businesstimes-2025-11-18', publisher: 'The Business Times', title: 'Xiaomi reports 81% jump in third-quarter profit on strong EV sales', url: 'https://www.businesstimes.com.sg/companies-markets/telcos-media-tech/xiaomi-reports-81-jump-third-quarter-profit-strong-ev-sales', date: '2025-11-18', kind: 'web' },
  { id: 'yicai-2025-11-19', publisher: 'Yicai Global', title: 'Xiaomi drops despite its profit jumps 130%; auto business turns profitable in third quarter', url: 'https://www.yicaiglobal.com/news/xiaomi-drops-despite-its-profit-jumps-130-auto-business-turns-profitable-in-third-quarter', date: '2025-11-19', kind: 'web' },
  { id: 'electrive-2025-11-21', publisher: 'electrive', title: "Xiaomi's electric car business becomes profitable", url: 'https://www.electrive.com/2025/11/21/xiaomis-electric-car-business-becomes-profitable', date: '2025-11-21', kind: 'web' },
  { id: 'cjcn-2025-11', publisher: 'cjcn.com.cn', title: 'Xiaomi Q3 2025 results: smart EV and AI segment turns an operating profit (Chinese)', url: 'https://www.cjcn.com.cn/news/show-135344.html', date: '2025-11', language: 'zh', kind: 'web' },
  { id: 'am730-2025-11-19', publisher: 'am730', title: 'Xiaomi earns RMB 700 million in a quarter: its cars post a first profit (Chinese)', url: 'https://www.am730.com.hk/%E8%B2%A1%E7%B6%93/%E5%AD%A3%E8%B3%BA7%E5%84%84%E4%BA%BA%E5%B9%A3-%E5%B0%8F%E7%B1%B3%E6%B1%BD%E8%BB%8A%E9%A6%96%E9%8C%84%E7%9B%88%E5%88%A9/619901', date: '2025-11-19', language: 'zh-Hant', kind: 'web' },
  { id: 'reportify-2025-11', publisher: 'Reportify', title: 'Xiaomi car business earns an average of 6,434 yuan per vehicle in Q3 2025', url: 'https://reportify.ai/news/1188819705901748224', date: '2025-11', kind: 'web' },
  { id: 'chinaz-2025-11', publisher: 'Chinaz (站长之家)', title: 'Xiaomi Auto deliveries in the first three quarters of 2025 (Chinese)', url: 'https://www.chinaz.com/feed/1120/1721619.shtml', date: '2025-11', language: 'zh', kind: 'web' },
  { id: 'econotimes-2025-11', publisher: 'EconoTimes', title: 'Xiaomi shares hit seven-month low as rising chip costs threaten smartphone pricing', url: 'https://www.econotimes.com/Xiaomi-Shares-Hit-Seven-Month-Low-as-Rising-Chip-Costs-Threaten-Smartphone-Pricing-1726367', date: '2025-11', kind: 'web' },
  { id: 'capitalcircuit-2025-11', publisher: 'The Capital Circuit', title: "Xiaomi blitzes past 500,000 EVs and lifts 2025 delivery goal to 400,000: here's why that matters beyond China", url: 'https://thecapitalcircuit.com/xiaomi-blitzes-past-500-000-evs-and-lifts-2025-delivery-goal-to-400-000-heres-why-that-matters-beyond-china', date: '2025-11', kind: 'web' },
  { id: 'steelorbis-2025-12-29', publisher: 'SteelOrbis', title: 'China to reduce tax exemption for NEV purchases in 2026', url: 'https://www.steelorbis.com/steel-news/latest-news/purchase-of-nevs-to-implement-50-percent-reduction-in-taxation-since-jan-1-2026-1426630.htm', date: '2025-12-29', kind: 'web' },

  // ---- After Q3 2025 ----
  { id: 'electrive-2026-01-05', publisher: 'electrive', title: 'Xiaomi targets over 550,000 deliveries this year', url: 'https://www.electrive.com/2026/01/05/xiaomi-targets-over-550000-deliveries-this-year', date: '2026-01-05', kind: 'web' },
  { id: 'cnyes-2026-01', publisher: 'Anue (cnyes.com)', title: 'Xiaomi Auto delivered 411,625 cars in 2025, blogger says (Chinese)', url: 'https://news.cnyes.com/news/id/6297924', date: '2026-01', language: 'zh-Hant', kind: 'web' },
  { id: 'office369-2026-01', publisher: 'office369.com', title: 'Xiaomi Auto: YU7 deliveries pass 150,000 in six months; December a monthly record (Chinese)', url: 'http://cn.office369.com/news/show-2662522.html', date: '2026-01', language: 'zh', kind: 'web' },
  { id: 'smahz-2026-02', publisher: 'smahz.com', title: 'Xiaomi Auto passes 600,000 cumulative deliveries in 22 months (Chinese)', url: 'http://m.smahz.com/612/2022154801625694208.htm', date: '2026-02', language: 'zh', kind: 'web' },
  { id: 'progressiverobot-2026-05', publisher: 'Progressive Robot (blog)', title: "Xiaomi's Q1 EV deliveries surpass 80,000 units", url: 'https://blog.progressiverobot.com/xiaomis-q1-ev-deliveries-surpass-80000-units', date: '2026-05', kind: 'web', weaker: true }, // month inferred: Q1 2026 results
  { id: 'chinadailybrief-2026-05', publisher: 'China Daily Brief', title: "Xiaomi's innovative business segment slips back into a loss in Q1 2026", url: 'https://chinadailybrief.com/article/6a169885bc35116ac7a82d5a', date: '2026-05', kind: 'web', weaker: true }, // month inferred: Q1 2026 results

  // ---- Peers: time to first profit ----
  { id: 'businesswire-2009-08-07', publisher: 'Business Wire', title: 'Tesla Motors attains profitability milestone', url: 'https://www.businesswire.com/news/home/20090807005516/en/Tesla-Motors-Attains-Profitability-Milestone', date: '2009-08-07', kind: 'filing' },
  { id: 'hispanicbusiness-2013-05-08', publisher: 'HispanicBusiness.com', title: 'Model S drives Tesla to first quarterly profit', url: 'http://www.hispanicbusiness.com/2013/5/8/model_s_drives_tesla_to_first.htm', date: '2013-05-08', kind: 'web' },
  { id: 'stocktitan-2021-03', publisher: 'StockTitan', title: 'Li Auto Inc. announces unaudited fourth quarter and full year 2020 financial results', url: 'https://stocktitan.net/news/LI/li-auto-inc-announces-unaudited-fourth-quarter-and-full-year-2020-i50gk34kb90m.html', date: '2021-03', kind: 'web' },
  { id: 'aristoday-2020-10', publisher: 'Aristoday (FutureCar)', title: 'New Chinese electric vehicle start-up Li Auto delivers 20,000 vehicles in 10 months', url: 'https://aristoday.com/new-chinese-electric-vehicle-start-up-li-auto-delivers-20000-vehicles-in-10-months-futurecar-com/', date: '2020-10', kind: 'web' }, // month inferred: reports an announcement of 18 Oct 2020
  { id: 'benzinga-2022-02-01', publisher: 'Benzinga', title: 'Li Auto posts 13% sequential drop during slow sales month but outdoes rival Nio in January', url: 'https://www.benzinga.com/news/22/02/25329324/li-auto-poses-13-sequential-drop-during-slow-sales-month-but-outdoes-rival-nio-in-january', date: '2022-02-01', kind: 'web' },
  { id: 'sec-li-auto-2021', publisher: 'U.S. SEC (EDGAR)', title: 'Li Auto Inc. consolidated statements of comprehensive loss (FY2020 filing)', url: 'https://www.sec.gov/Archives/edgar/data/1791706/000110465921034154/R4.htm', date: '2021-03', kind: 'filing' }, // month inferred from the accession number
  { id: '36kr-2025-leapmotor', publisher: '36Kr Europe', title: 'Leapmotor after its first quarterly profit (Q4 2024)', url: 'https://eu.36kr.com/en/p/3343376224478471', date: '2025-06', kind: 'web' }, // month not known; page refers to Q4 2024 as "last year"
  { id: 'reportify-2025-08-leapmotor', publisher: 'Reportify', title: 'Leapmotor: summary for the six months ended 30 June 2025', url: 'https://reportify.ai/financials/1154879790512214016', date: '2025-08', kind: 'web' },
  { id: '36kr-2025-12-30', publisher: '36Kr Europe (Leida Finance)', title: 'Billionaire Zhu Jiangming with a net worth of $8.5 billion is full of ambition', url: 'https://eu.36kr.com/en/p/3616651108282884', date: '2025-12-30', kind: 'web' },
  { id: 'finanznachrichten-2026-02', publisher: 'finanznachrichten.de', title: 'NIO Inc. announces profit alert for the fourth quarter of 2025', url: 'https://www.finanznachrichten.de/nachrichten-2026-02/67623200-nio-inc-announces-profit-alert-for-the-fourth-quarter-of-2025-399.htm', date: '2026-02', kind: 'web' },
  { id: 'globenewswire-2026-03-10', publisher: 'GlobeNewswire', title: 'NIO Inc. reports unaudited fourth quarter and full year 2025 financial results', url: 'https://www.globenewswire.com/news-release/2026/03/10/3252574/0/en/NIO-Inc-Reports-Unaudited-Fourth-Quarter-and-Full-Year-2025-Financial-Results.html', date: '2026-03-10', kind: 'filing' },
  { id: 'asiaict-2026-03', publisher: 'AsiaICT', title: 'NIO posts its first quarterly profit in 11 years', url: 'http://asiaict.com/icv/13837.html', date: '2026-03', kind: 'web' }, // month inferred: follows NIO's Q4 2025 results
  { id: 'laoyaoba-2026-03', publisher: 'Laoyaoba (爱集微)', title: 'XPeng turned a net profit of 380 million yuan in Q4 2025 (Chinese)', url: 'https://api.laoyaoba.com/n/994101', date: '2026-03', language: 'zh', kind: 'web' }, // month inferred: follows XPeng's Q4 2025 results
  { id: 'ft-xpeng-2026-05-28', publisher: 'Financial Times markets data (PR Newswire)', title: 'XPeng announces unaudited first quarter 2026 financial results', url: 'https://markets.ft.com/data/announce/detail?dockey=600-202605280500PR_NEWS_USPRX____CN69911-1', date: '2026-05-28', kind: 'filing' },
];
