/**
 * Publishers' usual Chinese names, for the Chinese data room. Keys are the publisher strings of
 * content/sources.ts exactly; a publisher with no established Chinese name is left out and shown
 * as it is. Source titles stay in their original language (they are what a reader would search for).
 * The descriptive "publishers" of the source documents are rendered too, since they are our words.
 */
export const publisherZh: Record<string, string> = {
  '36Kr Europe': '36氪（欧洲版）',
  '36Kr Europe (Leida Finance)': '36氪（欧洲版，雷达财经）',
  'Anue (cnyes.com)': '钜亨网',
  'Business Standard': '《商业标准报》',
  'Business Wire': '美国商业资讯',
  CNA: '亚洲新闻台',
  'China Entrepreneur (中国企业家杂志)': '《中国企业家》杂志',
  'Chinaz (站长之家)': '站长之家',
  'Chinese business commentary (summary)': '中文商业评论（摘要）',
  'Chinese business magazine (author Wang Xiaojun)': '中文商业杂志（作者 Wang Xiaojun）',
  'Chinese tech news (English translation)': '中文科技新闻（英文译本）',
  DigiTimes: '电子时报',
  'English-language tech news': '英文科技新闻',
  'Financial Times markets data (PR Newswire)': '英国《金融时报》行情数据（美通社）',
  'Futu News': '富途资讯',
  HK01: '香港01',
  'Laoyaoba (爱集微)': '爱集微',
  LongPort: '长桥',
  Longbridge: '长桥',
  PingWest: '品玩',
  'Progressive Robot (blog)': 'Progressive Robot（博客）',
  'Reuters (via Daily8)': '路透社（经Daily8转载）',
  'SCOL (cbgc.scol.com.cn)': '四川在线',
  'Shenzhen Daily': '《深圳日报》',
  TMTPost: '钛媒体',
  'The Business Times': '新加坡《商业时报》',
  'Tiger Brokers (Deep News)': '老虎证券',
  'U.S. SEC (EDGAR)': '美国证券交易委员会（EDGAR）',
  'Yahoo Finance (copy on cerveza-artesanal.com)': '雅虎财经（cerveza-artesanal.com 转载）',
  'Yicai Global': '第一财经（英文版）',
  'nnzcw.cn (low-quality site)': 'nnzcw.cn（低质量网站）',
};
