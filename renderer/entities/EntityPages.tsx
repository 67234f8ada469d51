// The registry's pages, shown in place of the editor while open (the editor stays mounted under
// them, hidden, so its undo history survives a look at an entity).
import { useTagging } from '../tagging/TaggingContext';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EntityPage } from './EntityPage';
import { RegistryView } from './RegistryView';
import '../styles/tagging.css';

export function EntityPages() {
  const { page } = useTagging();
  if (!page) return null;
  return (
    <div className="entity-view">
      <ErrorBoundary resetKey={page}>{page.kind === 'entity' ? <EntityPage key={page.id} id={page.id} /> : <RegistryView />}</ErrorBoundary>
    </div>
  );
}
