import { createContext, useContext } from 'react';
import type { SessionUserFieldsFragment } from '../../gql/graphql';

export type CurrentUser = SessionUserFieldsFragment;

/** The signed-in user as the layout's `me` query holds it in the Apollo cache. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() is only available inside the signed-in layout');
  return user;
}
