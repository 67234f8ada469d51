// The contract's shape: each call in exactly one domain, and the names the preload receives
// from main (it cannot load the schemas) are the contract's names, in full.
import { describe, expect, it } from 'vitest';
import { apiCalls, CALL_DOMAINS, CALL_NAMES } from '../../core/api';
import { callsArgument, callsFromArguments } from '../../electron/channels';

describe('the contract', () => {
  it('lists each call in exactly one domain', () => {
    const names = Object.values(CALL_DOMAINS).flatMap((calls) => Object.keys(calls));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...CALL_NAMES].sort());
  });

  it('pairs every call with an argument schema', () => {
    for (const name of CALL_NAMES) expect(typeof apiCalls[name].args.safeParse).toBe('function');
  });

  it('hands the preload every call name through its process arguments, and nothing else', () => {
    const argv = ['/usr/lib/electron', '--type=renderer', callsArgument(CALL_NAMES)];
    expect(callsFromArguments(argv)).toEqual(CALL_NAMES);
    expect(callsFromArguments(['--pressdesk-calls=getRelease,../x,saveRelease'])).toEqual(['getRelease', 'saveRelease']);
    expect(callsFromArguments(['--type=renderer'])).toEqual([]);
  });
});
