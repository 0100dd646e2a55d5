import { Workbook } from 'exceljs';

/** A text file's bytes as an upload delivers them. */
export function utf8File(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** An .xlsx file's bytes, its sheets built by `build`. */
export async function xlsxFile(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The error `promise` rejects with; fails the test when it resolves or rejects with another type. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof type)) throw new Error(`expected a ${type.name}, got ${String(error)}`);
  return error;
}
