import type { Role } from '@tradewind/platform';

/** Every demo account signs in with this password (README prints it). */
export const DEMO_PASSWORD = 'tradewind-demo';

export const DEMO_TEAMS = ['Europe & Africa', 'Americas', 'Asia-Pacific'] as const;

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  team?: (typeof DEMO_TEAMS)[number];
  language: 'zh-CN' | 'en';
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@tradewind.demo', displayName: '王磊 Wang Lei', role: 'admin', language: 'zh-CN' },
  { email: 'manager.eu@tradewind.demo', displayName: '陈静 Chen Jing', role: 'manager', team: 'Europe & Africa', language: 'zh-CN' },
  { email: 'manager.am@tradewind.demo', displayName: 'Michael Zhou', role: 'manager', team: 'Americas', language: 'en' },
  { email: 'manager.ap@tradewind.demo', displayName: '林晓 Lin Xiao', role: 'manager', team: 'Asia-Pacific', language: 'zh-CN' },
  { email: 'sales1@tradewind.demo', displayName: '刘洋 Liu Yang', role: 'sales', team: 'Europe & Africa', language: 'zh-CN' },
  { email: 'sales2@tradewind.demo', displayName: 'Anna Sun', role: 'sales', team: 'Europe & Africa', language: 'en' },
  { email: 'sales3@tradewind.demo', displayName: '赵敏 Zhao Min', role: 'sales', team: 'Americas', language: 'zh-CN' },
  { email: 'sales4@tradewind.demo', displayName: 'Kevin Huang', role: 'sales', team: 'Americas', language: 'en' },
  { email: 'sales5@tradewind.demo', displayName: '黄丽 Huang Li', role: 'sales', team: 'Asia-Pacific', language: 'zh-CN' },
  { email: 'sales6@tradewind.demo', displayName: '周杰 Zhou Jie', role: 'sales', team: 'Asia-Pacific', language: 'zh-CN' },
  { email: 'merch1@tradewind.demo', displayName: '吴芳 Wu Fang', role: 'merchandiser', language: 'zh-CN' },
  { email: 'merch2@tradewind.demo', displayName: '郑凯 Zheng Kai', role: 'merchandiser', language: 'zh-CN' },
  { email: 'logistics1@tradewind.demo', displayName: '孙涛 Sun Tao', role: 'logistics', language: 'zh-CN' },
  { email: 'logistics2@tradewind.demo', displayName: 'Grace Xu', role: 'logistics', language: 'en' },
  { email: 'finance1@tradewind.demo', displayName: '马丽 Ma Li', role: 'finance', language: 'zh-CN' },
  { email: 'finance2@tradewind.demo', displayName: '高远 Gao Yuan', role: 'finance', language: 'zh-CN' },
];
