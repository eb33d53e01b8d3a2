import { PlaceholderPage } from '../placeholder/placeholder-page';

export function IncidentsPage() {
  return <PlaceholderPage titleKey="nav.incidents" />;
}
