/// <reference types="multer" />
import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Access, ValidationFailedError } from '@tradewind/platform';
import { DEFAULT_MAX_SHEET_BYTES } from '@tradewind/shared';
import { OrderImportFileError } from './order-import.errors';
import { OrderImportService } from './order-import.service';

/** orders:import from the SPA: multipart field "file"; answers the same JSON report as the CLI. */
@Controller('api/orders/imports')
export class OrderImportController {
  constructor(private readonly importer: OrderImportService) {}

  @Post()
  @Access({ roles: ['admin', 'manager', 'sales'], scope: 'orders:write' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: DEFAULT_MAX_SHEET_BYTES + 1 } }))
  async upload(@UploadedFile() file: Express.Multer.File | undefined) {
    if (!file) throw ValidationFailedError.field('file', 'send the spreadsheet as the multipart field "file"');
    try {
      return await this.importer.run(file.buffer, Buffer.from(file.originalname, 'latin1').toString('utf8'));
    } catch (error) {
      if (error instanceof OrderImportFileError || (error instanceof Error && error.name === 'SpreadsheetFileError')) throw ValidationFailedError.field('file', error.message);
      throw error;
    }
  }
}
