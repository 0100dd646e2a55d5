import { InstallmentTerm, PAYMENT_METHOD_LABELS, PaymentTerms } from './payment-terms';

export type TermsLanguage = 'en' | 'zh';

/** Canonical text of the terms, e.g. "30% T/T deposit, 70% T/T before shipment"; parsePaymentTerms reads it back. */
export function formatPaymentTerms(terms: PaymentTerms, language: TermsLanguage): string {
  const only = terms.installments.length === 1;
  const parts = terms.installments.map((term) => describeInstallment(term, language, only));
  return parts.join(language === 'en' ? ', ' : '，');
}

/** One installment in words; `only` writes a sole deposit as payment in advance. */
export function describeInstallment(term: InstallmentTerm, language: TermsLanguage, only = false): string {
  return language === 'en' ? describeEn(term, only) : describeZh(term, only);
}

function describeEn(term: InstallmentTerm, only: boolean): string {
  const head = `${term.percentage}% ${PAYMENT_METHOD_LABELS[term.method].en}`;
  switch (term.trigger) {
    case 'on_order':
      return only ? `${head} in advance` : `${head} deposit`;
    case 'before_shipment':
      return `${head} before shipment`;
    case 'against_bl_copy':
      return `${head} against B/L copy`;
    case 'days_after_bl':
      return `${head} ${term.days} days after B/L`;
    case 'days_after_invoice':
      return `${head} ${term.days} days after invoice`;
    case 'lc_at_sight':
      return `${term.percentage}% L/C at sight`;
    case 'dp_at_sight':
      return `${term.percentage}% D/P at sight`;
  }
}

function describeZh(term: InstallmentTerm, only: boolean): string {
  const head = `${term.percentage}%${PAYMENT_METHOD_LABELS[term.method].zh}`;
  switch (term.trigger) {
    case 'on_order':
      return only ? `${head}预付` : `${head}定金`;
    case 'before_shipment':
      return `${head}发货前付款`;
    case 'against_bl_copy':
      return `${head}见提单复印件付款`;
    case 'days_after_bl':
      return `${head}提单日后${term.days}天付款`;
    case 'days_after_invoice':
      return `${head}发票日后${term.days}天付款`;
    case 'lc_at_sight':
      return `${term.percentage}%即期信用证`;
    case 'dp_at_sight':
      return `${term.percentage}%即期付款交单`;
  }
}
