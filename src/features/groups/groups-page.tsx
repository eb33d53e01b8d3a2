import { PlaceholderPage } from '../placeholder/placeholder-page';

export function GroupsPage() {
  return <PlaceholderPage titleKey="nav.groups" />;
}
