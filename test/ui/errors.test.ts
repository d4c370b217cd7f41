import { HostError } from '../../src/ui/host';
import { describeError } from '../../src/ui/errors';
import { t } from '../../src/ui/strings';

describe('errors in plain words, with what to do next', () => {
  it('shows a host\'s own explanation, also when it crossed from a worker as plain data', () => {
    const error = new HostError({ zh: '无法读取「台账.xlsx」。请另存为 .xlsx 后再试。', en: 'Cannot read 台账.xlsx. Save it as .xlsx and retry.' });
    expect(describeError(error, 'check', 'zh')).toEqual({ title: '未能读取和校验工作表', body: '无法读取「台账.xlsx」。请另存为 .xlsx 后再试。' });
    expect(describeError({ ...error, explanation: error.explanation }, 'check', 'en').body).toBe('Cannot read 台账.xlsx. Save it as .xlsx and retry.');
  });

  it('turns the Office errors people meet into what to do', () => {
    expect(describeError({ code: 'InvalidOperationInCellEditMode', message: 'x' }, 'write', 'zh')).toEqual({
      title: '未能写入进度列',
      body: t('zh', 'causeEditing'),
    });
    expect(describeError({ code: 'ItemNotFound' }, 'showCell', 'zh').body).toContain('重新校验');
    expect(describeError({ code: 'RequestPayloadSizeLimitExceeded' }, 'write', 'en').body).toBe(t('en', 'causeTooLarge'));
  });

  it('names any other cause, with the way to retry (and to undo a write cut short)', () => {
    const check = describeError(new Error('network down'), 'check', 'zh');
    expect(check.body).toBe('出错原因：network down。请点「重新校验」再试一次；如仍出错，请保存并重新打开工作簿后再用台账助手。');
    expect(describeError(new Error('boom'), 'write', 'zh').body).toContain('撤销上次操作');
    expect(describeError('odd', 'undo', 'en')).toEqual({ title: 'Could not undo', body: t('en', 'causeOther', { detail: 'odd' }) });
  });
});
