import { SUBJECT_FREE_WORDS, TASK_VERBS } from '../../../src/core/vocabulary/workParts';
import { listsHolding } from './lists';

describe('words around the parts of a piece of work', () => {
  test.each<[string, string[]]>([
    ['推进', ['SUBJECT_FREE_WORDS', 'TASK_VERBS']],
    ['继续', ['SUBJECT_FREE_WORDS']],
    ['内容', ['SUBJECT_FREE_WORDS']],
    ['实施', ['TASK_VERBS']],
    ['新建', ['TASK_VERBS']],
    // 工作站 is a subject: 工作 must not be masked out of it
    ['工作', []],
    ['公园', []],
    ['口袋公园', []],
  ])('%s is in %j', (word, lists) => {
    expect(listsHolding({ SUBJECT_FREE_WORDS, TASK_VERBS }, word)).toEqual(lists);
  });
});
