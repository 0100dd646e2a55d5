import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { Access, validateBody } from '@tradewind/platform';
import { companyToday } from '@tradewind/shared';
import { CustomerExportService } from './customer-export.service';
import { CustomerFilter, CustomerSort } from './inputs/customer.inputs';

/** The customer list's filter and order, as the SPA's list has them. */
export class CustomerExportRequest {
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerFilter)
  filter?: CustomerFilter;

  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerSort)
  sort?: CustomerSort;
}

/** The customer list as an .xlsx download (a file, where GraphQL is the wrong tool). */
@Controller('api/crm/customers')
export class CustomerExportController {
  constructor(private readonly exports: CustomerExportService) {}

  /**
   * JSON body { filter, sort } as the `customers` query takes them. Managers and admins only (and no
   * API token: integrations read the list over GraphQL): the company's customer list is not something
   * a salesperson takes home.
   */
  @Post('export.xlsx')
  @HttpCode(200)
  @Access({ roles: ['admin', 'manager'] })
  async export(@Body() body: unknown, @Res() res: Response): Promise<void> {
    // Checked here, strictly: a misspelt "filters" would otherwise be dropped and everything exported.
    const request = await validateBody(CustomerExportRequest, body ?? {});
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`customers-${companyToday()}.xlsx`)}`);
    try {
      await this.exports.writeWorkbook(request.filter ?? {}, request.sort ?? { field: 'name', direction: 'ASC' }, res);
    } catch (error) {
      // Before the first byte the error can still be answered as such; after it, only a cut-off download says so.
      if (!res.headersSent) {
        res.removeHeader('Content-Type');
        res.removeHeader('Content-Disposition');
        throw error;
      }
      res.destroy(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    res.end();
  }
}
