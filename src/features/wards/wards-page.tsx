import { PlaceholderPage } from '../placeholder/placeholder-page';

export function WardsPage() {
  return <PlaceholderPage titleKey="nav.wards" />;
}
