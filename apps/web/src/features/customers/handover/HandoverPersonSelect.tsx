import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import type { HandoverPersonFieldsFragment } from '../../../gql/graphql';
import { ServerSearchSelect, useTypedSearch } from '../../../shared/ServerSearchSelect';
import { userOption } from '../shared/userOption';
import { HandoverFromOptionsQuery, HandoverToOptionsQuery } from './handover.graphql';

export type HandoverPerson = HandoverPersonFieldsFragment;

interface HandoverPersonSelectProps {
  /** `from`: anyone who may have work to hand over; `to`: active salespeople and managers. */
  side: 'from' | 'to';
  /** Only this team's people (a manager hands over within their team). */
  teamId?: string;
  /** Offer nobody (a manager without a team). */
  nobody?: boolean;
  /** Someone not to offer (the person handing over). */
  exclude?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The person chosen, for wording the server's answers about them. */
  onPick?: (person: HandoverPerson | undefined) => void;
  id?: string;
  'aria-label'?: string;
}

const collator = new Intl.Collator('und');

/** Picks a person for a handover, offering only those the API accepts on that side. */
export function HandoverPersonSelect({
  side,
  teamId,
  nobody = false,
  exclude,
  value,
  onChange,
  onPick,
  id,
  'aria-label': ariaLabel,
}: HandoverPersonSelectProps) {
  const { t } = useTranslation();
  const { search, onSearch } = useTypedSearch();
  const variables = { search, teamId };
  // Asked afresh each time the dialog opens: who may take customers changes with teams, roles and leavers.
  const from = useQuery(HandoverFromOptionsQuery, { variables, skip: nobody || side !== 'from', fetchPolicy: 'cache-and-network' });
  const to = useQuery(HandoverToOptionsQuery, { variables, skip: nobody || side !== 'to', fetchPolicy: 'cache-and-network' });
  let people: HandoverPerson[] = [];
  if (side === 'from') {
    people = (from.data ?? from.previousData)?.users.nodes ?? [];
  } else {
    const found = to.data ?? to.previousData;
    // Two lists, one per role; shown as one, in name order like the directory.
    people = found ? [...found.sales.nodes, ...found.managers.nodes].sort((a, b) => collator.compare(a.displayName, b.displayName)) : [];
  }
  const offered = nobody ? [] : people.filter((person) => person.id !== exclude);
  const options = offered.map((person) => userOption(person, t));
  return (
    <ServerSearchSelect
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => {
        onChange?.(next);
        onPick?.(offered.find((person) => person.id === next));
      }}
      onSearch={onSearch}
      options={options}
      loading={from.loading || to.loading}
      placeholder={t('customers.owner.pick')}
      notFound={t(side === 'to' ? 'handover.noRecipient' : 'customers.owner.noneFound')}
      style={{ width: '100%' }}
    />
  );
}
