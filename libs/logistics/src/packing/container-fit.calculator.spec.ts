import { containerFit } from './container-fit.calculator';
import { computePackingList } from './packing-list.calculator';

const needed = (cbm: string, kg: string): Record<string, [number, number, number]> =>
  Object.fromEntries(containerFit(cbm, kg).fits.map((f) => [f.type, [f.byVolume, f.byWeight, f.needed]]));

describe('containerFit', () => {
  it('fits a small shipment in one 20GP', () => {
    expect(needed('25', '8000')).toEqual({ '20GP': [1, 1, 1], '40GP': [1, 1, 1], '40HQ': [1, 1, 1] });
    expect(containerFit('25', '8000').smallestSingle).toBe('20GP');
  });

  it('counts by usable volume: 28 m³ in a 20GP, 58 in a 40GP, 68 in a 40HQ', () => {
    expect(needed('28.001', '1000')).toEqual({ '20GP': [2, 1, 2], '40GP': [1, 1, 1], '40HQ': [1, 1, 1] });
    expect(needed('60', '1000')).toEqual({ '20GP': [3, 1, 3], '40GP': [2, 1, 2], '40HQ': [1, 1, 1] });
    expect(containerFit('60', '1000').smallestSingle).toBe('40HQ');
  });

  it('counts by payload when heavy goods fill the weight before the volume', () => {
    // 20 m³ of tiles at 27,000 kg: one 20GP (28,000 kg) but two 40' boxes (26,500 kg).
    expect(needed('20', '27000')).toEqual({ '20GP': [1, 1, 1], '40GP': [1, 2, 2], '40HQ': [1, 2, 2] });
    expect(needed('20', '60000')).toEqual({ '20GP': [1, 3, 3], '40GP': [1, 3, 3], '40HQ': [1, 3, 3] });
    expect(containerFit('20', '60000').smallestSingle).toBeNull();
  });

  it('is part of the packing list, from its totals', () => {
    const list = computePackingList([
      {
        ref: 'L1',
        description: 'Sofa',
        quantity: '150',
        packing: { unitsPerCarton: '1', lengthCm: '200', widthCm: '90', heightCm: '80', netWeightKg: '45', grossWeightKg: '50' },
      },
    ]);
    // 150 × 1.44 m³ = 216 m³, 7,500 kg: volume decides.
    expect(list.totals.cbm).toBe('216.000');
    expect(list.containers.fits.map((f) => [f.type, f.needed])).toEqual([
      ['20GP', 8],
      ['40GP', 4],
      ['40HQ', 4],
    ]);
  });
});
