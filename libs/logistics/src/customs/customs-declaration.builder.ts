import { Money, decimal, isDecimalString, parseCountry } from '@tradewind/shared';
import { CUSTOMS_TRANSPORT, TRADE_MODES, checkHsCode } from './customs-codes';
import type {
  CustomsDeclarationDraft,
  CustomsDraftInput,
  CustomsItem,
  CustomsLineInput,
  CustomsProblem,
} from './customs-declaration.types';

type Decimal = ReturnType<typeof decimal>;

interface ItemDraft {
  hsCode: string;
  unit: string;
  names: string[];
  quantity: Decimal;
  value: Money;
  lineRefs: string[];
  lineLabels: string[];
}

function declaredName(line: CustomsLineInput): string {
  return line.product?.customsName?.trim() || line.description.trim();
}

/**
 * Drafts an export declaration (报关单) from an order's invoice lines: one item per HS code (and
 * unit, since quantities in different units cannot be added), with the declared name, quantity,
 * value in the order currency and the shipment's country, ports, transport and trade mode. Lines
 * that cannot be declared are left out and reported; the declared total is then checked against the
 * commercial invoice to the minor unit.
 */
export function buildCustomsDraft(input: CustomsDraftInput): CustomsDeclarationDraft {
  const problems: CustomsProblem[] = [];
  const currency = input.currency;
  const destination = parseCountry(input.destinationCountry) ?? null;
  if (!destination) {
    problems.push({
      code: 'DESTINATION_INVALID',
      message: `destination country "${input.destinationCountry}" is not a country`,
      messageZh: `运抵国“${input.destinationCountry}”不是有效的国家或地区`,
    });
  }
  for (const [name, nameZh, port] of [
    ['port of loading', '启运港', input.portOfLoading],
    ['port of discharge', '指运港', input.portOfDischarge],
  ] as const) {
    if (port.trim() === '') problems.push({ code: 'PORT_MISSING', message: `the ${name} is missing`, messageZh: `缺少${nameZh}` });
  }
  if (input.lines.length === 0) problems.push({ code: 'NO_LINES', message: 'the order has no lines to declare', messageZh: '订单没有可申报的明细行' });

  const drafts = new Map<string, ItemDraft>();
  for (const line of input.lines) {
    const ref = line.ref;
    const name = line.label ?? ref;
    if (line.amount.currency !== currency) {
      problems.push({
        code: 'CURRENCY_MISMATCH',
        message: `line ${name}: amount is in ${line.amount.currency}, the declaration in ${currency}; the line is left out`,
        messageZh: `明细 ${name}：金额币种为 ${line.amount.currency}，报关单币种为 ${currency}；该行未申报`,
        lineRef: ref,
      });
      continue;
    }
    const quantityOk = isDecimalString(line.quantity) && decimal(line.quantity.trim()).greaterThan(0);
    if (!quantityOk) {
      problems.push({
        code: 'QUANTITY_NOT_POSITIVE',
        message: `line ${name}: quantity "${line.quantity}" must be a number above 0`,
        messageZh: `明细 ${name}：数量“${line.quantity}”必须是大于 0 的数字`,
        lineRef: ref,
      });
    }
    const rawCode = line.product?.hsCode?.trim();
    if (!rawCode) {
      problems.push({
        code: 'HS_CODE_MISSING',
        message: `line ${name} (${line.description}): the product has no HS code; the line is left out`,
        messageZh: `明细 ${name}（${line.description}）：产品没有 HS 编码；该行未申报`,
        lineRef: ref,
      });
      continue;
    }
    const check = checkHsCode(rawCode);
    if (!check.ok) {
      problems.push({
        code: 'HS_CODE_INVALID',
        message: `line ${name}: HS code "${rawCode}" is not 6, 8 or 10 digits (e.g. 8467.29.2000); the line is left out`,
        messageZh: `明细 ${name}：HS 编码“${rawCode}”不是 6、8 或 10 位数字（例如 8467.29.2000）；该行未申报`,
        lineRef: ref,
      });
      continue;
    }
    if (!check.complete) {
      problems.push({
        code: 'HS_CODE_INCOMPLETE',
        message: `line ${name}: HS code ${check.digits} has ${check.digits.length} digits; China's customs needs all 10`,
        messageZh: `明细 ${name}：HS 编码 ${check.digits} 只有 ${check.digits.length} 位；中国海关申报需要完整的 10 位`,
        lineRef: ref,
      });
    }
    const unit = line.unit.trim();
    const key = `${check.digits}\u0000${unit.toLowerCase()}`;
    const draft = drafts.get(key) ?? {
      hsCode: check.digits,
      unit,
      names: [],
      quantity: decimal(0),
      value: Money.zero(currency),
      lineRefs: [],
      lineLabels: [],
    };
    const itemName = declaredName(line);
    if (!draft.names.includes(itemName)) draft.names.push(itemName);
    if (quantityOk) draft.quantity = draft.quantity.plus(line.quantity.trim());
    draft.value = draft.value.add(line.amount);
    draft.lineRefs.push(ref);
    draft.lineLabels.push(name);
    drafts.set(key, draft);
  }

  const tradeMode = TRADE_MODES[input.tradeMode ?? '0110'];
  const transport = CUSTOMS_TRANSPORT[input.transportMode];
  const items = [...drafts.values()].map((draft, index): CustomsItem => {
    if (draft.names.length > 1) {
      problems.push({
        code: 'MULTIPLE_NAMES',
        message: `HS code ${draft.hsCode}: lines ${draft.lineLabels.join(', ')} have different names (${draft.names.map((n) => `"${n}"`).join(', ')}); declared as "${draft.names[0]}"`,
        messageZh: `HS 编码 ${draft.hsCode}：明细 ${draft.lineLabels.join('、')} 的品名不同（${draft.names.map((n) => `“${n}”`).join('、')}）；按“${draft.names[0]}”申报`,
      });
    }
    return {
      itemNo: index + 1,
      hsCode: draft.hsCode,
      declaredName: draft.names[0],
      quantity: draft.quantity.toFixed(),
      unit: draft.unit,
      value: draft.value.round(),
      destinationCountry: destination,
      portOfLoading: input.portOfLoading.trim(),
      portOfDischarge: input.portOfDischarge.trim(),
      transport,
      tradeMode,
      lineRefs: draft.lineRefs,
    };
  });

  const declared = Money.sum(
    items.map((item) => item.value),
    currency,
  );
  const invoice = input.invoiceTotal.round();
  let difference: Money | null = null;
  if (invoice.currency !== currency) {
    problems.push({
      code: 'CURRENCY_MISMATCH',
      message: `the commercial invoice total is in ${invoice.currency}, the declaration in ${currency}; the totals cannot be compared`,
      messageZh: `商业发票总额币种为 ${invoice.currency}，报关单币种为 ${currency}；无法比对总额`,
    });
  } else {
    difference = declared.subtract(invoice);
    if (!difference.isZero()) {
      problems.push({
        code: 'TOTAL_MISMATCH',
        message: `declared total ${declared.toFixed()} ${currency} differs from the commercial invoice total ${invoice.toFixed()} ${currency} by ${difference.toFixed()} ${currency}`,
        messageZh: `申报总价 ${declared.toFixed()} ${currency} 与商业发票总额 ${invoice.toFixed()} ${currency} 相差 ${difference.toFixed()} ${currency}`,
      });
    }
  }
  return {
    items,
    totals: { declared, invoice, difference, items: items.length, lines: input.lines.length },
    problems,
  };
}
