// How many threads a CLI run uses: serial for little work, every core for much.
import { strict as assert } from 'node:assert';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { enoughWork, PARALLEL_MIN_WORK, PER_FILE_WORK, threadCount } from '../server/cli/threads';

const names = (n: number) => Array.from({ length: n }, (_, i) => `f${i}.txt`);
const sized = (bytes: number) => () => bytes;

describe('CLI thread count', () => {
  it('stays serial for a little work, whatever the number of files', () => {
    assert.equal(threadCount(names(40), sized(5 * 1024), undefined), 1);
    assert.equal(threadCount(names(500), sized(1024), undefined), 1);
    assert.equal(threadCount(['big.txt'], sized(100 * PARALLEL_MIN_WORK), undefined), 1, 'one file cannot be shared');
  });

  it('uses every core for much work, but no more threads than files', () => {
    assert.equal(threadCount(names(2000), sized(5 * 1024), undefined), Math.min(availableParallelism(), 2000));
    assert.equal(threadCount(names(2), sized(PARALLEL_MIN_WORK), undefined), Math.min(availableParallelism(), 2));
  });

  it('counts each file as work of its own, so many tiny files are work too', () => {
    const n = Math.ceil(PARALLEL_MIN_WORK / PER_FILE_WORK);
    assert.equal(enoughWork(names(n), sized(0)), true);
    assert.equal(enoughWork(names(n - 1), sized(0)), false);
  });

  it('stops measuring files once there is enough work', () => {
    let asked = 0;
    assert.equal(enoughWork(names(10000), () => (asked++, PARALLEL_MIN_WORK / 4)), true);
    assert.equal(asked, 4);
  });

  it('PERSIAN_QA_WORKERS sets the count (0 or 1 = serial), never above the number of files', () => {
    assert.equal(threadCount(names(2000), sized(5 * 1024), '1'), 1);
    assert.equal(threadCount(names(2000), sized(5 * 1024), '0'), 1);
    assert.equal(threadCount(names(3), sized(10), '4'), 3);
    assert.equal(threadCount(names(3), sized(10), 'x'), 1, 'not a number: the default');
  });
});
