import i18next from 'i18next';
import { en } from '../../../i18n/en';
import { zhCN } from '../../../i18n/zh-CN';
import { notificationText } from './notificationText';

// A bare instance with the app's own wording (the app's i18n module needs a browser's document).
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('notificationText', () => {
  const merged = { kind: 'customer_merged', text: 'Merged Away Pumps Ltd was merged into Kept Pumps Ltd', params: { customerName: 'Kept Pumps Ltd', mergedName: 'Merged Away Pumps Ltd', ownerName: '刘洋', byName: '王经理' } };

  it("words a merge notification with the survivor's owner, in either language", async () => {
    await i18n.changeLanguage('zh-CN');
    expect(notificationText(merged, i18n.t)).toBe('王经理 已将 Merged Away Pumps Ltd 合并到 刘洋 负责的 Kept Pumps Ltd，联系人和跟进任务随之转入');
    await i18n.changeLanguage('en');
    expect(notificationText(merged, i18n.t)).toBe("王经理 merged Merged Away Pumps Ltd into Kept Pumps Ltd, 刘洋's customer, with its contacts and follow-ups");
  });

  it('says "a colleague" when nobody signed in merged it, and leaves out an owner the survivor lacks', async () => {
    await i18n.changeLanguage('en');
    expect(notificationText({ ...merged, params: { ...merged.params, ownerName: null, byName: null } }, i18n.t)).toBe('A colleague merged Merged Away Pumps Ltd into Kept Pumps Ltd');
  });
});
