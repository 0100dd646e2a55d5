import { useApolloClient } from '@apollo/client';
import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { QuotationDefaultsQuery } from './orders.graphql';

interface UsualTerms {
  currency: string;
  incotermCode: string;
  incotermPlace: string;
  paymentTerms: string;
}

/**
 * Fills the currency, Incoterm, named place and payment terms with the customer's usual ones each time
 * another customer is chosen (nothing while `customerId` is empty). A late answer for a customer no
 * longer chosen is dropped.
 */
export function useCustomerUsualTerms<V extends UsualTerms>(form: FormInstance<V>, customerId: string | null | undefined): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!customerId) return;
    let current = true;
    void client
      .query({ query: QuotationDefaultsQuery, variables: { customerId, productIds: [] }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (!current) return;
        const defaults = data.quotationDefaults;
        const terms: UsualTerms = {
          currency: defaults.currency,
          incotermCode: defaults.incotermCode,
          incotermPlace: defaults.incotermPlace,
          paymentTerms: defaults.paymentTerms,
        };
        form.setFieldsValue(terms as Parameters<FormInstance<V>['setFieldsValue']>[0]);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, customerId, form]);
}
