/** Common surnames and given names with their pinyin: staff of an export company in China. */
// prettier-ignore
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'],
  ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'],
  ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'],
  ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'],
];

// prettier-ignore
export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'],
  ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'],
  ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀英', 'xiuying'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'],
  ['桂英', 'guiying'], ['晓东', 'xiaodong'], ['海燕', 'haiyan'], ['建华', 'jianhua'], ['雪', 'xue'], ['琳', 'lin'],
  ['浩', 'hao'], ['宇', 'yu'], ['欣怡', 'xinyi'], ['子涵', 'zihan'], ['思远', 'siyuan'], ['文静', 'wenjing'],
];

/** Regions the sales teams of a Chinese exporter are usually split by. */
// prettier-ignore
export const SALES_REGIONS: readonly string[] = [
  'North America', 'Latin America', 'Western Europe', 'Eastern Europe', 'Middle East', 'Africa',
  'South Asia', 'Southeast Asia', 'Japan & Korea', 'Oceania', 'Russia & CIS', 'Key Accounts',
];
