import { Benchmark } from '../benchmark';
import { ceilingBenchmark } from './ceiling.bench';
import { crm360Benchmark } from './crm-360.bench';
import { crmGradingBenchmark } from './crm-grading.bench';
import { crmImportBenchmark } from './crm-import.bench';
import { crmKeyDatesBenchmark } from './crm-key-dates.bench';
import { crmDuplicatesBenchmark } from './crm-duplicates.bench';
import { crmExportBenchmark } from './crm-export.bench';
import { crmListBenchmark } from './crm-list.bench';
import { crmLookalikesBenchmark } from './crm-lookalikes.bench';
import { meBenchmark } from './me.bench';
import { orderBoardBenchmark } from './order-board.bench';
import { orderPageBenchmark } from './order-page.bench';
import { ordersImportBenchmark } from './orders-import.bench';
import { outboxBenchmark } from './outbox.bench';
import { piPdfBenchmark } from './pi-pdf.bench';

/** Every benchmark, in the order a run executes them (`me` reuses the ceiling measured before it). */
export const BENCHMARKS: readonly Benchmark[] = [
  ceilingBenchmark,
  meBenchmark,
  outboxBenchmark,
  crm360Benchmark,
  crmListBenchmark,
  crmLookalikesBenchmark,
  crmDuplicatesBenchmark,
  crmKeyDatesBenchmark,
  crmExportBenchmark,
  crmImportBenchmark,
  crmGradingBenchmark,
  orderBoardBenchmark,
  orderPageBenchmark,
  ordersImportBenchmark,
  piPdfBenchmark,
];
