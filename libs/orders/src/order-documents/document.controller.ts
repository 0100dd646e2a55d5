import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '@tradewind/platform';
import { OrderDocumentService } from './order-document.service';

/** PDF download (and inline preview) of generated documents. */
@Controller('api/documents')
export class DocumentController {
  constructor(private readonly documents: OrderDocumentService) {}

  @Get(':id')
  @Access({ scope: 'orders:read' })
  async download(@Param('id', ParseUUIDPipe) id: string, @Query('inline') inline: string | undefined, @Res() res: Response): Promise<void> {
    const document = await this.documents.download(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    res.send(document.content);
  }
}
