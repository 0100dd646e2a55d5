import type { TFunction } from 'i18next';
import type { Role } from '../../../gql/graphql';
import type { SearchOption } from '../../../shared/ServerSearchSelect';

/** A colleague as a picker shows them: "林伟 · 业务员 · 已停用", the e-mail on hover. */
export function userOption(user: { id: string; displayName: string; email: string; role: Role; active: boolean }, t: TFunction): SearchOption {
  return {
    value: user.id,
    label: `${user.displayName} · ${t(`roles.${user.role}`)}${user.active ? '' : ` · ${t('users.status.inactive')}`}`,
    title: user.email,
  };
}
