import { PlaceholderPage } from '../placeholder/placeholder-page';

export function ComparePage() {
  return <PlaceholderPage titleKey="nav.compare" />;
}
