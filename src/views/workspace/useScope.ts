// The notices in view, kept in the address (`scope=`): read with the workspace's default when the address
// names none, changed by the notices panel, the import and the workspace file.
import { useCallback, useEffect, useMemo } from 'react';
import {
  defaultScope,
  readScopeParam,
  SCOPE_PARAM,
  writeScopeParam,
} from '../../view-model/scope-address.ts';
import type { NoticeSummary } from '../../workspace/records.ts';
import type { NoticeScope } from '../../workspace/scope.ts';
import type { Address } from '../useAddress.ts';

export function useScope(
  address: Address,
  notices: readonly NoticeSummary[] | undefined,
): { scope: NoticeScope; setScope: (scope: NoticeScope) => void } {
  const param = address.url.params[SCOPE_PARAM];
  const firstId = notices?.[0]?.id;
  const scope = useMemo(
    () => readScopeParam(param) ?? defaultScope(firstId === undefined ? [] : [firstId]),
    [param, firstId],
  );
  const { setUrl } = address;
  useEffect(() => {
    // A default scope goes into the address, so a reload names its notices and reads only those.
    if (param !== undefined || firstId === undefined) return;
    setUrl((u) =>
      u.params[SCOPE_PARAM] === undefined ? { ...u, params: { ...u.params, [SCOPE_PARAM]: firstId } } : u,
    );
  }, [param, firstId, setUrl]);
  const setScope = useCallback(
    (next: NoticeScope) =>
      setUrl((u) => ({ ...u, params: { ...u.params, [SCOPE_PARAM]: writeScopeParam(next) } })),
    [setUrl],
  );
  return { scope, setScope };
}
