// Says, while the clustering order or the coordination blocs are being worked out, that the rows will
// move: until then they stay in load order. A live region, present all along, so screen readers hear it.
import { useMessages } from '../i18n/lang-context.tsx';

export function OrderStatus({ pending }: { pending: boolean }) {
  const m = useMessages();
  return (
    <span className="order-status" role="status" data-pending={pending || undefined}>
      {pending ? m.matrix.grouping : ''}
    </span>
  );
}
