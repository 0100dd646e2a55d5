import { Flex, Typography } from 'antd';
import { PRIMARY_COLOR } from '../theme';

function Logo({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true">
      <rect width="64" height="64" rx="14" fill={PRIMARY_COLOR} />
      <path d="M14 40c10-4 18-4 26 0s12 4 12 4M14 28c10-4 18-4 26 0s12 4 12 4M14 16c10-4 18-4 26 0" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
    </svg>
  );
}

/** Product name in the sider; the full name in both languages, as customers know it. */
export function Brand({ collapsed = false, dark = true }: { collapsed?: boolean; dark?: boolean }) {
  return (
    <Flex align="center" justify={collapsed ? 'center' : 'flex-start'} gap={10} style={{ height: 56, padding: collapsed ? 0 : '0 20px' }}>
      <Logo size={28} />
      {!collapsed && (
        <Typography.Text strong style={{ color: dark ? '#fff' : undefined, fontSize: 17, whiteSpace: 'nowrap', letterSpacing: 0.3 }}>
          Tradewind 信风
        </Typography.Text>
      )}
    </Flex>
  );
}
