import { PlaceholderPage } from '../placeholder/placeholder-page';

export function AreaPage() {
  return <PlaceholderPage titleKey="nav.area" />;
}
