import type { ThemeConfig } from 'antd';

/** Ocean blue for a product named after trade winds; otherwise antd's defaults, which our users know. */
export const PRIMARY_COLOR = '#0b6bcb';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorInfo: PRIMARY_COLOR,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#0d1b2e', triggerBg: '#0a1626', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0d1b2e', darkSubMenuItemBg: '#0a1626', darkItemSelectedBg: PRIMARY_COLOR },
  },
};
