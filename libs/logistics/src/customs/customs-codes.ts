import type { CustomsTransport, CustomsTransportMode, TradeMode, TradeModeCode } from './customs-declaration.types';

/** The supervision modes an exporter of finished goods meets; 0110 covers ordinary sales. */
export const TRADE_MODES: Readonly<Record<TradeModeCode, TradeMode>> = {
  '0110': { code: '0110', nameZh: '一般贸易', nameEn: 'general trade' },
  '0214': { code: '0214', nameZh: '来料加工', nameEn: 'processing with supplied materials' },
  '0615': { code: '0615', nameZh: '进料对口', nameEn: 'processing with imported materials' },
  '1039': { code: '1039', nameZh: '市场采购', nameEn: 'market procurement' },
  '3010': { code: '3010', nameZh: '货样广告品', nameEn: 'samples and advertising goods' },
  '9610': { code: '9610', nameZh: '跨境贸易电子商务', nameEn: 'cross-border e-commerce (retail parcels)' },
  '9710': { code: '9710', nameZh: '跨境电商B2B直接出口', nameEn: 'cross-border e-commerce B2B direct export' },
  '9810': { code: '9810', nameZh: '跨境电商出口海外仓', nameEn: 'cross-border e-commerce to overseas warehouse' },
};

/** 运输方式 codes of China's customs. */
export const CUSTOMS_TRANSPORT: Readonly<Record<CustomsTransportMode, CustomsTransport>> = {
  sea: { mode: 'sea', code: '2', nameZh: '水路运输' },
  rail: { mode: 'rail', code: '3', nameZh: '铁路运输' },
  road: { mode: 'road', code: '4', nameZh: '公路运输' },
  air: { mode: 'air', code: '5', nameZh: '航空运输' },
  post: { mode: 'post', code: '6', nameZh: '邮件运输' },
};

const HS_CODE = /^\d{6}(\d{2}){0,2}$/;

export type HsCodeCheck = { readonly ok: true; readonly digits: string; readonly complete: boolean } | { readonly ok: false };

/**
 * Checks an HS code as the catalogue stores it: 6, 8 or 10 digits, dots and spaces allowed as
 * separators ("8467.29.2000"). China's declaration needs all 10 digits; shorter codes are `complete: false`.
 */
export function checkHsCode(raw: string): HsCodeCheck {
  const digits = raw.trim().replace(/[.\s]/g, '');
  if (!/^\d[\d.\s]*$/.test(raw.trim()) || !HS_CODE.test(digits)) return { ok: false };
  return { ok: true, digits, complete: digits.length === 10 };
}
