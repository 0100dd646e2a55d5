import { initials } from './initials';

describe('initials', () => {
  it('shows the last two characters of a Chinese name, also when a Latin spelling follows', () => {
    expect(initials('林伟')).toBe('林伟');
    expect(initials('欧阳明月')).toBe('明月');
    expect(initials('刘洋 Liu Yang')).toBe('刘洋');
  });

  it('shows the initials of the first two words of a Latin name, or "?" for none', () => {
    expect(initials('anna becker')).toBe('AB');
    expect(initials('Jean-Luc de la Tour')).toBe('JD');
    expect(initials('   ')).toBe('?');
  });
});
