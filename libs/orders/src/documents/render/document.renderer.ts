import PDFDocument from 'pdfkit';
import { loadDocumentFonts } from '../fonts';
import { DocumentKind, DocumentModel, checkDocumentModel } from '../model';
import {
  SectionContext,
  drawBankDetails,
  drawInstallments,
  drawLetterhead,
  drawLinesTable,
  drawPackingTable,
  drawPartiesAndTerms,
  drawRemarks,
  drawSignatures,
  drawTermsAndConditions,
  drawTitle,
  drawTotals,
} from './document.sections';
import { DOCUMENT_LABELS } from './labels';
import { A4, PageLayout } from './page-layout';

export interface RenderOptions {
  /** Folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc; else DOCUMENT_FONT_DIR, else Debian's path. */
  fontDir?: string;
}

type Section = (context: SectionContext) => void;

// What each kind prints below its header, in order. The packing list has no prices and no bank.
const BODY: Readonly<Record<DocumentKind, readonly Section[]>> = {
  quotation: [drawLinesTable, drawTotals, drawInstallments, drawBankDetails, drawRemarks],
  proforma_invoice: [drawLinesTable, drawTotals, drawInstallments, drawBankDetails, drawRemarks],
  sales_contract: [drawLinesTable, drawTotals, drawInstallments, drawTermsAndConditions, drawBankDetails, drawRemarks, drawSignatures],
  commercial_invoice: [drawLinesTable, drawTotals, drawInstallments, drawBankDetails, drawRemarks],
  packing_list: [drawPackingTable, drawRemarks],
};

/**
 * Renders an export document to a PDF (A4, Noto Sans CJK throughout so Chinese names print in any
 * language). The same model always gives the same bytes: the PDF creation date is the issue date.
 */
export async function renderDocument(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  checkDocumentModel(model);
  const fonts = loadDocumentFonts(options.fontDir);
  const labels = DOCUMENT_LABELS[model.language];
  const title = labels.titles[model.kind];
  const reference = model.version > 1 ? `${model.number} ${labels.revision(model.version)}` : model.number;

  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    bufferPages: true,
    lang: model.language === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: `${title} ${reference}`,
      Author: model.seller.name,
      Creator: 'Tradewind',
      Producer: 'Tradewind',
      // pdfkit derives the file ID from the info dictionary, so a fixed date makes the output byte-identical.
      CreationDate: new Date(`${model.issueDate}T00:00:00Z`),
    },
  });
  const pdf = collect(doc);
  // @types/pdfkit only lists paths and buffers; pdfkit 0.20 also takes parsed fontkit fonts.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);

  const layout = new PageLayout(doc, `${title} ${reference} ${labels.continued}`);
  const context: SectionContext = { layout, model, labels };
  for (const section of [drawLetterhead, drawTitle, drawPartiesAndTerms, ...BODY[model.kind]]) section(context);
  layout.writeFooters(`${title} ${reference}`, labels.page);

  doc.end();
  return pdf;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
