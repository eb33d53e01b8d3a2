import { PlaceholderPage } from '../placeholder/placeholder-page';

export function PatrolsPage() {
  return <PlaceholderPage titleKey="nav.patrols" />;
}
