/// <reference types="multer" />
import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Access, ValidationFailedError } from '@tradewind/platform';
import { DEFAULT_MAX_IMPORT_BYTES, ImportFileError } from '../import';
import { ImportJobService } from './import-job.service';

/** File upload and download, where GraphQL is the wrong tool. */
@Controller('api/crm/imports')
export class ImportController {
  constructor(private readonly imports: ImportJobService) {}

  /** multipart/form-data with a `file` field (.csv or .xlsx): returns the detected columns for the wizard. */
  @Post()
  @Access({ roles: ['admin', 'manager', 'sales'] })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: DEFAULT_MAX_IMPORT_BYTES + 1 } }))
  async upload(@UploadedFile() file: Express.Multer.File | undefined) {
    if (!file) throw ValidationFailedError.field('file', 'send the spreadsheet as the multipart field "file"');
    try {
      const { import: record, sheet } = await this.imports.upload(file.buffer, Buffer.from(file.originalname, 'latin1').toString('utf8'));
      return {
        importId: record.id,
        fileName: record.fileName,
        format: sheet.format,
        totalRows: sheet.rows.length,
        headers: sheet.headers,
        mapping: sheet.columns.mapping,
        unknownColumns: sheet.columns.unknown,
        duplicateColumns: sheet.columns.duplicate,
        sample: sheet.rows.slice(0, 5).map((r) => ({ row: r.line, cells: r.cells })),
      };
    } catch (error) {
      if (error instanceof ImportFileError) throw ValidationFailedError.field('file', error.message, `CRM_IMPORT_${error.reason.toUpperCase()}`);
      throw error;
    }
  }

  @Get(':id/report.xlsx')
  @Access({ roles: ['admin', 'manager', 'sales'] })
  async report(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { fileName, content } = await this.imports.reportWorkbook(id);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.send(content);
  }
}
